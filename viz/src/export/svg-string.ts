const SVG_NS = "http://www.w3.org/2000/svg";

/** The drawing's size in user units, from its viewBox (the charts set one); falls back to 640×320. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = (svg.getAttribute("viewBox") ?? "")
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const width = box[2];
  const height = box[3];
  if (width !== undefined && height !== undefined && width > 0 && height > 0) return { width, height };
  return { width: 640, height: 320 };
}

/**
 * A chart as a standalone SVG file: XML declaration, namespace, and a fixed width and height (on the
 * page it is 100% wide; a file opened on its own needs a size). The element on the page is not touched.
 */
export function svgToString(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svgSize(svg);
  // As a namespace declaration, not a plain attribute, or serializers write xmlns twice.
  copy.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", SVG_NS);
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  copy.removeAttribute("style");
  const doc = svg.ownerDocument;
  const serializer = new (doc.defaultView?.XMLSerializer ?? XMLSerializer)();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializer.serializeToString(copy)}\n`;
}
