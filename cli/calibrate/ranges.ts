import { InputError } from "../../sim/input-error.js";

/** A span of calendar years, both ends included. */
export interface YearSpan {
  from: number;
  to: number;
}

/** "2010-2019" (or a single year "2020") → a span; a one-line InputError naming the option otherwise. */
export function parseYearSpan(text: string, option: string): YearSpan {
  const match = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$/.exec(text);
  if (!match) throw new InputError(option, text, "expected years like 2010-2019");
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  if (to < from) throw new InputError(option, text, `the span ends (${to}) before it starts (${from})`);
  return { from, to };
}

/** "1-10", "3" or "1,2,5" → the seeds, in order, without repeats. */
export function parseSeeds(text: string, option = "--seeds"): number[] {
  const seeds: number[] = [];
  for (const part of text.split(",")) {
    const match = /^\s*(-?\d+)\s*(?:-\s*(-?\d+))?\s*$/.exec(part);
    if (!match) throw new InputError(option, text, "expected seeds like 1-10 or 1,2,5");
    const from = Number(match[1]);
    const to = Number(match[2] ?? match[1]);
    if (to < from) throw new InputError(option, text, `the range ${part.trim()} ends before it starts`);
    if (to - from >= 1000) throw new InputError(option, text, "at most 1000 seeds");
    for (let s = from; s <= to; s++) if (!seeds.includes(s)) seeds.push(s);
  }
  return seeds;
}
