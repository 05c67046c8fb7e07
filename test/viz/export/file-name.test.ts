import { describe, expect, test } from "vitest";
import { safeFileName } from "../../../viz/src/export/file-name.js";

describe("safeFileName", () => {
  test("keeps plain names, drops accents, and turns everything else into single dashes", () => {
    expect(safeFileName("baseline")).toBe("baseline");
    expect(safeFileName("Sulawesi Selatan – dana insentif")).toBe("Sulawesi-Selatan-dana-insentif");
    expect(safeFileName("Café Bogor_v2.1")).toBe("Cafe-Bogor_v2.1");
  });

  test("cannot climb out of a folder, hide the file, or name a device", () => {
    expect(safeFileName("../../etc/passwd")).toBe("etc-passwd");
    expect(safeFileName("C:\\Windows\\system32")).toBe("C-Windows-system32");
    expect(safeFileName(".hidden")).toBe("hidden");
    expect(safeFileName("con")).toBe("sinergi-con");
    expect(safeFileName("LPT1.txt")).toBe("sinergi-LPT1.txt");
    expect(safeFileName("<img src=x onerror=alert(1)>")).toBe("img-src-x-onerror-alert-1");
  });

  test("falls back when nothing usable is left, and stays short", () => {
    expect(safeFileName("")).toBe("sinergi");
    expect(safeFileName("///")).toBe("sinergi");
    expect(safeFileName("東京", "skenario")).toBe("skenario");
    const long = safeFileName("a".repeat(79) + " b c d");
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toBe("a".repeat(79));
  });
});
