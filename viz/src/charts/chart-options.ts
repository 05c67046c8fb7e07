/** Turns a number into the text a reader sees: the shell passes Indonesian or English formatters. */
export type NumberFormat = (value: number) => string;

/** What every chart factory accepts besides its data. All text comes from the caller (already translated). */
export interface ChartOptions {
  /** Heading of the chart; also its accessible name (<title>). */
  title: string;
  /** A sentence or two on what the chart shows; its accessible description (<desc>). */
  description?: string;
  /** Size of the drawing in user units (the viewBox); the SVG itself scales to its container's width. */
  width?: number;
  height?: number;
  /** Draw the title as text at the top of the SVG (default true), so an exported chart is complete. */
  showTitle?: boolean;
  /** Language of the chart's text (xml:lang and lang), for screen readers and exported files. */
  lang?: string;
  /** Prefix of the ids inside the SVG (title, desc, patterns); unique per page by default. */
  id?: string;
  /** The document to create elements with (jsdom in tests); defaults to the global one. */
  document?: Document;
  /**
   * Redraw into this SVG, replacing its content, instead of creating a new one: the element (and the
   * shell's reference to it) stays, and nothing of the previous drawing is left behind.
   */
  svg?: SVGSVGElement;
}

/** Font stack set on each chart's root, so exported SVG and PNG use the screen's fonts, not page CSS. */
export const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
export const DEFAULT_WIDTH = 640;
export const DEFAULT_HEIGHT = 320;
