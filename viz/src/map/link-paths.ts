// The year's agreements as path data, one string per domain: a path element per domain, not per
// agreement, keeps a 514-region world with thousands of agreements cheap to redraw every year.
// Each agreement is a gentle arc whose bend grows with the domain's index, so that two regions
// cooperating in several domains show several distinct arcs rather than one line drawn over itself.
import type { RegionFrame } from "../run/run-data.js";

/** Bend of the arc (control point offset over chord length) for domain 0, and the step per domain. */
const BEND = 0.08;
const BEND_STEP = 0.05;

export interface LinkPathOptions {
  /** Number of domains: the result has exactly this many strings. */
  domains: number;
  /** Domains the user has hidden are left empty. */
  domainsShown?: readonly boolean[] | undefined;
  /** Only the agreements this region is party to (the highlighted layer). */
  onlyRegion?: number | null | undefined;
}

type Links = Pick<RegionFrame, "linkA" | "linkB" | "linkDomain">;

export type LinkPaths = (frame: Links, options: LinkPathOptions) => string[];

/** Agreements are remembered up to this many distinct ones; beyond, the memory starts afresh. */
const MAX_REMEMBERED = 200_000;

/**
 * A builder of link paths for regions drawn at (x[i], y[i]). An agreement's arc never changes (the
 * regions do not move), and most agreements last for years, so each arc's text is made once and
 * remembered: a year's paths are then mostly lookups and one join per domain.
 */
export function createLinkPaths(x: Float64Array, y: Float64Array): LinkPaths {
  const n = x.length;
  const remembered = new Map<number, string>();
  const arc = (a: number, b: number, domain: number): string => {
    const key = (domain * n + a) * n + b;
    let text = remembered.get(key);
    if (text === undefined) {
      text = arcPath(x[a]!, y[a]!, x[b]!, y[b]!, domain);
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      remembered.set(key, text);
    }
    return text;
  };
  return (frame, options) => {
    const parts: string[][] = Array.from({ length: options.domains }, () => []);
    const only = options.onlyRegion ?? null;
    for (let k = 0; k < frame.linkA.length; k++) {
      const a = frame.linkA[k]!;
      const b = frame.linkB[k]!;
      const domain = frame.linkDomain[k]!;
      if (only !== null && a !== only && b !== only) continue;
      if (options.domainsShown && options.domainsShown[domain] === false) continue;
      const target = parts[domain];
      if (target === undefined || a < 0 || b < 0 || a >= n || b >= n) continue;
      target.push(arc(a, b, domain));
    }
    return parts.map((segments) => segments.join(""));
  };
}

function arcPath(x1: number, y1: number, x2: number, y2: number, domain: number): string {
  // Control point: off the chord's midpoint, perpendicular to it (dx, dy rotated by 90°).
  const bend = BEND + BEND_STEP * domain;
  const cx = (x1 + x2) / 2 - (y2 - y1) * bend;
  const cy = (y1 + y2) / 2 + (x2 - x1) * bend;
  return `M${r(x1)},${r(y1)}Q${r(cx)},${r(cy)} ${r(x2)},${r(y2)}`;
}

/** A tenth of a viewBox unit is finer than any screen shows, and keeps the strings short. */
function r(value: number): number {
  return Math.round(value * 10) / 10;
}
