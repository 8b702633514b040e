// Progress on stderr: a live bar on a terminal, a line every tenth otherwise (logs, CI).
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, detail?: string): void;
  stop(): void;
}

export function startProgress(label: string, total: number, unit: string): Progress {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar({
      format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {rate}/s | ETA {eta_formatted} {detail}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    }, cliProgress.Presets.shades_classic);
    const started = Date.now();
    bar.start(total, 0, { rate: '0', detail: '' });
    return {
      update(done, detail = '') {
        const seconds = Math.max(0.001, (Date.now() - started) / 1000);
        bar.update(done, { rate: (done / seconds).toFixed(0), detail });
      },
      stop() { bar.stop(); },
    };
  }
  let nextReport = total / 10;
  return {
    update(done) {
      if (done >= nextReport && done < total) {
        process.stderr.write(`${label}: ${Math.round((done / total) * 100)}% (${done}/${total} ${unit})\n`);
        while (nextReport <= done) nextReport += total / 10;
      }
    },
    stop() {},
  };
}
