// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildPageLayout, type ViewId } from "../../../viz/src/app/page-layout.js";
import { getLang, setLang } from "../../../viz/src/i18n/i18n.js";

describe("page header", () => {
  beforeEach(() => setLang("id", { remember: false }));
  afterEach(() => document.body.replaceChildren());

  function mount() {
    const root = document.createElement("div");
    document.body.append(root);
    const shown: ViewId[] = [];
    const layout = buildPageLayout(root, (view) => shown.push(view));
    layout.header.select("simulate");
    return { root, layout, shown };
  }

  it("shows one view at a time and moves between tabs with the arrow keys", () => {
    const { layout, shown } = mount();
    const tabs = Array.from(document.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      "Simulasi",
      "Pelajaran",
      "Bandingkan",
      "Hasil sweep",
    ]);
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1]);
    tabs[0]!.focus();
    tabs[0]!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(document.activeElement).toBe(tabs[1]);
    expect(tabs[1]!.getAttribute("aria-selected")).toBe("true");
    expect(layout.views.lessons.hidden).toBe(false);
    expect(layout.views.simulate.hidden).toBe(true);
    tabs[1]!.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    expect(document.activeElement).toBe(tabs[3]);
    tabs[3]!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(document.activeElement).toBe(tabs[0]);
    expect(shown).toEqual(["simulate", "lessons", "sweep", "simulate"]);
  });

  it("switches the language from its labelled select, and the page's lang and labels follow", () => {
    mount();
    const label = Array.from(document.querySelectorAll("label")).find((l) => l.textContent === "Bahasa")!;
    const select = document.getElementById(label.htmlFor) as HTMLSelectElement;
    select.value = "en";
    select.dispatchEvent(new Event("change"));
    expect(getLang()).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    expect(label.textContent).toBe("Language");
    expect(document.querySelector('[role="tab"]')?.textContent).toBe("Simulation");
    expect(document.title).toMatch(/^Sinergi — simulating/);
  });
});
