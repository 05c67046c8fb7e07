import { FONT_SIZE, type GroupSelection, type SvgSelection } from "./chart-frame.js";
import { textWidth } from "./text-width.js";

/** One entry of a legend: its text and a small sample of the mark it names. */
export interface LegendItem {
  label: string;
  colour: string;
  /** line: a stroke (dashed if `dash`); band: a translucent box; area: a box filled with `fill`; symbol: `symbol`. */
  mark: "line" | "band" | "area" | "symbol";
  dash?: string;
  /** Fill of an area sample, e.g. `url(#pattern)`; defaults to the colour. */
  fill?: string;
  /** Path data of a symbol centred on the origin (d3.symbol). */
  symbol?: string;
}

const SAMPLE = 24;
const GAP = 6;
const ITEM_GAP = 16;
const ROW = FONT_SIZE + 8;

/** Where each entry goes (rows that wrap within `maxWidth`) and the legend's height; no DOM needed. */
export function legendLayout(
  items: readonly LegendItem[],
  maxWidth: number,
): { positions: [number, number][]; height: number } {
  if (items.length === 0) return { positions: [], height: 0 };
  const positions: [number, number][] = [];
  let column = 0;
  let row = 0;
  for (const item of items) {
    const itemWidth = SAMPLE + GAP + textWidth(item.label, FONT_SIZE);
    if (column > 0 && column + itemWidth > maxWidth) {
      column = 0;
      row += 1;
    }
    positions.push([Math.round(column * 100) / 100, row * ROW]);
    column += itemWidth + ITEM_GAP;
  }
  return { positions, height: (row + 1) * ROW };
}

/**
 * Draws the legend at (x, y) and returns its height. It is part of the SVG (not HTML beside it), so an
 * exported chart carries its own key.
 */
export function drawLegend(
  parent: SvgSelection,
  items: readonly LegendItem[],
  x: number,
  y: number,
  maxWidth: number,
): number {
  const { positions, height } = legendLayout(items, maxWidth);
  if (items.length === 0) return 0;
  const legend = parent.append("g").attr("class", "legend").attr("transform", `translate(${x},${y})`);
  items.forEach((item, i) => {
    const [column, row] = positions[i]!;
    const entry = legend
      .append("g")
      .attr("class", "legend-item")
      .attr("transform", `translate(${column},${row})`);
    drawSample(entry, item);
    entry
      .append("text")
      .attr("x", SAMPLE + GAP)
      .attr("y", ROW / 2)
      .attr("dy", "0.35em")
      .text(item.label);
  });
  return height;
}

function drawSample(entry: GroupSelection, item: LegendItem): void {
  const middle = ROW / 2;
  switch (item.mark) {
    case "line":
      entry
        .append("line")
        .attr("x1", 0)
        .attr("x2", SAMPLE)
        .attr("y1", middle)
        .attr("y2", middle)
        .attr("stroke", item.colour)
        .attr("stroke-width", 2.5)
        .attr("stroke-dasharray", item.dash ?? null);
      break;
    case "band":
      entry
        .append("rect")
        .attr("y", middle - 6)
        .attr("width", SAMPLE)
        .attr("height", 12)
        .attr("fill", item.colour)
        .attr("fill-opacity", 0.2);
      break;
    case "area":
      entry
        .append("rect")
        .attr("y", middle - 6)
        .attr("width", SAMPLE)
        .attr("height", 12)
        .attr("fill", item.fill ?? item.colour)
        .attr("stroke", item.colour);
      break;
    case "symbol":
      entry
        .append("path")
        .attr("transform", `translate(${SAMPLE / 2},${middle})`)
        .attr("d", item.symbol ?? "")
        .attr("fill", item.colour)
        .attr("stroke", "#ffffff")
        .attr("stroke-width", 0.5);
      break;
  }
}
