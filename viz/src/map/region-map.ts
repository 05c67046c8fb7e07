// The map: the country outline, one circle per region at its capital (area by population or GRDP,
// colour by the chosen measure), and the year's agreements as arcs coloured by domain. It is built
// once per world and then redrawn year by year with update(), reusing its elements (a keyed join on
// the region index), so a 514-region world animates smoothly. Text comes in through options (the
// shell's language); region names are untrusted and only ever set as text.
import { geoPath, interrupt, scaleSqrt, select, type Selection } from "d3";
import type { FeatureCollection, Geometry } from "geojson";
import { CHART_FONT } from "../charts/chart-options.js";
import { domainColour, INK } from "../charts/palette.js";
import type { RegionFrame, RegionInfo } from "../run/run-data.js";
import { regionColourScale } from "./colour-scales.js";
import { directionOfKey, nearestInDirection } from "./keyboard-navigation.js";
import { createLinkPaths } from "./link-paths.js";
import { colourDomain, sizeDomain } from "./map-domains.js";
import { fitRegions, type MapLayout } from "./map-layout.js";
import { drawMapLegend, legendLayout, type LegendGroup } from "./map-legend.js";
import type { ColourBy, NumericMeasure, SizeBy } from "./map-modes.js";
import { outlineCovers } from "./outline-coverage.js";
import { createLiveRegion, createRegionTooltip, type DescriptionRows } from "./region-tooltip.js";

const SVG_NS = "http://www.w3.org/2000/svg";
/** The smallest circle stays visible and hoverable, whatever its population. */
const MIN_RADIUS = 1.5;
const DEFAULT_TRANSITION_MS = 350;
/**
 * Above this many regions circles change without animation: interpolating the size and colour of 514
 * circles on every animation frame held the main thread for 150–230 ms at a time in Chromium with
 * software rendering (bench/dashboard.ts), so clicks and keys waited; a jump per year does not.
 */
const MAX_ANIMATED_REGIONS = 100;

/** Country outlines: the virtual module "virtual:sinergi/outline", or a small fixture in tests. */
export type OutlineCollection = FeatureCollection<Geometry, { home?: boolean; name?: string } | null>;

export interface RegionMapLabels {
  /** The map's accessible name (its SVG <title>). */
  title: string;
  /** Its description (SVG <desc>): what it shows and how to use it by keyboard. */
  description: string;
  /** Legend titles of the size modes, e.g. "Population (persons)". */
  sizeBy: Readonly<Record<SizeBy, string>>;
  /** Legend titles of the colour modes. */
  colourBy: Readonly<Record<ColourBy, string>>;
  /** Display names of the domains, in RunData.domains order. */
  domains: readonly string[];
  /** Klassen quadrant names, index = quadrant; index 0 names "undefined (year 0)". */
  klassen: readonly [string, string, string, string, string];
  /** Legend title of the agreement links, e.g. "Agreements by domain". */
  links: string;
  /** Legend entry for grey circles without a value. */
  noData: string;
  /** Announced when a region is pinned ("Pinned"), followed by its name. */
  pinned: string;
  /** Announced when the pin is released. */
  unpinned: string;
  /** The text's language, set as the SVG's lang (screen readers pronounce by it). */
  lang?: string;
}

/** One number formatter per measure the legends write (the shell's, in its language). */
export type RegionMapFormatters = Readonly<Record<NumericMeasure, (value: number) => string>>;

export interface RegionMapOptions {
  /** Country outlines; null draws none. Drawn only when every region lies within them. */
  outline: OutlineCollection | null;
  regions: readonly RegionInfo[];
  /** Domain names in the model's order (RunData.domains); links take their colour by name. */
  domains: readonly string[];
  labels: RegionMapLabels;
  formatters: RegionMapFormatters;
  /** The rows of the tooltip and the announcement for region i, as [label, value], in the current language. */
  describe: (index: number) => DescriptionRows;
  /** A region was pinned (click, Enter, Space) or unpinned (click again, Escape): null. */
  onSelect?: (index: number | null) => void;
  /** The pointer or keyboard highlight moved to a region, or left the map: null. */
  onHover?: (index: number | null) => void;
  /** Prefix of the ids inside the SVG (title, description, gradient); default: a page-unique one. */
  id?: string;
  /**
   * Width of the drawing in viewBox units (default 960). The SVG always fills its container; a
   * narrower drawing (e.g. 480 on a phone) stacks the legend and keeps its text legible.
   */
  width?: number;
  /** Length of the year-to-year transition (ms). Default 350; none when the user prefers reduced motion. */
  transitionMs?: number;
}

