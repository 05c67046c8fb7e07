// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseWorldCsv } from "../../../sim/index.js";
import { outlineCollection } from "../../../viz/build/outline-plugin.js";
import { KLASSEN_COLOURS } from "../../../viz/src/charts/palette.js";
import {
  colourDomain,
  createRegionMap,
  sizeDomain,
  type RegionMap,
  type RegionMapOptions,
  type RegionMapView,
} from "../../../viz/src/map/index.js";
import type { RegionInfo } from "../../../viz/src/run/run-data.js";
import { DOMAINS, FORMATTERS, LABELS, makeFrame, OUTLINE, REGIONS } from "./map-fixtures.js";

const VIEW: RegionMapView = {
  sizeBy: "population",
  colourBy: "grdpPerCapita",
  selected: null,
  showLinks: true,
};

let maps: RegionMap[] = [];
afterEach(() => {
  for (const map of maps) map.destroy();
  maps = [];
  document.body.replaceChildren();
});

function mount(overrides: Partial<RegionMapOptions> = {}): { map: RegionMap; container: HTMLElement } {
  const container = document.createElement("div");
  document.body.append(container);
  const regions = overrides.regions ?? REGIONS;
  const map = createRegionMap(container, {
    outline: OUTLINE,
    regions,
    domains: DOMAINS,
    labels: LABELS,
    formatters: FORMATTERS,
    describe: (i) => [
      ["Population", String(i + 1)],
      ["Agreements", String(i)],
    ],
    transitionMs: 0,
    ...overrides,
  });
  maps.push(map);
  return { map, container };
}

function circles(map: RegionMap): SVGCircleElement[] {
  return [...map.svg.querySelectorAll<SVGCircleElement>("g.regions circle")];
}

function circleOf(map: RegionMap, index: number): SVGCircleElement {
  const circle = map.svg.querySelector<SVGCircleElement>(`g.regions circle[data-index="${index}"]`);
  if (!circle) throw new Error(`no circle for region ${index}`);
  return circle;
}

const num = (element: Element, attribute: string): number => Number(element.getAttribute(attribute));

function viewBox(map: RegionMap): number[] {
  return (map.svg.getAttribute("viewBox") ?? "").split(" ").map(Number);
}

function key(map: RegionMap, name: string): void {
  map.svg.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true, cancelable: true }));
}

