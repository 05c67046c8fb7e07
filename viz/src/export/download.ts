/**
 * How long an object URL outlives the click that downloads it. Revoking at once can cancel the download
 * in some browsers (the download starts asynchronously); a minute is ample and frees the memory after.
 */
export const REVOKE_AFTER_MS = 60_000;

/** Saves a blob under a file name, through an object URL and a temporary <a download>. */
export function downloadBlob(filename: string, blob: Blob, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = filename;
  link.rel = "noopener";
  link.style.display = "none";
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** Saves text (CSV, JSON, SVG) as UTF-8 under a file name. */
export function downloadText(filename: string, text: string, mime: string, doc: Document = document): void {
  downloadBlob(filename, new Blob([text], { type: `${mime};charset=utf-8` }), doc);
}
