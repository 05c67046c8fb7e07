// @vitest-environment jsdom
// The comparison view end to end, with the worker's own session standing in for the worker: A and B
// run on the same seeds, replicate r of each is exactly `sinergi run` with seed + r, and the page says
// the difference in a sentence, a table and charts, in the reader's language.
import { afterEach, describe, expect, it } from "vitest";
import { parseScenario, runModel, type ScenarioInput } from "../../../sim/index.js";
import { setLang } from "../../../viz/src/i18n/i18n.js";
import { mountComparePanel, type ComparePanel } from "../../../viz/src/panels/compare-panel.js";
import type { CompareClient } from "../../../viz/src/panels/compare-run.js";
import type { FromWorker, WorldSource } from "../../../viz/src/run/protocol.js";
import type { RunHandlers } from "../../../viz/src/run/sim-client.js";
import { createWorkerSession } from "../../../viz/src/run/worker-session.js";
import { PRESETS } from "../../../viz/src/scenario/presets.js";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseWorldCsv } from "../../../sim/index.js";

/** The bundled world, read here by path (jsdom's URL cannot resolve a file: address). */
function indonesia2022() {
  const path = join(dirname(fileURLToPath(import.meta.url)), "../../../configs/worlds/indonesia-2022.csv");
  return parseWorldCsv(readFileSync(path, "utf8"), "indonesia-2022.csv");
}

const WORLD: WorldSource = { kind: "builtin", name: "indonesia-2022" };

/** A client running the worker's session on this thread, one task at a time, as a worker would. */
function sessionClient(): CompareClient {
  let runId = 0;
  let handlers: RunHandlers | undefined;
  const deliver = (message: FromWorker) => {
    if (message.runId !== runId || !handlers) return;
    const h = handlers;
    if (message.type === "start") h.onStart?.(message);
    if (message.type === "year") h.onYear?.(message);
    if (message.type === "done") h.onDone?.(message);
    if (message.type === "error") h.onError?.(message);
  };
  const session = createWorkerSession(deliver, (task) => setTimeout(task, 0));
  return {
    run(request, next) {
      runId += 1;
      handlers = next;
      const id = runId;
      session({ type: "run", runId: id, ...request });
      return {
        runId: id,
        cancel: () => {
          if (runId === id) handlers = undefined;
          session({ type: "cancel", runId: id });
        },
      };
    },
  };
}

let panel: ComparePanel | undefined;
afterEach(() => {
  panel?.destroy();
  panel = undefined;
  document.body.replaceChildren();
  setLang("id", { remember: false });
});

function mount(
  current: ScenarioInput,
  replicates: number,
  initial?: { a?: ScenarioInput; b?: ScenarioInput },
) {
  const root = document.createElement("div");
  document.body.append(root);
  const changes: { a: ScenarioInput; b: ScenarioInput }[] = [];
  panel = mountComparePanel(root, {
    createClient: sessionClient,
    worldSource: () => WORLD,
    currentScenario: () => current,
    replicates: () => replicates,
    ...(initial ? { initial } : {}),
    onChange: (state) => changes.push(state),
  });
  return { panel, root, changes };
}

async function finished(p: ComparePanel): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    if (p.runs.a?.complete && p.runs.b?.complete) {
      await new Promise((resolve) => setTimeout(resolve, 40));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("the comparison did not finish");
}

