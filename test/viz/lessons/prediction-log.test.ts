import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import {
  PredictionLog,
  PREDICTIONS_STORAGE_KEY,
  type PredictionRecord,
  type RecordStorage,
} from "../../../viz/src/lessons/prediction-log.js";

function memoryStorage(): RecordStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

const record = (over: Partial<PredictionRecord> = {}): PredictionRecord => ({
  lesson: "ego-daerah",
  student: "Ayu",
  prediction: "kota-blocks",
  answer: "kabupaten-blocks",
  matched: false,
  timestamp: "2026-11-28T08:00:00.000Z",
  ...over,
});

describe("the class's predictions", () => {
  it("exports one CSV line per committed prediction, per lesson", () => {
    const log = new PredictionLog(memoryStorage());
    log.add(record());
    log.add(record({ student: "", prediction: "kabupaten-blocks", matched: true }));
    log.add(record({ lesson: "other" }));
    const rows = csvParse(log.csv("ego-daerah"));
    expect(rows.columns).toEqual(["lesson", "student", "prediction", "answer", "matched", "timestamp"]);
    expect(rows.map((row) => ({ ...row }))).toEqual([
      {
        lesson: "ego-daerah",
        student: "Ayu",
        prediction: "kota-blocks",
        answer: "kabupaten-blocks",
        matched: "false",
        timestamp: "2026-11-28T08:00:00.000Z",
      },
      {
        lesson: "ego-daerah",
        student: "",
        prediction: "kabupaten-blocks",
        answer: "kabupaten-blocks",
        matched: "true",
        timestamp: "2026-11-28T08:00:00.000Z",
      },
    ]);
    expect(csvParse(log.csv())).toHaveLength(3);
  });

  it("keeps a typed name as text in a spreadsheet, quoting commas", () => {
    const log = new PredictionLog(memoryStorage());
    log.add(record({ student: "=HYPERLINK(1)" }));
    log.add(record({ student: "Budi, kelas B" }));
    const rows = csvParse(log.csv());
    expect(rows[0]?.student).toBe("'=HYPERLINK(1)");
    expect(rows[1]?.student).toBe("Budi, kelas B");
  });

  it("keeps records across page loads and clears one lesson's", () => {
    const storage = memoryStorage();
    new PredictionLog(storage).add(record());
    new PredictionLog(storage).add(record({ lesson: "other" }));
    const log = new PredictionLog(storage);
    expect(log.list()).toHaveLength(2);
    log.clear("ego-daerah");
    expect(new PredictionLog(storage).list().map((r) => r.lesson)).toEqual(["other"]);
  });

  it("works for the page alone where storage is refused or holds something else", () => {
    const refusing: RecordStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("SecurityError");
      },
    };
    const log = new PredictionLog(refusing);
    log.add(record());
    expect(log.list()).toHaveLength(1);

    const storage = memoryStorage();
    storage.items.set(PREDICTIONS_STORAGE_KEY, '[{"lesson":1},"x"]');
    expect(new PredictionLog(storage).list()).toEqual([]);
  });
});