export interface RegionMapView {
  sizeBy: SizeBy;
  colourBy: ColourBy;
  /** The pinned region (its agreements highlighted, the others dimmed), or null. */
  selected: number | null;
  showLinks: boolean;
  /** Per domain (RunData.domains order): false hides that domain's links. Default: all shown. */
  domainsShown?: readonly boolean[];
  /** sizeDomain(frames, sizeBy) over the whole run; default: this frame's range. */
  sizeDomain?: readonly [number, number];
  /** colourDomain(frames, colourBy) over the whole run; default: this frame's range. */
  colourDomain?: readonly number[];
}

export interface RegionMap {
  /** The map's root element, complete with its legend, for SVG and PNG export. */
  readonly svg: SVGSVGElement;
  update(frame: RegionFrame, view: RegionMapView): void;
  /** The language changed: new texts and number formats, redrawn at once. */
  setLabels(labels: RegionMapLabels, formatters?: RegionMapFormatters): void;
  /** The region under the pointer or keyboard highlight, if any. */
  readonly highlighted: number | null;
  destroy(): void;
}

type GroupSelection = Selection<SVGGElement, unknown, null, undefined>;

let mapCount = 0;

export function createRegionMap(container: HTMLElement, options: RegionMapOptions): RegionMap {
  const document = container.ownerDocument;
  const id = options.id ?? `sinergi-map-${++mapCount}`;
  const { regions, domains } = options;
  let labels = options.labels;
  let formatters = options.formatters;
  const layout = fitRegions(regions, options.width);
  const legendPlaces = legendLayout(layout.width, layout.maxRadius);
  const linkPaths = createLinkPaths(layout.x, layout.y);
  const totalHeight = layout.height + legendPlaces.height;

  const wrapper = document.createElement("div");
  wrapper.className = "region-map";
  wrapper.style.position = "relative";
  container.append(wrapper);

  const svgElement = document.createElementNS(SVG_NS, "svg");
  wrapper.append(svgElement);
  const svg = select(svgElement)
    .attr("xmlns", SVG_NS)
    .attr("class", "region-map-svg")
    .attr("viewBox", `0 0 ${layout.width} ${totalHeight}`)
    .attr("width", "100%")
    .attr("style", "display: block; height: auto; max-width: 100%;")
    .attr("tabindex", 0)
    // "application": the arrow keys move between regions instead of being taken by the screen reader.
    .attr("role", "application")
    .attr("aria-labelledby", `${id}-title`)
    .attr("aria-describedby", `${id}-desc`)
    .attr("font-family", CHART_FONT)
    .attr("fill", INK);
  const title = svg.append("title").attr("id", `${id}-title`);
  const desc = svg.append("desc").attr("id", `${id}-desc`);
  svg
    .append("rect")
    .attr("class", "background")
    .attr("width", layout.width)
    .attr("height", totalHeight)
    .attr("fill", "#ffffff");

  const outlineLayer = svg.append("g").attr("class", "outline");
  if (options.outline && outlineCovers(options.outline, regions))
    drawOutline(outlineLayer, options.outline, layout);

  const linkLayer = svg
    .append("g")
    .attr("class", "links")
    .attr("fill", "none")
    .attr("stroke-width", regions.length > 100 ? 0.6 : 1.25)
    .attr("stroke-opacity", 0.55)
    .attr("pointer-events", "none");
  const focusLinkLayer = svg
    .append("g")
    .attr("class", "links-focus")
    .attr("fill", "none")
    .attr("stroke-width", 2)
    .attr("stroke-opacity", 0.95)
    .attr("pointer-events", "none");
  for (const layer of [linkLayer, focusLinkLayer]) {
    layer
      .selectAll("path")
      .data(domains)
      .join("path")
      .attr("data-domain", (name) => name)
      .attr("stroke", (name, k) => domainColour(name, k))
      .attr("d", "");
  }

  const regionLayer = svg
    .append("g")
    .attr("class", "regions")
    .attr("stroke", INK)
    .attr("stroke-width", 0.5)
    .attr("stroke-opacity", 0.8)
    .attr("fill-opacity", 0.88);
  const markLayer = svg
    .append("g")
    .attr("class", "marks")
    .attr("fill", "none")
    .attr("pointer-events", "none");
  const selectedRing = ring(markLayer, "selected-ring", 3.5);
  const highlightRing = ring(markLayer, "highlight-ring", 2);
  const legendLayer: LegendGroup = svg
    .append("g")
    .attr("class", "legend")
    .attr("transform", `translate(0,${layout.height})`);

  const tooltip = createRegionTooltip(wrapper);
  const live = createLiveRegion(wrapper);

  let frame: RegionFrame | null = null;
  let view: RegionMapView | null = null;
  let radius = new Float64Array(regions.length);
  const circleNodes: Array<SVGCircleElement | undefined> = [];
  /** What the circles show (or are moving to), so that an update touches only the ones that change. */
  const drawnRadius = new Float64Array(regions.length).fill(NaN);
  const drawnFill: string[] = [];
  let drawnOrder: number[] = [];
  let currentNode: SVGCircleElement | undefined;
  let selected: number | null = null;
  let highlighted: number | null = null;
  let legendKey = "";

  applyLabels();

  function applyLabels(): void {
    svg.attr("lang", labels.lang ?? null);
    title.text(labels.title);
    desc.text(labels.description);
    legendKey = "";
  }

  function update(next: RegionFrame, nextView: RegionMapView): void {
    const first = frame === null;
    frame = next;
    view = nextView;
    selected = validIndex(nextView.selected);

    const sizeRange = nextView.sizeDomain ?? sizeDomain([next], nextView.sizeBy);
    const size = scaleSqrt().domain(sizeRange).range([0, layout.maxRadius]).clamp(true);
    const colourRange = nextView.colourDomain ?? colourDomain([next], nextView.colourBy);
    const colourScale = regionColourScale(nextView.colourBy, colourRange);
    const sizeValues = next[nextView.sizeBy];
    const colourValues = next[nextView.colourBy];
    const r = new Float64Array(regions.length);
    const fill: string[] = new Array<string>(regions.length);
    for (let i = 0; i < regions.length; i++) {
      r[i] = Math.max(MIN_RADIUS, size(sizeValues[i] ?? 0));
      fill[i] = colourScale.colour(colourValues[i] ?? NaN);
    }
    radius = r;
    // Larger circles first, so smaller ones are drawn on top and stay reachable by the pointer.
    const order = Array.from(regions.keys()).sort((a, b) => r[b]! - r[a]! || a - b);
    const reordered = order.some((i, k) => drawnOrder[k] !== i);
    drawnOrder = order;

    const circles = regionLayer
      .selectAll<SVGCircleElement, number>("circle")
      .data(order, (i) => String(i))
      .join((enter) =>
        enter
          .append("circle")
          .attr("data-index", (i) => i)
          .attr("cx", (i) => round(layout.x[i]!))
          .attr("cy", (i) => round(layout.y[i]!)),
      );
    if (reordered) circles.order();
    if (first)
      circles.each(function (i) {
        circleNodes[i] = this;
      });
    // Only circles whose size or colour changes are touched: setting an attribute is the costly part.
    const changed = circles.filter((i) => drawnRadius[i] !== round(r[i]!) || drawnFill[i] !== fill[i]);
    const duration = first ? 0 : transitionMs();
    if (duration > 0) {
      changed
        .transition("year")
        .duration(duration)
        .attr("r", (i) => round(r[i]!))
        .attr("fill", (i) => fill[i]!);
    } else {
      changed
        .interrupt("year")
        .attr("r", (i) => round(r[i]!))
        .attr("fill", (i) => fill[i]!);
    }
    for (let i = 0; i < regions.length; i++) {
      drawnRadius[i] = round(r[i]!);
      drawnFill[i] = fill[i]!;
    }

    const paths = nextView.showLinks
      ? linkPaths(next, { domains: domains.length, domainsShown: nextView.domainsShown })
      : domains.map(() => "");
    setPaths(linkLayer, paths);

    drawFocus();
    drawLegendIfChanged(colourRange, sizeRange, size, colourScale, next);
    if (tooltip.visible && highlighted !== null) showTooltip(highlighted);
  }

  function transitionMs(): number {
    const reduce = document.defaultView?.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
    return reduce || regions.length > MAX_ANIMATED_REGIONS
      ? 0
      : (options.transitionMs ?? DEFAULT_TRANSITION_MS);
  }

  /** The pinned region, or else the highlighted one: its agreements stand out, the others dim. */
  function drawFocus(): void {
    const focus = selected ?? highlighted;
    const paths =
      frame && view?.showLinks && focus !== null
        ? linkPaths(frame, {
            domains: domains.length,
            domainsShown: view.domainsShown,
            onlyRegion: focus,
          })
        : domains.map(() => "");
    setPaths(focusLinkLayer, paths);
    linkLayer.attr("opacity", focus === null ? 1 : 0.2);
    placeRing(selectedRing, selected, 4);
    placeRing(highlightRing, highlighted !== selected ? highlighted : null, 3);
    const current = selected === null ? undefined : circleNodes[selected];
    if (current !== currentNode) {
      currentNode?.removeAttribute("aria-current");
      current?.setAttribute("aria-current", "true");
      currentNode = current;
    }
  }

  function placeRing(element: GroupSelection, index: number | null, gap: number): void {
    if (index === null) {
      element.attr("display", "none");
      return;
    }
    element
      .attr("display", null)
      .selectAll("circle")
      .attr("cx", round(layout.x[index]!))
      .attr("cy", round(layout.y[index]!))
      .attr("r", round((radius[index] ?? MIN_RADIUS) + gap));
  }

  function drawLegendIfChanged(
    colourRange: readonly number[],
    sizeRange: readonly [number, number],
    size: (value: number) => number,
    colourScale: ReturnType<typeof regionColourScale>,
    current: RegionFrame,
  ): void {
    if (!view) return;
    const noData = view.colourBy !== "klassen" && hasMissing(current[view.colourBy]);
    const shown = domains.filter((_, k) => view?.domainsShown?.[k] !== false);
    const key = JSON.stringify([
      view.sizeBy,
      view.colourBy,
      colourRange,
      sizeRange,
      noData,
      view.showLinks,
      shown,
    ]);
    if (key === legendKey) return;
    legendKey = key;
    const colourBy = view.colourBy;
    drawMapLegend(
      legendLayer,
      legendPlaces,
      {
        title: labels.sizeBy[view.sizeBy],
        max: sizeRange[1],
        radius: size,
        maxRadius: layout.maxRadius,
        format: formatters[view.sizeBy],
      },
      {
        title: labels.colourBy[colourBy],
        legend: colourScale.legend,
        format: colourBy === "klassen" ? String : formatters[colourBy],
        categoryLabels: labels.klassen,
        noData: noData ? labels.noData : null,
        gradientId: `${id}-ramp`,
      },
      view.showLinks
        ? {
            title: labels.links,
            domains: domains.flatMap((name, k) =>
              view?.domainsShown?.[k] === false
                ? []
                : [{ name: labels.domains[k] ?? name, colour: domainColour(name, k) }],
            ),
          }
        : null,
    );
  }

  function validIndex(index: number | null | undefined): number | null {
    return index !== null &&
      index !== undefined &&
      Number.isInteger(index) &&
      index >= 0 &&
      index < regions.length
      ? index
      : null;
  }

  function describeText(index: number): string {
    const rows = options.describe(index);
    const name = regions[index]?.name ?? "";
    return [name, ...rows.map(([label, value]) => `${label}: ${value}`)].join(". ");
  }

  function showTooltip(index: number): void {
    const anchor = circleNodes[index];
    if (!anchor || !frame) return;
    tooltip.show(regions[index]?.name ?? "", options.describe(index), anchor);
  }

  function highlight(index: number | null, announce: boolean): void {
    const changed = index !== highlighted;
    highlighted = index;
    if (index === null) tooltip.hide();
    else showTooltip(index);
    drawFocus();
    if (announce && index !== null && frame) live.textContent = describeText(index);
    if (changed) options.onHover?.(index);
  }

  function select_(index: number | null): void {
    selected = index;
    drawFocus();
    const name = index === null ? null : (regions[index]?.name ?? "");
    live.textContent = name === null ? labels.unpinned : `${labels.pinned}: ${name}`;
    options.onSelect?.(index);
  }

  function indexOfTarget(target: EventTarget | null): number | null {
    if (!(target instanceof Element) || target.localName !== "circle") return null;
    const raw = target.getAttribute("data-index");
    return raw === null ? null : validIndex(Number(raw));
  }

  regionLayer
    .on("mouseover", (event: MouseEvent) => {
      const index = indexOfTarget(event.target);
      if (index !== null && frame) highlight(index, false);
    })
    .on("mouseleave", () => highlight(null, false))
    .on("click", (event: MouseEvent) => {
      const index = indexOfTarget(event.target);
      if (index !== null) select_(selected === index ? null : index);
    });

  svg
    .on("keydown", (event: KeyboardEvent) => {
      if (!frame || regions.length === 0) return;
      const direction = directionOfKey(event.key);
      if (direction) {
        event.preventDefault();
        const from = highlighted ?? selected;
        highlight(from === null ? 0 : nearestInDirection(layout.x, layout.y, from, direction), true);
      } else if (event.key === "Home" || event.key === "End") {
        event.preventDefault();
        highlight(event.key === "Home" ? 0 : regions.length - 1, true);
      } else if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        const index = highlighted ?? selected;
        if (index !== null) select_(index);
      } else if (event.key === "Escape") {
        // First unpin; with nothing pinned, put the highlight and its tooltip away.
        if (selected !== null) select_(null);
        else if (highlighted !== null) highlight(null, false);
        else return;
        event.preventDefault();
      }
    })
    .on("blur", () => {
      if (highlighted !== null) highlight(null, false);
    });

  return {
    svg: svgElement,
    update,
    setLabels(nextLabels, nextFormatters) {
      labels = nextLabels;
      if (nextFormatters) formatters = nextFormatters;
      applyLabels();
      if (frame && view) update(frame, view);
    },
    get highlighted() {
      return highlighted;
    },
    destroy() {
      regionLayer.selectAll("circle").each(function () {
        interrupt(this as SVGCircleElement, "year");
      });
      regionLayer.on("mouseover", null).on("mouseleave", null).on("click", null);
      svg.on("keydown", null).on("blur", null);
      wrapper.remove();
      frame = null;
      view = null;
      circleNodes.length = 0;
      currentNode = undefined;
    },
  };
}

