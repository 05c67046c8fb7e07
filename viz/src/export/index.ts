// The dashboard's downloads: charts as SVG and PNG, tables as CSV, anything as a file.
export { csvText, type CsvCell } from "./csv.js";
export { downloadBlob, downloadText, REVOKE_AFTER_MS } from "./download.js";
export { safeFileName } from "./file-name.js";
export { svgToPngBlob, type PngOptions } from "./png.js";
export { svgSize, svgToString } from "./svg-string.js";
