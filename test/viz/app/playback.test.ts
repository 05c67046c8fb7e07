import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Playback } from "../../../viz/src/app/playback.js";

describe("Playback", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function arrived(playback: Playback, upTo: number): void {
    for (let year = 0; year <= upTo; year++) playback.yearArrived(year);
  }

  it("plays one year per tick at the chosen speed and stops at the last year", () => {
    const playback = new Playback({ lastYear: 3, speed: 2 });
    arrived(playback, 3);
    playback.play();
    expect(playback.state.playing).toBe(true);
    vi.advanceTimersByTime(499);
    expect(playback.state.year).toBe(0);
    vi.advanceTimersByTime(1);
    expect(playback.state.year).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(playback.state.year).toBe(3);
    expect(playback.state.playing).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(playback.state.year).toBe(3);
  });

  it("waits for years the worker has not computed yet", () => {
    const playback = new Playback({ lastYear: 10, speed: 10 });
    arrived(playback, 2);
    playback.play();
    vi.advanceTimersByTime(1000);
    expect(playback.state.year).toBe(2);
    expect(playback.state.playing).toBe(true);
    playback.yearArrived(3);
    vi.advanceTimersByTime(100);
    expect(playback.state.year).toBe(3);
  });

  it("pauses, steps within the run and resets to year 0", () => {
    const playback = new Playback({ lastYear: 5, speed: 1 });
    arrived(playback, 5);
    playback.play();
    vi.advanceTimersByTime(2000);
    playback.pause();
    vi.advanceTimersByTime(5000);
    expect(playback.state.year).toBe(2);
    playback.step();
    expect(playback.state.year).toBe(3);
    playback.step(-1);
    playback.step(-1);
    expect(playback.state.year).toBe(1);
    playback.step(-5);
    expect(playback.state.year).toBe(0);
    playback.seek(99);
    expect(playback.state.year).toBe(5);
    playback.reset();
    expect(playback.state).toMatchObject({ year: 0, playing: false });
  });

  it("steps while playing pause first", () => {
    const playback = new Playback({ lastYear: 5 });
    arrived(playback, 5);
    playback.play();
    playback.step();
    expect(playback.state).toMatchObject({ year: 1, playing: false });
    vi.advanceTimersByTime(5000);
    expect(playback.state.year).toBe(1);
  });

  it("play at the end starts over from year 0", () => {
    const playback = new Playback({ lastYear: 2, speed: 1 });
    arrived(playback, 2);
    playback.seek(2);
    playback.play();
    expect(playback.state.year).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(playback.state.year).toBe(1);
  });

  it("changing the speed while playing changes the pace", () => {
    const playback = new Playback({ lastYear: 50, speed: 1 });
    arrived(playback, 50);
    playback.play();
    playback.setSpeed(10);
    vi.advanceTimersByTime(1000);
    expect(playback.state.year).toBe(10);
  });

  it("shows the last computed year while the run catches up, and keeps the cursor in a new run", () => {
    const playback = new Playback({ lastYear: 30 });
    arrived(playback, 30);
    playback.seek(20);
    playback.newRun(10);
    expect(playback.state.year).toBe(10);
    expect(playback.shownYear).toBe(0);
    arrived(playback, 4);
    expect(playback.shownYear).toBe(4);
    arrived(playback, 10);
    expect(playback.shownYear).toBe(10);
  });

  it("tells subscribers of every change", () => {
    const playback = new Playback({ lastYear: 3 });
    arrived(playback, 3);
    const years: number[] = [];
    const stop = playback.subscribe((state) => years.push(state.year));
    playback.step();
    playback.step();
    stop();
    playback.step();
    expect(years).toEqual([1, 2]);
  });
});
