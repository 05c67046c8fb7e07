// Every message bundle of the dashboard, wherever its area keeps it, found by the files' exports, so a
// bundle added later is checked without anyone remembering to list it here.
import { describe, expect, it } from "vitest";
import type { Translator } from "../../../viz/src/i18n/i18n.js";

const modules = import.meta.glob<Record<string, unknown>>("../../../viz/src/**/messages/*.ts", {
  eager: true,
});

function isTranslator(value: unknown): value is Translator<string> {
  return typeof value === "function" && "bundle" in value && "keys" in value;
}

const bundles = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, Translator<string>] => isTranslator(entry[1]))
    .map(([name, translator]) => ({ name: `${file.replace(/^.*viz\/src\//, "")} ${name}`, translator })),
);

/** Proper names, written the same in both languages (a language's own name is written in that language). */
const SAME_IN_BOTH = new Set(["Sinergi", "Bahasa Indonesia", "English"]);

/** A pattern of placeholders and punctuation only ("{lever}: {group}") has nothing to translate. */
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\w+\}/g, ""));

describe("message bundles", () => {
  it("are found", () => {
    const names = bundles.map((b) => b.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "i18n/messages/common.ts commonText",
        "i18n/messages/metrics.ts metricText",
        "i18n/messages/levers.ts leverText",
      ]),
    );
  });

  describe.each(bundles)("$name", ({ translator }) => {
    const { id, en } = translator.bundle as { id: Record<string, string>; en: Record<string, string> };

    it("has the same keys in both languages", () => {
      expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    });

    it("has no empty message", () => {
      for (const [key, text] of [...Object.entries(id), ...Object.entries(en)]) {
        expect(text.trim(), key).not.toBe("");
      }
    });

    it("translates every message, except proper names", () => {
      for (const key of Object.keys(id)) {
        if (SAME_IN_BOTH.has(id[key]!) || !hasWords(id[key]!)) continue;
        expect(en[key], `${key} is the same in both languages`).not.toBe(id[key]);
      }
    });

    it("uses the same placeholders in both languages", () => {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const key of Object.keys(id)) {
        expect(placeholders(en[key]!), key).toEqual(placeholders(id[key]!));
      }
    });
  });
});
