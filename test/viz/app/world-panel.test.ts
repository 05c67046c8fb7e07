// @vitest-environment jsdom
// The world panel offers the shipped worlds by name in both languages, and a choice goes into the
// scenario's `world` (and so into the share link) as the name the CLI takes with --world.
import { afterEach, describe, expect, it } from "vitest";
import { AppStore } from "../../../viz/src/app/app-store.js";
import { setLang } from "../../../viz/src/i18n/i18n.js";
import { createStatusPanel } from "../../../viz/src/panels/status-panel.js";
import { createWorldPanel } from "../../../viz/src/panels/world-panel.js";
import { decodeSharedState, encodeSharedState } from "../../../viz/src/scenario/url-state.js";

function mount(scenario = {}) {
  const store = new AppStore({ scenario });
  const panel = createWorldPanel(store, createStatusPanel());
  store.subscribe((state) => panel.update(state));
  panel.update(store.state);
  document.body.replaceChildren(panel.element);
  const select = document.querySelector<HTMLSelectElement>('[data-testid="world-kind"]')!;
  return { store, select };
}

const labels = (select: HTMLSelectElement) => Array.from(select.options, (o) => [o.value, o.textContent]);

afterEach(() => setLang("id"));

describe("world panel", () => {
  it("lists the three shipped worlds, Indonesian first, English on switching", () => {
    setLang("id");
    const { select } = mount();
    expect(labels(select).slice(0, 3)).toEqual([
      ["indonesia-2022", "Indonesia — 34 provinsi (2022)"],
      ["indonesia-regencies-2021", "Indonesia — 514 kabupaten/kota (2021)"],
      ["indonesia-provinces-2010", "Indonesia — 33 provinsi (2010, harga konstan)"],
    ]);
    expect(select.value).toBe("indonesia-2022");
    setLang("en");
    expect(
      labels(select)
        .slice(0, 3)
        .map(([, label]) => label),
    ).toEqual([
      "Indonesia — 34 provinces (2022)",
      "Indonesia — 514 regencies and cities (2021)",
      "Indonesia — 33 provinces (2010, constant prices)",
    ]);
  });

  it("puts the chosen world's name into the scenario and the link, and shows a linked choice", () => {
    const { store, select } = mount();
    select.value = "indonesia-regencies-2021";
    select.dispatchEvent(new Event("change"));
    expect(store.state.scenario.world).toBe("indonesia-regencies-2021");
    const link = encodeSharedState({ scenario: store.state.scenario, replicates: 1 });
    const opened = mount(decodeSharedState(link).state.scenario);
    expect(opened.select.value).toBe("indonesia-regencies-2021");
    opened.select.value = "indonesia-2022";
    opened.select.dispatchEvent(new Event("change"));
    expect(opened.store.state.scenario.world).toBe("indonesia-2022");
  });
});
