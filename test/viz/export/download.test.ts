// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from "vitest";
import { downloadBlob, downloadText, REVOKE_AFTER_MS } from "../../../viz/src/export/download.js";

/** jsdom's Blob has no text(); its FileReader reads one. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe("downloadBlob / downloadText", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test("clicks a temporary link to an object URL with the file name, removes it, and revokes the URL later", async () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    const revoked: string[] = [];
    // jsdom has no object URLs: stand in for the browser's.
    vi.stubGlobal("URL", {
      createObjectURL: (blob: Blob) => (created.push(blob), `blob:test/${created.length}`),
      revokeObjectURL: (url: string) => revoked.push(url),
    });
    const clicks: { href: string; download: string; attached: boolean }[] = [];
    document.addEventListener("click", (event) => {
      const link = event.target as HTMLAnchorElement;
      clicks.push({ href: link.getAttribute("href")!, download: link.download, attached: link.isConnected });
      event.preventDefault(); // jsdom would otherwise try to navigate
    });

    downloadText("run.csv", "a,b\n1,2\n", "text/csv");
    expect(clicks).toEqual([{ href: "blob:test/1", download: "run.csv", attached: true }]);
    expect(document.querySelectorAll("a")).toHaveLength(0);
    expect(created[0]!.type).toBe("text/csv;charset=utf-8");
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoked).toEqual(["blob:test/1"]);

    downloadBlob("chart.png", new Blob([new Uint8Array([137, 80])], { type: "image/png" }));
    expect(clicks[1]).toEqual({ href: "blob:test/2", download: "chart.png", attached: true });
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoked).toEqual(["blob:test/1", "blob:test/2"]);
    vi.useRealTimers(); // jsdom's FileReader runs on timers
    expect(await blobText(created[0]!)).toBe("a,b\n1,2\n");
  });
});
