/**
 * The export could not be read. The message is written for the user (what is wrong and what to do);
 * `file` names the file concerned. Thrown before anything is returned, so the caller keeps whatever
 * it had before: a half-read export is never merged.
 */
export class ExportFormatError extends Error {
  readonly file: string;

  constructor(file: string, message: string) {
    super(message);
    this.name = 'ExportFormatError';
    this.file = file;
  }
}
