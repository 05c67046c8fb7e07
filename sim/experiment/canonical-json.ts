/**
 * JSON with object keys sorted at every depth, so equal values give equal text whatever order a file
 * or a program wrote their keys in: run seeds hash it, and duplicate points are found with it.
 * Written as loops rather than map/filter/join: a plan computes it once per point.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value !== "object" || value === null) {
    // undefined has no JSON text; null is what JSON.stringify writes for it inside an array.
    return JSON.stringify(value) ?? "null";
  }
  if (Array.isArray(value)) {
    let text = "[";
    for (let i = 0; i < value.length; i++) text += (i > 0 ? "," : "") + canonicalJson(value[i]);
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let text = "{";
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    text += `${text.length > 1 ? "," : ""}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${text}}`;
}
