// The year cursor: which simulated year the map shows and the charts mark. Playing moves it one year
// per tick; it never runs ahead of the years the worker has computed (it waits for them), and it stops
// at the run's last year. Time comes in through `timers`, so tests drive it with fake timers.

export interface PlaybackState {
  /** The cursor year (0 = the world as loaded). */
  year: number;
  /** The run's last year (scenario.years). */
  lastYear: number;
  /** The last year computed so far; −1 before the first arrives. */
  available: number;
  playing: boolean;
  /** Years per second. */
  speed: number;
}

export interface PlaybackTimers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** Speeds offered in the interface, years per second. */
export const PLAYBACK_SPEEDS: readonly number[] = [1, 2, 5, 10];

const browserTimers: PlaybackTimers = {
  setInterval: (callback, ms) => globalThis.setInterval(callback, ms),
  clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof setInterval>),
};

export class Playback {
  private current: PlaybackState;
  private handle: unknown = null;
  private readonly listeners = new Set<(state: PlaybackState) => void>();
  private readonly timers: PlaybackTimers;

  constructor(options: { lastYear?: number; speed?: number; timers?: PlaybackTimers } = {}) {
    this.timers = options.timers ?? browserTimers;
    this.current = {
      year: 0,
      lastYear: options.lastYear ?? 0,
      available: -1,
      playing: false,
      speed: options.speed ?? 2,
    };
  }

  get state(): PlaybackState {
    return this.current;
  }

  /** The year to draw: the cursor, or the last computed year while the run catches up with it. */
  get shownYear(): number {
    return Math.max(0, Math.min(this.current.year, this.current.available));
  }

  subscribe(listener: (state: PlaybackState) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** A new run began: its years arrive from 0 again; the cursor keeps its year within the new range. */
  newRun(lastYear: number): void {
    this.update({ lastYear, available: -1, year: Math.min(this.current.year, lastYear) });
  }

  /** Year `year` of the current run has been computed. */
  yearArrived(year: number): void {
    if (year > this.current.available) this.update({ available: year });
  }

  play(): void {
    if (this.current.playing) return;
    // Play at the end starts over, as a media player does.
    const year = this.current.year >= this.current.lastYear ? 0 : this.current.year;
    this.update({ year, playing: true });
    this.startTimer();
  }

  pause(): void {
    if (!this.current.playing) return;
    this.stopTimer();
    this.update({ playing: false });
  }

  toggle(): void {
    if (this.current.playing) this.pause();
    else this.play();
  }

  /** Moves the cursor by delta years (pausing), within the run's years. */
  step(delta = 1): void {
    this.pause();
    this.seek(this.current.year + delta);
  }

  /** Back to year 0, paused. */
  reset(): void {
    this.pause();
    this.seek(0);
  }

  /** Puts the cursor on a year (clamped to 0 … lastYear); playing continues from there. */
  seek(year: number): void {
    const clamped = Math.max(0, Math.min(this.current.lastYear, Math.round(year)));
    if (clamped !== this.current.year) this.update({ year: clamped });
  }

  setSpeed(yearsPerSecond: number): void {
    if (!(yearsPerSecond > 0) || yearsPerSecond === this.current.speed) return;
    this.update({ speed: yearsPerSecond });
    if (this.current.playing) {
      this.stopTimer();
      this.startTimer();
    }
  }

  /** Stops the timer for good (the page is going away, or a test ends). */
  dispose(): void {
    this.stopTimer();
    this.listeners.clear();
  }

  private tick(): void {
    const { year, lastYear, available } = this.current;
    // Waits while the worker has not computed the next year yet.
    if (year < lastYear && year < available) this.update({ year: year + 1 });
    if (this.current.year >= lastYear) this.pause();
  }

  private startTimer(): void {
    this.handle = this.timers.setInterval(() => this.tick(), 1000 / this.current.speed);
  }

  private stopTimer(): void {
    if (this.handle !== null) this.timers.clearInterval(this.handle);
    this.handle = null;
  }

  private update(patch: Partial<PlaybackState>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of [...this.listeners]) listener(this.current);
  }
}
