/** Names Windows refuses as files, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_LENGTH = 80;

/**
 * A file name (without extension) made from text a user typed, such as a scenario's name: accents
 * dropped ("Sulawesi Selatan – dana insentif" → "Sulawesi-Selatan-dana-insentif"), anything but
 * letters, digits, dot, dash and underscore turned into dashes, no leading dot (a hidden file) and no
 * path separators, at most 80 characters; `fallback` when nothing usable is left.
 */
export function safeFileName(name: string, fallback = "sinergi"): string {
  const cleaned = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+/, "")
    .slice(0, MAX_LENGTH)
    .replace(/[-.]+$/, "");
  if (cleaned === "") return fallback;
  return RESERVED.test(cleaned) ? `${fallback}-${cleaned}` : cleaned;
}