function byTestId<E extends Element = HTMLElement>(root: ParentNode, id: string): E {
  const found = root.querySelector<E>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

const incentive = PRESETS.find((p) => p.name === "incentive-fund")!;

describe("the comparison view", () => {
  it("runs the current scenario against the incentive fund on the same seeds, each replicate as sinergi run", async () => {
    const current = { years: 3, seed: 5 };
    const { panel, root } = mount(current, 2);
    await finished(panel);
    const { a, b } = panel.runs;
    expect(a!.seeds).toEqual([5, 6]);
    expect(b!.seeds).toEqual([5, 6]);
    const world = indonesia2022();
    expect(a!.years[1]).toEqual(runModel(world, parseScenario({ years: 3, seed: 6 })).years);
    expect(b!.years[0]).toEqual(
      runModel(world, parseScenario({ ...incentive.input, years: 3, seed: 5 })).years,
    );

    expect(byTestId(root, "compare-sentence").textContent).toMatch(
      /^Dana insentif dibanding skenario saat ini: Indeks Williamson [−+]?\d,\d{3} pada tahun ke-3 \(2025\); biaya Rp \d+(,\d+)? (miliar|triliun)\.$/,
    );
    const rows = [...byTestId(root, "compare-table").querySelectorAll("tbody tr")];
    expect(rows.map((row) => row.querySelector("th")!.textContent)).toEqual([
      "Indeks Williamson",
      "Indeks Theil",
      "Koefisien Gini",
      "Rata-rata PDRB per kapita",
      "Laju pertumbuhan ekonomi",
      "Jumlah kesepakatan",
      "Total biaya kebijakan selama simulasi",
    ]);
    // With two replicates, each difference has its 90% range.
    expect(rows[0]!.querySelectorAll("td")[3]!.textContent).toMatch(/ hingga /);
    expect(panel.results!.charts.size).toBe(7);
    // B is drawn dashed over a solid A.
    const williamson = panel.results!.charts.get("williamson")!;
    expect(williamson.querySelectorAll("path[stroke-dasharray]").length).toBeGreaterThan(0);
  });

  it("switches the sentence and table to English with the language", async () => {
    const { panel, root } = mount({ years: 2, seed: 9 }, 1);
    await finished(panel);
    setLang("en", { remember: false });
    expect(byTestId(root, "compare-sentence").textContent).toMatch(
      /^Incentive fund vs the current scenario: Williamson index [−+]?\d\.\d{3} by year 2 \(2024\), cost Rp \d+(\.\d+)? (billion|trillion)\.$/,
    );
    expect(byTestId(root, "compare-table").querySelector("caption")!.textContent).toBe(
      "Values in year 2 (2024)",
    );
  });

  it("gives B the seed and years of A, and tells the address when the user changes B", async () => {
    const { panel, root, changes } = mount({ years: 2, seed: 4 }, 1);
    await finished(panel);
    const select = byTestId<HTMLSelectElement>(root, "compare-b");
    const harmonisation = PRESETS.find((p) => p.name === "harmonisation")!;
    select.value = `preset:${harmonisation.name}`;
    select.dispatchEvent(new Event("change"));
    expect(changes.at(-1)).toEqual({
      a: { years: 2, seed: 4 },
      b: harmonisation.input,
    });
    await finished(panel);
    expect(panel.runs.b!.scenario.policies).toEqual(parseScenario(harmonisation.input).policies);
    expect(panel.runs.b!.seeds).toEqual([4]);
    expect(panel.runs.b!.scenario.years).toBe(2);
  });

  it("refuses to compare a scenario with itself, saying so", () => {
    const { root } = mount({ years: 2 }, 1);
    const select = byTestId<HTMLSelectElement>(root, "compare-b");
    select.value = "current";
    select.dispatchEvent(new Event("change"));
    const problem = byTestId(root, "compare-problem");
    expect(problem.hidden).toBe(false);
    expect(problem.textContent).toBe(
      "A dan B adalah skenario yang sama; pilih skenario lain untuk salah satunya.",
    );
  });

  it("starts from a shared link's A and B, naming a preset it recognises", async () => {
    const linked = { years: 2, seed: 3, ego: { mean: 0.6 } };
    // B as an address may carry A's seed and years: it is still the preset.
    const { panel, root } = mount({ years: 5 }, 1, {
      a: linked,
      b: { ...incentive.input, seed: 3, years: 2 },
    });
    expect(byTestId<HTMLSelectElement>(root, "compare-a").value).toBe("link");
    expect(byTestId<HTMLSelectElement>(root, "compare-b").value).toBe("preset:incentive-fund");
    await finished(panel);
    expect(panel.runs.a!.scenario.ego.mean).toBe(0.6);
    expect(panel.runs.b!.seeds).toEqual([3]);
    expect(panel.runs.b!.scenario.years).toBe(2);
  });
});
