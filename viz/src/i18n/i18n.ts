// The dashboard's languages and the current choice. There is deliberately no central message index:
// each area (charts, map, panels, levers) owns a bundle made with defineMessages, so helpers add text
// without editing one shared file, and the compiler checks that both languages have every key.
//
// DOM and storage access is guarded so the module also loads in Node (unit tests, the worker).

export type Lang = "id" | "en";

/** Indonesian first: the dashboard's users (Bappeda, Bappenas, regional secretariats) read it first. */
export const LANGS: readonly Lang[] = ["id", "en"];
export const DEFAULT_LANG: Lang = "id";
/** localStorage key of the remembered choice. */
export const LANG_STORAGE_KEY = "sinergi.lang";

export type MessageParams = Readonly<Record<string, string | number>>;

export interface MessageBundle<K extends string> {
  readonly id: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

export interface Translator<K extends string> {
  /** The message in the current language, with `{name}` placeholders filled from params. */
  (key: K, params?: MessageParams): string;
  /** The same in a given language (tables exported in a chosen language, tests). */
  inLang(lang: Lang, key: K, params?: MessageParams): string;
  /** Whether a key from outside the type system (a select's value, a column name) has a message. */
  has(key: string): key is K;
  readonly keys: readonly K[];
  readonly bundle: MessageBundle<K>;
}

export function isLang(value: unknown): value is Lang {
  return value === "id" || value === "en";
}

/** Reads a language tag ("id-ID", "en-GB", "in" as old Android and Java report Indonesian). */
function langOfTag(tag: string): Lang | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === "id" || primary === "in") return "id";
  if (primary === "en") return "en";
  return null;
}

/**
 * The language to start in: `?lang=id|en` in the address wins (a shared link shows what its sender
 * meant), then the remembered choice, then the first of the browser's languages we have, then
 * Indonesian. An invalid ?lang or stored value is ignored rather than trusted.
 */
export function initialLang(
  search: string,
  stored: string | null,
  navigatorLanguages: readonly string[],
): Lang {
  const requested = new URLSearchParams(search).get("lang")?.trim().toLowerCase();
  if (isLang(requested)) return requested;
  if (isLang(stored)) return stored;
  for (const tag of navigatorLanguages) {
    const lang = langOfTag(tag);
    if (lang !== null) return lang;
  }
  return DEFAULT_LANG;
}

/** The remembered choice, or null where storage is unavailable (file://, private modes, Node). */
export function readStoredLang(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** initialLang from the page's own address, storage and browser; Indonesian outside a browser. */
export function detectLang(): Lang {
  const search = typeof location === "undefined" ? "" : location.search;
  const languages = typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  return initialLang(search, readStoredLang(), languages);
}

let current: Lang = DEFAULT_LANG;
const listeners = new Set<(lang: Lang) => void>();

export function getLang(): Lang {
  return current;
}

/**
 * Switches the language: the page's lang attribute follows (screen readers pick their voice from it),
 * the choice is remembered unless `remember` is false (e.g. when a ?lang link set it), and listeners
 * re-render. Listeners run only when the language actually changes.
 */
export function setLang(lang: Lang, options: { remember?: boolean } = {}): void {
  if (!isLang(lang))
    throw new Error(`Unknown language "${String(lang)}"; expected one of ${LANGS.join(", ")}`);
  if (typeof document !== "undefined") document.documentElement.lang = lang;
  if (options.remember ?? true) {
    try {
      globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // Storage is refused from file:// in some browsers and in private modes; the choice then
      // lasts for this page only, which is the best we can do.
    }
  }
  if (lang === current) return;
  current = lang;
  for (const listener of [...listeners]) listener(lang);
}

/** Calls listener after every change of language; returns the function that stops it. */
export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/**
 * Fills `{name}` placeholders. Values go in as plain text (the caller sets it with textContent, never
 * as HTML); numbers should be formatted by the caller with format.ts, since String(0.5) is not how
 * Indonesian writes a half. A placeholder without a value stays visible so the omission shows.
 */
export function fillPlaceholders(template: string, params?: MessageParams): string {
  if (params === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Makes a translator over one area's messages; the type requires both languages to have every key. */
export function defineMessages<K extends string>(bundle: MessageBundle<K>): Translator<K> {
  const keys = Object.keys(bundle.id) as K[];
  const inLang = (lang: Lang, key: K, params?: MessageParams): string => {
    const messages: Readonly<Record<string, string>> = bundle[lang];
    // A key from untyped input (an old URL, a results file) falls back to itself rather than "undefined".
    const template = Object.hasOwn(messages, key) ? messages[key] : undefined;
    return fillPlaceholders(template ?? key, params);
  };
  const translate = (key: K, params?: MessageParams): string => inLang(current, key, params);
  return Object.assign(translate, {
    inLang,
    has: (key: string): key is K => Object.hasOwn(bundle.id, key),
    keys,
    bundle,
  });
}