function drawOutline(layer: GroupSelection, outline: OutlineCollection, layout: MapLayout): void {
  // Clipped to the map area, so the page and an exported file carry only the coastline in view.
  layout.projection.clipExtent([
    [0, 0],
    [layout.width, layout.height],
  ]);
  const path = geoPath(layout.projection);
  const home = (feature: OutlineCollection["features"][number]): boolean => feature.properties?.home === true;
  // Neighbours first, the home country over them and stronger.
  const drawn = outline.features
    .map((feature) => ({ home: home(feature), d: path(feature) ?? "" }))
    .filter((country) => country.d !== "")
    .sort((a, b) => Number(a.home) - Number(b.home));
  layer
    .attr("pointer-events", "none")
    .selectAll("path")
    .data(drawn)
    .join("path")
    .attr("class", (country) => (country.home ? "country home" : "country"))
    .attr("d", (country) => country.d)
    .attr("fill", (country) => (country.home ? "#e8e4da" : "#f4f4f2"))
    .attr("stroke", (country) => (country.home ? "#7a7a7a" : "#c4c4c4"))
    .attr("stroke-width", (country) => (country.home ? 0.8 : 0.5));
}

/** Sets each domain's path data, skipping paths whose data is unchanged (Chromium re-parses any set). */
function setPaths(layer: GroupSelection, paths: readonly string[]): void {
  layer.selectAll<SVGPathElement, string>("path").each(function (_, k) {
    const d = paths[k] ?? "";
    if (this.getAttribute("d") !== d) this.setAttribute("d", d);
  });
}

/** A ring drawn over the circles: a white halo under a dark line, visible on any fill. */
function ring(layer: GroupSelection, className: string, width: number): GroupSelection {
  const group = layer.append("g").attr("class", className).attr("display", "none");
  group
    .append("circle")
    .attr("stroke", "#ffffff")
    .attr("stroke-width", width + 2);
  group.append("circle").attr("stroke", "#000000").attr("stroke-width", width);
  return group;
}

function hasMissing(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i]!)) return true;
  return false;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
