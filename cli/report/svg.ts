/**
 * Small helpers to write SVG as text in Node: escaping, number formats and axes drawn from d3 scales
 * (d3-axis needs a DOM; these draw the same ticks with none).
 */
import { format } from "d3";

/** Escapes text for HTML and SVG content and attribute values. */
export function esc(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const fourDigits = format(".4~g");
const scientific = format(".3~e");

/** A value for tables and tooltips: four significant digits; an undefined value as an en dash. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return "–";
  const text =
    value !== 0 && (Math.abs(value) >= 1e7 || Math.abs(value) < 1e-4) ? scientific(value) : fourDigits(value);
  return text.replace(/\u2212/g, "-");
}

/** Coordinates rounded to 0.1 px keep the files small. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export interface LinearLike {
  (value: number): number;
  ticks(count?: number): number[];
  tickFormat(count?: number, specifier?: string): (value: number) => string;
  domain(): number[];
  range(): number[];
}

/** The tick label format of a linear scale: SI prefixes for large values, else d3's default. */
function tickFormatOf(scale: LinearLike, count: number): (value: number) => string {
  const [a, b] = scale.domain();
  const largest = Math.max(Math.abs(a!), Math.abs(b!));
  return largest >= 1e5 ? format("~s") : scale.tickFormat(count);
}

/** A horizontal axis at `y`: baseline, ticks, labels, optional grid lines up to `gridTop`. */
export function axisBottom(
  scale: LinearLike,
  y: number,
  options: { ticks?: number; gridTop?: number; label?: string; labelY?: number; integers?: boolean } = {},
): string {
  const count = options.ticks ?? 6;
  const fmt = options.integers ? (value: number) => String(Math.round(value)) : tickFormatOf(scale, count);
  const [x0, x1] = scale.range();
  const parts = [`<g class="axis">`, `<line x1="${px(x0!)}" x2="${px(x1!)}" y1="${px(y)}" y2="${px(y)}"/>`];
  const ticks = scale.ticks(count).filter((tick) => !options.integers || Number.isInteger(tick));
  for (const tick of ticks) {
    const x = px(scale(tick));
    if (options.gridTop !== undefined) {
      parts.push(`<line class="grid" x1="${x}" x2="${x}" y1="${px(options.gridTop)}" y2="${px(y)}"/>`);
    }
    parts.push(`<line x1="${x}" x2="${x}" y1="${px(y)}" y2="${px(y + 4)}"/>`);
    parts.push(`<text x="${x}" y="${px(y + 15)}" text-anchor="middle">${esc(fmt(tick))}</text>`);
  }
  if (options.label) {
    parts.push(
      `<text class="axis-label" x="${px((x0! + x1!) / 2)}" y="${px(options.labelY ?? y + 30)}" text-anchor="middle">${esc(options.label)}</text>`,
    );
  }
  parts.push("</g>");
  return parts.join("");
}

/** A vertical axis at `x`: baseline, ticks, labels, optional grid lines to `gridRight`. */
export function axisLeft(
  scale: LinearLike,
  x: number,
  options: { ticks?: number; gridRight?: number } = {},
): string {
  const count = options.ticks ?? 5;
  const fmt = tickFormatOf(scale, count);
  const [y0, y1] = scale.range();
  const parts = [`<g class="axis">`, `<line x1="${px(x)}" x2="${px(x)}" y1="${px(y0!)}" y2="${px(y1!)}"/>`];
  for (const tick of scale.ticks(count)) {
    const y = px(scale(tick));
    if (options.gridRight !== undefined) {
      parts.push(`<line class="grid" x1="${px(x)}" x2="${px(options.gridRight)}" y1="${y}" y2="${y}"/>`);
    }
    parts.push(`<line x1="${px(x - 4)}" x2="${px(x)}" y1="${y}" y2="${y}"/>`);
    parts.push(`<text x="${px(x - 7)}" y="${y}" dy="0.32em" text-anchor="end">${esc(fmt(tick))}</text>`);
  }
  parts.push("</g>");
  return parts.join("");
}

/** Opens an accessible SVG: role img, labelled by its <title> and <desc>. */
export function svgOpen(
  id: string,
  width: number,
  height: number,
  title: string,
  description: string,
): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}">` +
    `<title id="${id}-title">${esc(title)}</title><desc id="${id}-desc">${esc(description)}</desc>`
  );
}
