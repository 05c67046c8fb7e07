/**
 * Approximate width of a line of text in user units. Layout (margins, legend wrapping) happens before
 * the SVG is in a page, and jsdom cannot measure text at all, so widths are estimated from the number of
 * characters: 0.6 em per character covers digits and most Latin text in common sans-serif fonts.
 */
export function textWidth(text: string, fontSize: number): number {
  return Array.from(text).length * fontSize * 0.6;
}

/** The text, cut with an ellipsis so that it fits in `width` at `fontSize`. */
export function fitText(text: string, width: number, fontSize: number): string {
  const characters = Array.from(text);
  const fits = Math.max(1, Math.floor(width / (fontSize * 0.6)));
  return characters.length <= fits ? text : `${characters.slice(0, Math.max(1, fits - 1)).join("")}…`;
}
