/** Saving a file the page made (a backup, a CSV) through the browser's own download. */
/** Hands a JSON document to the browser as a download. */
export function downloadJson(value: unknown, fileName: string): void {
  downloadBlob(new Blob([JSON.stringify(value, null, 1)], { type: 'application/json' }), fileName);
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; give it a moment before freeing the memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
