/**
 * JSON as the repository's formatter (Prettier) writes it: two-space indents, objects one key a line,
 * arrays of plain values on one line. The written scenarios and fit.json are committed, so they must
 * pass `prettier --check` as written.
 */
export function jsonText(value: unknown): string {
  return write(value, "") + "\n";
}

function write(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every((v) => v === null || typeof v !== "object"))
      return `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
    const inner = indent + "  ";
    return `[\n${value.map((v) => inner + write(v, inner)).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    const inner = indent + "  ";
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`).join(",\n")}\n${indent}}`;
  }
  // JSON has no NaN or Infinity: an undefined statistic is null, as JSON.stringify writes it.
  return JSON.stringify(value ?? null);
}
