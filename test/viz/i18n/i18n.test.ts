import { afterEach, describe, expect, it, vi } from "vitest";
import {
  DEFAULT_LANG,
  defineMessages,
  fillPlaceholders,
  getLang,
  initialLang,
  onLangChange,
  setLang,
} from "../../../viz/src/i18n/i18n.js";

afterEach(() => setLang(DEFAULT_LANG, { remember: false }));

describe("initialLang", () => {
  it("takes ?lang over the stored choice and the browser", () => {
    expect(initialLang("?lang=en", "id", ["id-ID"])).toBe("en");
    expect(initialLang("?seed=3&lang=id", "en", ["en-GB"])).toBe("id");
  });

  it("reads ?lang case-insensitively", () => {
    expect(initialLang("?lang=EN", null, [])).toBe("en");
  });

  it("ignores an invalid ?lang and falls back to the stored choice", () => {
    expect(initialLang("?lang=fr", "en", ["id"])).toBe("en");
    expect(initialLang("?lang=<script>", null, ["en-US"])).toBe("en");
    expect(initialLang("?lang=", "en", [])).toBe("en");
  });

  it("ignores an invalid stored value and uses the browser's first supported language", () => {
    expect(initialLang("", "de", ["fr-FR", "en-US", "id-ID"])).toBe("en");
    expect(initialLang("", null, ["de", "id-ID", "en"])).toBe("id");
  });

  it('reads the old "in" tag as Indonesian', () => {
    expect(initialLang("", null, ["in-ID"])).toBe("id");
  });

  it("defaults to Indonesian when nothing says otherwise", () => {
    expect(initialLang("", null, [])).toBe("id");
    expect(initialLang("", null, ["ja-JP", "fr"])).toBe("id");
  });
});

describe("defineMessages", () => {
  const t = defineMessages({
    id: { greeting: "Selamat datang, {name}!", count: "{n} kesepakatan di {place}", plain: "Peta" },
    en: { greeting: "Welcome, {name}!", count: "{n} agreements in {place}", plain: "Map" },
  });

  it("reads the current language and follows setLang", () => {
    setLang("id", { remember: false });
    expect(t("plain")).toBe("Peta");
    setLang("en", { remember: false });
    expect(t("plain")).toBe("Map");
    expect(getLang()).toBe("en");
  });

  it("fills every placeholder with the params as text", () => {
    setLang("id", { remember: false });
    expect(t("count", { n: 12, place: "Jawa" })).toBe("12 kesepakatan di Jawa");
    expect(t.inLang("en", "greeting", { name: "<b>Bali</b>" })).toBe("Welcome, <b>Bali</b>!");
  });

  it("leaves a placeholder without a value visible", () => {
    expect(t.inLang("en", "count", { n: 3 })).toBe("3 agreements in {place}");
  });

  it("does not read placeholders from the params' prototype", () => {
    expect(fillPlaceholders("{toString}", {})).toBe("{toString}");
  });

  it("knows its keys", () => {
    expect(t.keys).toEqual(["greeting", "count", "plain"]);
    expect(t.has("plain")).toBe(true);
    expect(t.has("constructor")).toBe(false);
  });

  it("falls back to the key for a key outside the bundle instead of printing undefined", () => {
    expect((t as (key: string) => string)("no_such_key")).toBe("no_such_key");
  });
});

describe("setLang and onLangChange", () => {
  it("notifies listeners on a change only, until unsubscribed", () => {
    setLang("id", { remember: false });
    const listener = vi.fn();
    const stop = onLangChange(listener);
    setLang("en", { remember: false });
    setLang("en", { remember: false });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith("en");
    stop();
    setLang("id", { remember: false });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("rejects an unknown language", () => {
    expect(() => setLang("fr" as "en")).toThrow(/Unknown language/);
  });

  it("works in Node, where there is no document or localStorage", () => {
    expect(() => setLang("en")).not.toThrow();
    expect(getLang()).toBe("en");
  });
});
