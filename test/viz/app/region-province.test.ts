// @vitest-environment jsdom
// A region of a world with provinces and estimate notes (the regency world) shows its province in the
// tooltip's figures and in its details, and says which of its figures are estimates.
import { afterEach, describe, expect, it } from "vitest";
import { setLang } from "../../../viz/src/i18n/i18n.js";
import { createRegionDetails } from "../../../viz/src/panels/region-details.js";
import { regionFigures } from "../../../viz/src/panels/region-figures.js";
import type { RunData } from "../../../viz/src/run/run-data.js";
import { dashboardRun } from "../support/dashboard-run.js";

const NOTE = "grdp: per capita x registered population <b>";
const CSV = [
  "id,name,group,province,lat,lon,population,grdp,share_agriculture,share_mining,share_manufacturing,share_trade,share_accommodation,estimated",
  "6201,Kab. Kotawaringin Barat,Kalimantan,Kalimantan Tengah,-2.57,111.77,272589,23647.368,0.2,0.16,0.15,0.12,0.02," +
    `"${NOTE}"`,
  "6171,Kota Palangka Raya,Kalimantan,Kalimantan Tengah,-2.2,113.9,293457,17000,0.2,0.16,0.15,0.12,0.02,",
  "1101,Kab. Simeulue,Sumatera,Aceh,2.61,96.09,94073,2460.29141,0.3,0.09,0.05,0.14,0.017,",
].join("\n");

const run = (text: string): RunData => dashboardRun({ kind: "csv", name: "w.csv", text }, { years: 1 }, 1);

afterEach(() => setLang("id"));

describe("a region with a province and estimated figures", () => {
  const data = run(CSV);

  it("lists the province, and marks estimated figures, among its figures", () => {
    setLang("en");
    const rows = (index: number) => new Map(regionFigures(data, data.frames[0]!, index));
    expect(rows(0).get("Province")).toBe("Kalimantan Tengah");
    expect(rows(0).get("Figures")).toBe("estimated");
    expect(rows(1).get("Province")).toBe("Kalimantan Tengah");
    expect(rows(1).has("Figures")).toBe(false);
    setLang("id");
    expect(new Map(regionFigures(data, data.frames[0]!, 2)).get("Provinsi")).toBe("Aceh");
  });

  it("gives the file's note in the pinned region's details, as text", () => {
    setLang("id");
    const details = createRegionDetails(() => {});
    document.body.replaceChildren(details.element);
    details.show(data, 1, 0);
    const note = document.querySelector('[data-testid="region-estimated"]');
    expect(note?.textContent).toBe(`Angka perkiraan (bukan angka terbitan BPS): ${NOTE}`);
    expect(document.querySelector("b")).toBeNull();
    details.show(data, 1, 1);
    expect(document.querySelector('[data-testid="region-estimated"]')).toBeNull();
  });

  it("has neither in a world without those columns", () => {
    const plain = run(CSV.replace(",province,", ",note,").replace(/,estimated$/m, ",source"));
    expect(plain.regions.every((r) => r.province === undefined && r.estimated === undefined)).toBe(true);
    const labels = regionFigures(plain, plain.frames[0]!, 0).map(([label]) => label);
    expect(labels).not.toContain("Provinsi");
    expect(labels).not.toContain("Status angka");
  });
});
