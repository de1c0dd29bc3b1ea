/**
 * Reads a Blob chunk by chunk, handing each chunk on with the bytes read so far, so that no file
 * is ever held whole. When reading or `onChunk` throws, the rest of the Blob is not read (its
 * stream is cancelled) and the error goes on to the caller.
 */
export async function readChunks(
  blob: Blob,
  onChunk: (chunk: Uint8Array, bytesRead: number) => void,
): Promise<void> {
  const reader = blob.stream().getReader();
  let bytesRead = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytesRead += value.length;
      onChunk(value, bytesRead);
    }
  } catch (error) {
    await reader.cancel().catch(() => {}); // stop reading the rest of a file we have given up on
    throw error;
  } finally {
    reader.releaseLock();
  }
}
