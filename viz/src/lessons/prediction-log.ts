// The class's predictions: each prediction a student commits on this device, with what the model gave,
// kept in the browser (localStorage) so that a teacher going round the room — or collecting a shared
// machine's — can download them as one CSV. Nothing leaves the device. Where storage is refused (some
// browsers from file://, private modes), the log lasts for the page only.
import { csvText } from "../export/csv.js";

export const PREDICTIONS_STORAGE_KEY = "sinergi.lessons.predictions";
/** The most records kept, so that a long-used classroom machine does not fill its storage. */
export const MAX_RECORDS = 5000;

export interface PredictionRecord {
  lesson: string;
  /** Empty when the student gave no name. */
  student: string;
  prediction: string;
  /** The option the model bears out. */
  answer: string;
  matched: boolean;
  /** When the prediction was committed (ISO 8601). */
  timestamp: string;
}

export const PREDICTION_COLUMNS = [
  "lesson",
  "student",
  "prediction",
  "answer",
  "matched",
  "timestamp",
] as const;

/** Where records are kept; a plain object in tests. */
export type RecordStorage = Pick<Storage, "getItem" | "setItem">;

function defaultStorage(): RecordStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is PredictionRecord {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.lesson === "string" &&
    typeof r.student === "string" &&
    typeof r.prediction === "string" &&
    typeof r.answer === "string" &&
    typeof r.matched === "boolean" &&
    typeof r.timestamp === "string"
  );
}

export class PredictionLog {
  /** The page's own copy: the truth where storage is refused. */
  private records: PredictionRecord[] = [];

  constructor(private readonly storage: RecordStorage | undefined = defaultStorage()) {
    this.records = this.read();
  }

  /** Records of one lesson (or all), oldest first. */
  list(lesson?: string): PredictionRecord[] {
    return this.records.filter((record) => lesson === undefined || record.lesson === lesson);
  }

  add(record: PredictionRecord): void {
    this.records = [...this.read(), record].slice(-MAX_RECORDS);
    this.write();
  }

  clear(lesson: string): void {
    this.records = this.read().filter((record) => record.lesson !== lesson);
    this.write();
  }

  /** The CSV a teacher downloads: one line per committed prediction. */
  csv(lesson?: string): string {
    return predictionsCsv(this.list(lesson));
  }

  // Another tab of the same page may have added records since: storage is read again before a change.
  private read(): PredictionRecord[] {
    try {
      const text = this.storage?.getItem(PREDICTIONS_STORAGE_KEY);
      if (!text) return this.records;
      const value: unknown = JSON.parse(text);
      return Array.isArray(value) ? value.filter(isRecord) : [];
    } catch {
      return this.records;
    }
  }

  private write(): void {
    try {
      this.storage?.setItem(PREDICTIONS_STORAGE_KEY, JSON.stringify(this.records));
    } catch {
      // Refused or full: the records stay in this page's copy.
    }
  }
}

/**
 * The CSV text. A student's name is typed text opened later in a spreadsheet: one starting with
 * =, +, - or @ is prefixed with an apostrophe so that it stays text there, not a formula.
 */
export function predictionsCsv(records: readonly PredictionRecord[]): string {
  return csvText(
    PREDICTION_COLUMNS,
    records.map((record) => ({ ...record, student: spreadsheetSafe(record.student) })),
  );
}

function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
