/** A progress bar with ETA on stderr, only when stderr is a terminal (cluster logs stay clean). */

export interface Progress {
  increment(): void;
  stop(): void;
}

const SILENT: Progress = { increment: () => undefined, stop: () => undefined };

export async function progressBar(total: number, done: number, enabled: boolean): Promise<Progress> {
  if (!enabled || process.stderr.isTTY !== true || total <= 0) return SILENT;
  const { default: cliProgress } = await import("cli-progress");
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: "  {bar} {percentage}% | {value}/{total} runs | ETA {eta_formatted}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 100,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, done);
  return {
    increment: () => bar.increment(),
    stop: () => bar.stop(),
  };
}
