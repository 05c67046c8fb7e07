import { svgSize, svgToString } from "./svg-string.js";

export interface PngOptions {
  /** Pixels per SVG unit (default 2: sharp on slides and high-density screens). */
  scale?: number;
  /** Fill behind the chart (default white); null keeps the canvas transparent. */
  background?: string | null;
}

/**
 * Renders a chart to a PNG: the serialized SVG is loaded as an image from a data: URL and drawn on a
 * canvas. A data: URL rather than a blob: URL, because a page opened from file:// has an opaque origin
 * and browsers may then treat a blob-URL image as cross-origin and refuse to export the canvas.
 */
export async function svgToPngBlob(svg: SVGSVGElement, options: PngOptions = {}): Promise<Blob> {
  const scale = options.scale ?? 2;
  const { width, height } = svgSize(svg);
  const doc = svg.ownerDocument;
  const image = await loadImage(
    doc,
    `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgToString(svg))}`,
  );

  const canvas = doc.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("PNG export: this browser gives no 2D canvas");
  const background = options.background === undefined ? "#ffffff" : options.background;
  if (background !== null) {
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("PNG export: the canvas gave no image"))),
      "image/png",
    );
  });
}

function loadImage(doc: Document, src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = doc.createElement("img");
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("PNG export: the chart could not be loaded as an image"));
    image.src = src;
  });
}
