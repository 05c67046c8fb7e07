// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import { lineChart } from "../../../viz/src/charts/line-chart.js";
import { svgSize, svgToString } from "../../../viz/src/export/svg-string.js";

const HOSTILE = "<img src=x onerror=alert(1)> & \"quotes\" 'too'";

describe("svgToString", () => {
  const svg = lineChart(
    [
      {
        key: "k",
        label: HOSTILE,
        points: [
          { x: 2022, y: 1 },
          { x: 2023, y: 2 },
        ],
      },
    ],
    { title: "Indeks & Williamson", description: "a < b", width: 500, height: 250, lang: "id" },
  );

  test("is a standalone SVG file: XML declaration, namespace, fixed size", () => {
    const text = svgToString(svg);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(root.getAttribute("width")).toBe("500");
    expect(root.getAttribute("height")).toBe("250");
    expect(root.getAttribute("viewBox")).toBe("0 0 500 250");
    expect(root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).toBe("id");
  });

  test("keeps the text, escaped, and the accessible name", () => {
    const doc = new DOMParser().parseFromString(svgToString(svg), "image/svg+xml");
    expect(doc.getElementsByTagName("img")).toHaveLength(0);
    expect(doc.querySelector("title")?.textContent).toBe("Indeks & Williamson");
    expect(doc.querySelector("desc")?.textContent).toBe("a < b");
    expect([...doc.querySelectorAll(".legend-item text")].map((t) => t.textContent)).toEqual([HOSTILE]);
    expect(doc.querySelectorAll("path.series-line")).toHaveLength(1);
  });

  test("leaves the chart on the page as it was", () => {
    const before = svg.outerHTML;
    svgToString(svg);
    expect(svg.outerHTML).toBe(before);
    expect(svg.getAttribute("width")).toBe("100%");
  });

  test("svgSize reads the viewBox", () => {
    expect(svgSize(svg)).toEqual({ width: 500, height: 250 });
  });
});