describe("createRegionMap", () => {
  it("draws one circle per region at its projected capital, inside the map area", () => {
    const { map } = mount();
    map.update(makeFrame(4), VIEW);
    const all = circles(map);
    expect(all).toHaveLength(4);
    const [, , width = 0] = viewBox(map);
    const legendTop = Number(
      /translate\(0,([\d.]+)\)/.exec(map.svg.querySelector("g.legend")?.getAttribute("transform") ?? "")?.[1],
    );
    for (const circle of all) {
      expect(num(circle, "cx")).toBeGreaterThan(0);
      expect(num(circle, "cx")).toBeLessThan(width);
      expect(num(circle, "cy")).toBeGreaterThan(0);
      expect(num(circle, "cy")).toBeLessThan(legendTop);
    }
    // West to east and north to south as on the globe: Alpha (106°E) left of Charlie (115°E), Delta (1°S) above Charlie (8°S).
    expect(num(circleOf(map, 0), "cx")).toBeLessThan(num(circleOf(map, 2), "cx"));
    expect(num(circleOf(map, 3), "cy")).toBeLessThan(num(circleOf(map, 2), "cy"));
  });

  it("sizes circles by area in the order of the chosen measure, and keeps the elements across years", () => {
    const { map } = mount();
    const population = [4e6, 1e6, 9e6, 2.5e6];
    const grdp = [10, 400, 20, 30];
    map.update(makeFrame(4, { population, grdp }), VIEW);
    const before = circles(map);
    const radii = [0, 1, 2, 3].map((i) => num(circleOf(map, i), "r"));
    const byPopulation = [1, 3, 0, 2];
    for (let k = 1; k < 4; k++)
      expect(radii[byPopulation[k]!]!).toBeGreaterThan(radii[byPopulation[k - 1]!]!);
    // Area ∝ population: 9M is 2.25× the area of 4M, so 1.5× the radius.
    expect(radii[2]! / radii[0]!).toBeCloseTo(1.5, 1);

    map.update(makeFrame(4, { population, grdp }), { ...VIEW, sizeBy: "grdp" });
    expect(num(circleOf(map, 1), "r")).toBeGreaterThan(num(circleOf(map, 3), "r"));
    expect(new Set(circles(map))).toEqual(new Set(before));
  });

  it("keeps the size scale of the whole run when given one, so a year of smaller regions draws smaller circles", () => {
    const { map } = mount();
    const small = makeFrame(4, { population: [1e6, 1e6, 1e6, 1e6] });
    const large = makeFrame(4, { population: [4e6, 4e6, 4e6, 4e6] });
    const domain = sizeDomain([small, large], "population");
    map.update(small, { ...VIEW, sizeDomain: domain });
    const smallRadius = num(circleOf(map, 0), "r");
    map.update(large, { ...VIEW, sizeDomain: domain });
    expect(num(circleOf(map, 0), "r") / smallRadius).toBeCloseTo(2, 1);
  });

  it("colours Klassen quadrants with the shared palette, and year 0 as undefined grey", () => {
    const { map } = mount();
    map.update(makeFrame(4, { klassen: [3, 1, 4, 2] }), { ...VIEW, colourBy: "klassen" });
    expect([0, 1, 2, 3].map((i) => circleOf(map, i).getAttribute("fill"))).toEqual([
      KLASSEN_COLOURS[3],
      KLASSEN_COLOURS[1],
      KLASSEN_COLOURS[4],
      KLASSEN_COLOURS[2],
    ]);
    map.update(makeFrame(4, { klassen: [0, 0, 0, 0], year: 0 }), { ...VIEW, colourBy: "klassen" });
    expect(new Set(circles(map).map((c) => c.getAttribute("fill")))).toEqual(new Set([KLASSEN_COLOURS[0]]));
    const legendTexts = [...map.svg.querySelectorAll("g.legend-colour text")].map((t) => t.textContent);
    expect(legendTexts).toEqual(["Klassen quadrant", ...LABELS.klassen.slice(1), LABELS.klassen[0]]);
  });

  it("colours growth on a diverging scale around the run's median, grey where growth is undefined", () => {
    const { map } = mount();
    const frames = [makeFrame(4, { growth: [0.01, 0.05, 0.09, 0.05] })];
    const domain = colourDomain(frames, "growth");
    expect(domain[1]).toBeCloseTo(0.05);
    map.update(frames[0]!, { ...VIEW, colourBy: "growth", colourDomain: domain });
    const fills = [0, 1, 2].map((i) => circleOf(map, i).getAttribute("fill"));
    expect(new Set(fills).size).toBe(3);
    // The median is the scale's pale centre: lighter than both ends.
    const lightness = (fill: string | null): number =>
      (fill?.match(/\d+/g) ?? []).map(Number).reduce((sum, channel) => sum + channel, 0);
    expect(lightness(fills[1]!)).toBeGreaterThan(lightness(fills[0]!));
    expect(lightness(fills[1]!)).toBeGreaterThan(lightness(fills[2]!));

    map.update(makeFrame(4, { growth: [NaN, NaN, NaN, NaN], year: 0 }), {
      ...VIEW,
      colourBy: "growth",
      colourDomain: domain,
    });
    expect(circleOf(map, 0).getAttribute("fill")).toBe(KLASSEN_COLOURS[0]);
    const legend = [...map.svg.querySelectorAll("g.legend-colour text")].map((t) => t.textContent);
    expect(legend).toContain("No data");
    expect(legend).toContain("5%");
  });

  it("draws the agreements as one path per domain with one arc per agreement, and hides what is switched off", () => {
    const { map } = mount();
    const links: Array<[number, number, number]> = [
      [0, 1, 0],
      [1, 2, 0],
      [0, 3, 0],
      [0, 1, 1],
      [2, 3, 3],
    ];
    map.update(makeFrame(4, { links }), VIEW);
    const paths = [...map.svg.querySelectorAll("g.links path")];
    expect(paths).toHaveLength(DOMAINS.length);
    const arcs = (path: Element | undefined): number => (path?.getAttribute("d")?.match(/M/g) ?? []).length;
    expect(paths.map(arcs)).toEqual([3, 1, 0, 1]);
    expect(paths.map((p) => p.getAttribute("data-domain"))).toEqual(DOMAINS);
    // Trade and tourism between the same two regions bend differently, so both stay visible.
    expect(paths[0]?.getAttribute("d")?.split("M")[1]).not.toEqual(
      paths[1]?.getAttribute("d")?.split("M")[1],
    );

    map.update(makeFrame(4, { links }), { ...VIEW, domainsShown: [false, true, true, true] });
    expect([...map.svg.querySelectorAll("g.links path")].map(arcs)).toEqual([0, 1, 0, 1]);
    expect([...map.svg.querySelectorAll("g.legend-links text")].map((t) => t.textContent)).toEqual([
      "Agreements by domain",
      "Tourism",
      "Food",
      "Energy",
    ]);

    map.update(makeFrame(4, { links }), { ...VIEW, showLinks: false });
    expect([...map.svg.querySelectorAll("g.links path")].map(arcs)).toEqual([0, 0, 0, 0]);
    expect(map.svg.querySelector("g.legend-links")).toBeNull();
  });

  it("highlights the selected region's agreements and dims the others", () => {
    const { map } = mount();
    const links: Array<[number, number, number]> = [
      [0, 1, 0],
      [1, 2, 0],
      [0, 3, 2],
      [2, 3, 3],
    ];
    map.update(makeFrame(4, { links }), VIEW);
    expect(map.svg.querySelector("g.links")?.getAttribute("opacity")).toBe("1");
    expect(map.svg.querySelector("g.selected-ring")?.getAttribute("display")).toBe("none");

    map.update(makeFrame(4, { links }), { ...VIEW, selected: 3 });
    const arcs = [...map.svg.querySelectorAll("g.links-focus path")].map(
      (p) => (p.getAttribute("d")?.match(/M/g) ?? []).length,
    );
    expect(arcs).toEqual([0, 0, 1, 1]);
    expect(Number(map.svg.querySelector("g.links")?.getAttribute("opacity"))).toBeLessThan(0.5);
    const ring = map.svg.querySelector("g.selected-ring");
    expect(ring?.getAttribute("display")).toBeNull();
    const ringCircle = ring?.querySelector("circle");
    expect(num(ringCircle!, "cx")).toBe(num(circleOf(map, 3), "cx"));
    expect(num(ringCircle!, "r")).toBeGreaterThan(num(circleOf(map, 3), "r"));
    expect(circleOf(map, 3).getAttribute("aria-current")).toBe("true");
    expect(circles(map).filter((c) => c.hasAttribute("aria-current"))).toHaveLength(1);
  });

  it("pins on click, unpins on a second click, and reports hovering", () => {
    const onSelect = vi.fn();
    const onHover = vi.fn();
    const { map, container } = mount({ onSelect, onHover });
    map.update(makeFrame(4), VIEW);
    circleOf(map, 2).dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    expect(onHover).toHaveBeenLastCalledWith(2);
    const tooltip = container.querySelector<HTMLElement>(".region-map-tooltip");
    expect(tooltip?.hidden).toBe(false);
    expect(tooltip?.textContent).toContain("Charlie");
    expect(tooltip?.textContent).toContain("Population3");

    circleOf(map, 2).dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(onSelect).toHaveBeenLastCalledWith(2);
    circleOf(map, 2).dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(onSelect).toHaveBeenLastCalledWith(null);

    map.svg.querySelector("g.regions")?.dispatchEvent(new MouseEvent("mouseleave"));
    expect(onHover).toHaveBeenLastCalledWith(null);
    expect(tooltip?.hidden).toBe(true);
  });

  it("shows a region name that looks like HTML as text, and creates no element from it", () => {
    const evil = "<img src=x onerror=alert(1)>";
    const regions: RegionInfo[] = REGIONS.map((r, i) => (i === 1 ? { ...r, name: evil } : r));
    const { map, container } = mount({ regions, describe: (i) => [["Name", regions[i]!.name]] });
    map.update(makeFrame(4), VIEW);
    circleOf(map, 1).dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    map.svg.focus();
    key(map, "Home");
    key(map, "ArrowRight");
    expect(map.highlighted).toBe(1);
    key(map, "Enter");
    expect(container.querySelector(".region-map-tooltip-name")?.textContent).toBe(evil);
    expect(container.querySelector(".region-map-live")?.textContent).toContain(evil);
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelectorAll("[onerror]")).toHaveLength(0);
  });

  it("moves a highlight with the arrow keys, announces it, pins with Enter and unpins with Escape", () => {
    const onSelect = vi.fn();
    const onHover = vi.fn();
    const { map, container } = mount({ onSelect, onHover });
    map.update(makeFrame(4), VIEW);
    expect(map.svg.getAttribute("tabindex")).toBe("0");
    expect(map.svg.getAttribute("role")).toBe("application");
    const labelId = map.svg.getAttribute("aria-labelledby") ?? "";
    expect(document.getElementById(labelId)?.textContent).toBe(LABELS.title);
    const live = container.querySelector(".region-map-live");
    expect(live?.getAttribute("aria-live")).toBe("polite");

    map.svg.focus();
    key(map, "ArrowRight"); // nothing highlighted yet: starts at the first region
    expect(map.highlighted).toBe(0);
    key(map, "ArrowRight"); // Alpha (106°E) → Bravo (110°E), the nearest eastwards
    expect(map.highlighted).toBe(1);
    expect(live?.textContent).toBe("Bravo. Population: 2. Agreements: 1");
    expect(onHover).toHaveBeenLastCalledWith(1);
    key(map, "ArrowUp"); // Delta lies north (1°S) of Bravo (7°S)
    expect(map.highlighted).toBe(3);
    key(map, "ArrowUp"); // nothing further north: stays
    expect(map.highlighted).toBe(3);
    expect(map.svg.querySelector("g.highlight-ring")?.getAttribute("display")).toBeNull();

    key(map, "Enter");
    expect(onSelect).toHaveBeenLastCalledWith(3);
    expect(live?.textContent).toBe("Pinned: Delta");
    key(map, "Escape");
    expect(onSelect).toHaveBeenLastCalledWith(null);
    expect(live?.textContent).toBe("Unpinned");
    key(map, "ArrowDown");
    key(map, " ");
    expect(onSelect).toHaveBeenLastCalledWith(map.highlighted);
  });

  it("stacks its legend on a narrow drawing, so a phone shows it legibly", () => {
    const { map } = mount({ width: 480 });
    map.update(makeFrame(4), VIEW);
    const [, , width = 0, height = 0] = viewBox(map);
    expect(width).toBe(480);
    const place = (name: string): string | null | undefined =>
      map.svg.querySelector(`g.legend-${name}`)?.getAttribute("transform");
    expect(place("colour")).toBe("translate(16,0)");
    const [sizeY, linksY] = ["size", "links"].map((name) =>
      Number(/,([\d.]+)\)/.exec(place(name) ?? "")?.[1]),
    );
    expect(sizeY).toBeGreaterThan(0);
    expect(linksY).toBeGreaterThan(sizeY!);
    expect(height).toBeGreaterThan(linksY!);
    for (const circle of circles(map)) expect(num(circle, "cx")).toBeLessThan(480);
  });

  it("switches its texts with the language", () => {
    const { map } = mount();
    map.update(makeFrame(4), VIEW);
    map.setLabels({
      ...LABELS,
      title: "Peta wilayah",
      sizeBy: { ...LABELS.sizeBy, population: "Penduduk" },
      lang: "id",
    });
    expect(map.svg.querySelector("title")?.textContent).toBe("Peta wilayah");
    expect(map.svg.getAttribute("lang")).toBe("id");
    expect(map.svg.querySelector("g.legend-size text")?.textContent).toBe("Penduduk");
  });

  it("animates the change between years when asked, ending at the new sizes", async () => {
    const { map } = mount({ transitionMs: 30 });
    map.update(makeFrame(4, { population: [1e6, 1e6, 1e6, 4e6] }), { ...VIEW, sizeDomain: [0, 4e6] });
    const before = num(circleOf(map, 0), "r");
    map.update(makeFrame(4, { population: [4e6, 1e6, 1e6, 4e6] }), { ...VIEW, sizeDomain: [0, 4e6] });
    expect(num(circleOf(map, 0), "r")).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(num(circleOf(map, 0), "r") / before).toBeCloseTo(2, 1);
  });

  it("removes everything it added on destroy", () => {
    const { map, container } = mount();
    map.update(makeFrame(4), VIEW);
    map.destroy();
    maps = [];
    expect(container.childElementCount).toBe(0);
  });

  it("matches its snapshot for a small map", () => {
    const { map } = mount({ id: "map-snapshot" });
    map.update(
      makeFrame(4, {
        links: [
          [0, 1, 0],
          [1, 2, 2],
        ],
      }),
      { ...VIEW, selected: 1 },
    );
    expect(map.svg.outerHTML).toMatchSnapshot();
  });
});

