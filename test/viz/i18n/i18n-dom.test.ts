// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { LANG_STORAGE_KEY, detectLang, readStoredLang, setLang } from "../../../viz/src/i18n/i18n.js";

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  setLang("id", { remember: false });
});

describe("setLang in a page", () => {
  it("sets the page's lang attribute and remembers the choice", () => {
    setLang("en");
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe("en");
    expect(readStoredLang()).toBe("en");
    setLang("id");
    expect(document.documentElement.lang).toBe("id");
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe("id");
  });

  it("does not remember a choice made with remember: false", () => {
    setLang("en", { remember: false });
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBeNull();
  });

  it("still switches when storage refuses (file://, private mode)", () => {
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    expect(() => setLang("en")).not.toThrow();
    expect(document.documentElement.lang).toBe("en");
    expect(readStoredLang()).toBeNull();
  });

  it("detects the remembered language when the address does not say", () => {
    localStorage.setItem(LANG_STORAGE_KEY, "en");
    expect(detectLang()).toBe("en");
  });
});
