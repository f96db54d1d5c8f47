/**
 * A progress bar on stderr, without a dependency: on a terminal it redraws one line
 * ("[#####·····] 48% 52,800/110,025 · 31 s"); in a log (CI, a pipe) it prints a line
 * every 10%, so the output stays readable and short. stdout stays free for results.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  const tty = Boolean(stream.isTTY);
  let lastDecile = -1;
  let lastDraw = 0;
  const fmt = (n: number) => n.toLocaleString("en-US");

  function update(done: number, total: number) {
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const seconds = Math.round((Date.now() - started) / 1000);
    const text = `${label} ${Math.floor(ratio * 100)}% ${fmt(done)}/${fmt(total)} · ${seconds} s`;
    if (tty) {
      const now = Date.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      const width = 30;
      const filled = Math.round(ratio * width);
      stream.write(`\r[${"#".repeat(filled)}${"·".repeat(width - filled)}] ${text}\x1b[K`);
      return;
    }
    const decile = Math.floor(ratio * 10);
    if (decile !== lastDecile) {
      lastDecile = decile;
      stream.write(`${text}\n`);
    }
  }

  return {
    update,
    done(message: string) {
      if (tty) stream.write("\n");
      stream.write(`${message} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    },
  };
}
