import type { FileKind, FileSummary } from './types';

/**
 * Counts what happened to a file's rows: used, left out (and why), and other things the user
 * should hear about. Each reason is counted once per file and told as one sentence ("3 hidden
 * profiles had no name or URL"), not once per row.
 */
export class FileTally {
  rows = 0;
  skipped = 0;
  private readonly reasons = new Map<string, { count: number; say: (n: number) => string }>();
  private readonly notes: string[] = [];

  used(): void {
    this.rows++;
  }

  /** A row left out; `say` words the reason for `n` such rows. */
  skip(reason: string, say: (n: number) => string): void {
    this.skipped++;
    this.count(reason, say);
  }

  /** Something about a used row worth telling (an unreadable date, a URL we could not read). */
  count(reason: string, say: (n: number) => string): void {
    const entry = this.reasons.get(reason);
    if (entry) entry.count++;
    else this.reasons.set(reason, { count: 1, say });
  }

  /** A sentence about the whole file. */
  note(sentence: string): void {
    this.notes.push(sentence);
  }

  summary(file: string, kind: FileKind): FileSummary {
    const warnings = [...this.notes, ...[...this.reasons.values()].map((r) => r.say(r.count))];
    return { file, kind, rows: this.rows, skipped: this.skipped, warnings };
  }
}

/** "1 row" / "3 rows". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
