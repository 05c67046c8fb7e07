// Says what is wrong with a results file in the reader's language, naming the file, and where it
// helps the line and the column. Everything from the file goes in as plain text.
import { formatNumber } from "../i18n/format.js";
import { getLang, type Lang } from "../i18n/i18n.js";
import { sweepText } from "../i18n/messages/sweep.js";
import type { SweepProblem } from "./sweep-problem.js";

function quotedList(names: readonly string[], lang: Lang): string {
  const quoted = names.map((name) => `“${name}”`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${sweepText.inLang(lang, "list_and")} ${quoted[quoted.length - 1]}`;
}

export function sweepProblemText(fileName: string, problem: SweepProblem, lang: Lang = getLang()): string {
  const t = (key: Parameters<typeof sweepText>[0], params: Record<string, string | number> = {}) =>
    sweepText.inLang(lang, key, { file: fileName, ...params });
  const count = (n: number) => formatNumber(n, { digits: 0 }, lang);
  switch (problem.kind) {
    case "empty":
      return t("problem.empty");
    case "parquet":
      return t("problem.parquet", { detail: problem.detail });
    case "missing-columns":
      return problem.columns.length === 1
        ? t("problem.missing_one", { columns: problem.columns[0]! })
        : t("problem.missing_many", { columns: quotedList(problem.columns, lang) });
    case "duplicate-column":
      return t("problem.duplicate_column", { column: problem.column });
    case "column-order":
      return t("problem.column_order");
    case "no-outcome":
      return t("problem.no_outcome");
    case "no-rows":
      return t("problem.no_rows");
    case "cell-count":
      return t("problem.cell_count", {
        line: count(problem.line),
        found: count(problem.found),
        expected: count(problem.expected),
      });
    case "not-a-number":
      return t("problem.not_a_number", {
        line: count(problem.line),
        column: problem.column,
        value: problem.value,
      });
    case "not-an-integer":
      return t("problem.not_an_integer", {
        line: count(problem.line),
        column: problem.column,
        value: problem.value,
      });
    case "bad-json":
      return t("problem.bad_json", { line: count(problem.line) });
    case "json-keys":
      return t("problem.json_keys", { line: count(problem.line) });
    case "unreadable":
      return t("problem.unreadable", { detail: problem.detail });
  }
}
