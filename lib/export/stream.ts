/**
 * A byte stream over an async source of text chunks, pulled as the client reads: the
 * next database batch is fetched only when the previous one has been taken, so a slow
 * download holds one batch in memory, and a cancelled one stops reading the database.
 */
export function textStream(chunks: AsyncIterable<string>, label = "export"): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else if (value) controller.enqueue(encoder.encode(value));
      } catch (err) {
        console.error(`[nexus] ${label} failed while streaming`, err);
        controller.error(err);
      }
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
