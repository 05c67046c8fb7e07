import { describe, expect, it } from "vitest";
import type { YearRow } from "../../../sim/index.js";
import type { StartMessage, YearMessage } from "../../../viz/src/run/protocol.js";
import type { RegionFrame } from "../../../viz/src/run/run-data.js";
import { addYear, completeRunData, startRunData } from "../../../viz/src/run/run-data-builder.js";
import { createRunStepper } from "../../../viz/src/run/run-stepper.js";
import { indonesia2022 } from "../../support/worlds.js";

function messages(years: number, replicates: number) {
  const stepper = createRunStepper(indonesia2022(), { years }, replicates);
  const start: StartMessage = { type: "start", runId: 1, ...stepper.start };
  const yearMessages: YearMessage[] = [];
  for (let year = stepper.next(); year; year = stepper.next()) {
    yearMessages.push({ type: "year", runId: 1, ...year, millis: 0 });
  }
  return { start, yearMessages, totalPolicyCost: stepper.totalPolicyCost() };
}

describe("run data builder", () => {
  it("fills years per replicate and frames as the years arrive, then completes", () => {
    const { start, yearMessages, totalPolicyCost } = messages(3, 2);
    const data = startRunData(start);
    expect(data).toMatchObject({ seeds: [1, 2], years: [[], []], frames: [], complete: false });
    addYear(data, yearMessages[0]!);
    expect(data.years.map((rows) => rows.length)).toEqual([1, 1]);
    expect(data.frames).toHaveLength(1);
    for (const message of yearMessages.slice(1)) addYear(data, message);
    completeRunData(data, { type: "done", runId: 1, totalPolicyCost, millis: 0 });
    expect(data.complete).toBe(true);
    expect(data.years[1]).toEqual(yearMessages.map((m) => m.rows[1]));
    expect(data.totalPolicyCost).toEqual(totalPolicyCost);
  });

  it("refuses years out of order, a wrong number of replicates and an early done", () => {
    const { start, yearMessages } = messages(2, 2);
    const data = startRunData(start);
    expect(() => addYear(data, yearMessages[1]!)).toThrow(/expected year 0, got year 1/);
    const oneRow: YearMessage = { ...yearMessages[0]!, rows: [yearMessages[0]!.rows[0]!] };
    expect(() => addYear(data, oneRow)).toThrow(/1 rows for 2 replicates/);
    const mismatched: YearMessage = {
      ...yearMessages[0]!,
      rows: [{ ...yearMessages[0]!.rows[0]!, year: 1 } as YearRow, yearMessages[0]!.rows[1]!],
      frame: yearMessages[0]!.frame as RegionFrame,
    };
    expect(() => addYear(data, mismatched)).toThrow(/expected year 0/);
    addYear(data, yearMessages[0]!);
    expect(() =>
      completeRunData(data, { type: "done", runId: 1, totalPolicyCost: [0, 0], millis: 0 }),
    ).toThrow(/done after 1 of 3 years/);
  });
});
