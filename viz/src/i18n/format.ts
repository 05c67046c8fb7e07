// Numbers as each language writes them. Indonesian (id-ID) uses a decimal comma and a thousands dot
// (5,16%; Rp 14,7 triliun; 19.144.827). English uses en-GB: its numbers are the same as en-US (dot
// decimals, comma thousands), but the dashboard's English follows British spelling (harmonisation,
// favour), as do most English-language reports on Indonesia's regions, so the locale matches the text.
//
// Money in the model is in billion rupiah (miliar) and per-capita GRDP in million rupiah (juta). Every
// function returns "–" for a missing value (null, undefined, NaN, ±Infinity) and writes negatives
// with a true minus sign "−", which screen readers read and which lines up with "+".

import { getLang, type Lang } from "./i18n.js";

export const NUMBER_LOCALES: Readonly<Record<Lang, string>> = { id: "id-ID", en: "en-GB" };
export const MISSING = "–";
export const MINUS = "−";

type Value = number | null | undefined;

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (cached === undefined) {
    cached = new Intl.NumberFormat(NUMBER_LOCALES[lang], options);
    formatters.set(key, cached);
  }
  return cached;
}

function isPresent(value: Value): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** Intl writes "-" (hyphen-minus) in both locales. */
function trueMinus(text: string): string {
  return text.replace("-", MINUS);
}

export interface NumberOptions {
  /** Fraction digits at most (default 2); trailing zeros are dropped unless minDigits says otherwise. */
  digits?: number;
  /** Fraction digits at least (default 0). */
  minDigits?: number;
}

export function formatNumber(value: Value, options: NumberOptions = {}, lang: Lang = getLang()): string {
  if (!isPresent(value)) return MISSING;
  const digits = options.digits ?? 2;
  const minDigits = Math.min(options.minDigits ?? 0, digits);
  return trueMinus(
    formatter(lang, { maximumFractionDigits: digits, minimumFractionDigits: minDigits }).format(value),
  );
}

/** A share as a percentage with exactly `digits` decimals: 0.0516 → "5,16%" (id), "5.16%" (en). */
export function formatPercent(share: Value, digits = 1, lang: Lang = getLang()): string {
  if (!isPresent(share)) return MISSING;
  return trueMinus(
    formatter(lang, {
      style: "percent",
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(share),
  );
}

const MONEY_WORDS: Readonly<Record<Lang, { million: string; billion: string; trillion: string }>> = {
  id: { million: "juta", billion: "miliar", trillion: "triliun" },
  en: { million: "million", billion: "billion", trillion: "trillion" },
};

/** Three significant figures or so, never rounding away the integer part: 14,7 · 750 · 86.753. */
function moneyDigits(amount: number): number {
  if (amount < 10) return 2;
  if (amount < 100) return 1;
  return 0;
}

/**
 * An amount of billion rupiah in the unit a reader expects: juta below Rp 1 miliar, miliar below
 * Rp 1 triliun, triliun above (Indonesian reports state even national GDP in triliun: Rp 19.145 triliun).
 * 750 → "Rp 750 miliar" / "Rp 750 billion"; 14700 → "Rp 14,7 triliun" / "Rp 14.7 trillion";
 * −2.5 → "−Rp 2,5 miliar"; 0 → "Rp 0".
 */
export function formatRupiah(billionIdr: Value, lang: Lang = getLang()): string {
  if (!isPresent(billionIdr)) return MISSING;
  const magnitude = Math.abs(billionIdr);
  const words = MONEY_WORDS[lang];
  let amount: number;
  let word: string;
  // Thresholds at the rounding edge, so 999.7 miliar reads "Rp 1 triliun" and never "Rp 1.000 miliar".
  if (magnitude >= 999.5) {
    amount = magnitude / 1000;
    word = words.trillion;
  } else if (magnitude >= 0.9995) {
    amount = magnitude;
    word = words.billion;
  } else {
    amount = magnitude * 1000;
    word = words.million;
  }
  const number = formatter(lang, { maximumFractionDigits: moneyDigits(amount) }).format(amount);
  if (number === "0") return "Rp 0";
  return `${billionIdr < 0 ? MINUS : ""}Rp ${number} ${word}`;
}

/** GRDP per capita, million rupiah per person, one decimal: 62.3 → "Rp 62,3 juta" / "Rp 62.3 million". */
export function formatPerCapita(millionIdr: Value, lang: Lang = getLang()): string {
  if (!isPresent(millionIdr)) return MISSING;
  const oneDecimal = formatter(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const number = oneDecimal.format(Math.abs(millionIdr));
  const negative = millionIdr < 0 && number !== oneDecimal.format(0);
  return `${negative ? MINUS : ""}Rp ${number} ${MONEY_WORDS[lang].million}`;
}

/** A disparity index (Williamson, Theil, Gini) with three decimals: 0.7978 → "0,798" / "0.798". */
export function formatIndex(value: Value, lang: Lang = getLang()): string {
  return formatNumber(value, { digits: 3, minDigits: 3 }, lang);
}

/**
 * A difference with its sign always shown: "+0,012", "−Rp 2,5 triliun", and zero without a sign.
 * `format` writes the magnitude (it receives a non-negative number), e.g. (v) => formatIndex(v, lang).
 * A difference that the formatter rounds to zero shows no sign either, so "+0,000" never appears.
 */
export function formatSigned(value: Value, format: (magnitude: number) => string): string {
  if (!isPresent(value)) return MISSING;
  const magnitudeText = format(Math.abs(value));
  if (value === 0 || magnitudeText === format(0)) return magnitudeText;
  return `${value < 0 ? MINUS : "+"}${magnitudeText}`;
}

/** A calendar year, without the thousands separator Intl would put in "2.022". */
export function formatYear(year: Value, lang: Lang = getLang()): string {
  if (!isPresent(year)) return MISSING;
  return trueMinus(formatter(lang, { useGrouping: false, maximumFractionDigits: 0 }).format(year));
}