describe("the country outline", () => {
  it("is drawn under the provinces of the default world, Indonesia stronger than its neighbours", async () => {
    const world = parseWorldCsv(
      readFileSync("configs/worlds/indonesia-2022.csv", "utf8"),
      "indonesia-2022.csv",
    );
    const regions: RegionInfo[] = world.ids.map((id, i) => ({
      id,
      name: world.names[i]!,
      group: world.groups[world.groupOf[i]!]!,
      lat: world.lat[i]!,
      lon: world.lon[i]!,
    }));
    const { map } = mount({ outline: await outlineCollection(), regions });
    map.update(makeFrame(regions.length), VIEW);
    const countries = [...map.svg.querySelectorAll("g.outline path")];
    expect(countries.length).toBeGreaterThan(3);
    const home = map.svg.querySelectorAll("g.outline path.home");
    expect(home).toHaveLength(1);
    // Indonesia is drawn last (on top), with a darker, thicker line than its neighbours.
    expect(countries[countries.length - 1]).toBe(home[0]);
    expect(Number(home[0]?.getAttribute("stroke-width"))).toBeGreaterThan(
      Number(countries[0]?.getAttribute("stroke-width")),
    );
    // Clipped to the map: no coastline point beyond the viewBox's width.
    const [, , width = 0] = viewBox(map);
    const xs = (home[0]?.getAttribute("d")?.match(/-?[\d.]+(?=,)/g) ?? []).map(Number);
    expect(Math.max(...xs)).toBeLessThanOrEqual(width);
    expect(circles(map)).toHaveLength(34);
  });

  it("is left out when the regions lie outside it, so their circles are not placed over unrelated coasts", async () => {
    const regions: RegionInfo[] = [
      { id: "x", name: "North", group: "g", lat: 52, lon: 5 },
      { id: "y", name: "South", group: "g", lat: 45, lon: 12 },
      { id: "z", name: "Made-up", group: "g", lat: 0, lon: 0 },
    ];
    const { map } = mount({ outline: await outlineCollection(), regions });
    map.update(makeFrame(3), VIEW);
    expect(map.svg.querySelectorAll("g.outline path")).toHaveLength(0);
    expect(circles(map)).toHaveLength(3);
  });
});
