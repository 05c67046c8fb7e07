// Which world the scenario runs on: a world shipped with Sinergi (Indonesia's 34 provinces in 2022, its
// 514 regencies and cities in 2021, its 33 provinces in 2010), a synthetic world of N regions, or a
// world CSV the user loads. A shipped world goes into the scenario (and so the share link) by name. A loaded file's region names are untrusted text; its
// problems (row, column) come back from the run and show in the alert region.
import type { ScenarioInput } from "../../../sim/index.js";
import type { AppState, AppStore } from "../app/app-store.js";
import { el, uniqueId } from "../app/dom.js";
import { liveText, onRelabel } from "../app/live-text.js";
import { uiText, type UiKey } from "../i18n/messages/ui.js";
import {
  BUILTIN_WORLDS,
  DEFAULT_WORLD,
  isBuiltinWorldName,
  type BuiltinWorldName,
} from "../run/builtin-worlds.js";
import { hasBuiltinWorld } from "../run/shipped-world-files.js";
import type { StatusPanel } from "./status-panel.js";

/** The choice in the select: a shipped world by name, or one of the other kinds. */
type WorldKind = BuiltinWorldName | "synthetic" | "csv";

const SYNTHETIC_DEFAULTS = { regions: 100, groups: 6, seed: 1 };

export interface WorldPanel {
  element: HTMLElement;
  update(state: AppState): void;
}

function kindOf(world: ScenarioInput["world"]): WorldKind {
  if (world === undefined) return DEFAULT_WORLD;
  if (typeof world === "string") return isBuiltinWorldName(world) ? world : "csv";
  return "synthetic";
}

export function createWorldPanel(store: AppStore, status: StatusPanel): WorldPanel {
  const kindId = uniqueId("world-kind");
  const kind = el("select", { attrs: { id: kindId, "data-testid": "world-kind" } });
  const kinds: [WorldKind, UiKey][] = [
    ...BUILTIN_WORLDS.filter((world) => hasBuiltinWorld(world.name)).map((world): [WorldKind, UiKey] => [
      world.name,
      world.label,
    ]),
    ["synthetic", "world_synthetic"],
    ["csv", "world_csv"],
  ];
  for (const [value, key] of kinds)
    kind.append(liveText(el("option", { attrs: { value } }), () => uiText(key)));

  const number = (labelKey: UiKey, min: number, max: number, testId: string) => {
    const id = uniqueId("synthetic");
    const input = el("input", {
      attrs: { id, type: "number", min, max, step: 1, inputmode: "numeric", "data-testid": testId },
      on: { change: () => applySynthetic() },
    });
    return {
      input,
      element: el("div", { class: "field" }, [
        liveText(el("label", { attrs: { for: id } }), () => uiText(labelKey)),
        input,
      ]),
    };
  };
  const regions = number("world_regions", 2, 2000, "world-regions");
  const groups = number("world_groups", 1, 50, "world-groups");
  const worldSeed = number("world_seed", 0, 1_000_000_000, "world-seed");
  const synthetic = el("div", { class: "field-row" }, [regions.element, groups.element, worldSeed.element]);

  const fileId = uniqueId("world-file");
  const fileInput = el("input", {
    attrs: { id: fileId, type: "file", accept: ".csv,text/csv", "data-testid": "world-file" },
    on: { change: () => void loadFile() },
  });
  const fileNote = el("p", { class: "help", attrs: { "data-testid": "world-file-note" } });
  const csv = el("div", { class: "field" }, [
    liveText(el("label", { attrs: { for: fileId } }), () => uiText("world_file")),
    fileInput,
    fileNote,
  ]);

  function applySynthetic(): void {
    const read = (input: HTMLInputElement, fallback: number, min: number, max: number): number => {
      const value = Math.round(Number(input.value));
      return Number.isFinite(value) && input.value.trim() !== ""
        ? Math.min(max, Math.max(min, value))
        : fallback;
    };
    store.setWorld({
      synthetic: {
        regions: read(regions.input, SYNTHETIC_DEFAULTS.regions, 2, 2000),
        groups: read(groups.input, SYNTHETIC_DEFAULTS.groups, 1, 50),
        seed: read(worldSeed.input, SYNTHETIC_DEFAULTS.seed, 0, 1_000_000_000),
      },
    });
  }

  async function loadFile(): Promise<void> {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (!file) return;
    const text = await file.text();
    awaitingFile = false;
    status.clearError();
    store.setWorld(file.name, { name: file.name, text });
    status.info(() => uiText("status_world_loaded", { file: file.name }));
  }

  kind.addEventListener("change", () => {
    const chosen = kind.value as WorldKind;
    awaitingFile = chosen === "csv";
    if (isBuiltinWorldName(chosen)) store.setWorld(chosen);
    else if (chosen === "synthetic") applySynthetic();
    // A CSV world starts running once its file is loaded.
    show(chosen);
  });

  let awaitingFile = false;

  function show(chosen: WorldKind): void {
    synthetic.hidden = chosen !== "synthetic";
    csv.hidden = chosen !== "csv";
  }

  const element = el("fieldset", { class: "world-panel", attrs: { "data-testid": "world" } }, [
    liveText(el("legend"), () => uiText("world_heading")),
    el("div", { class: "field" }, [
      liveText(el("label", { attrs: { for: kindId } }), () => uiText("world_kind")),
      kind,
    ]),
    synthetic,
    csv,
  ]);

  function update(state: AppState): void {
    const world = state.scenario.world;
    const current = kindOf(world);
    // Choosing "CSV" changes nothing until a file is loaded: the select stays on it meanwhile.
    const shown = awaitingFile && current !== "csv" ? "csv" : current;
    kind.value = shown;
    show(shown);
    const spec = typeof world === "object" ? world.synthetic : SYNTHETIC_DEFAULTS;
    regions.input.value = String(spec.regions);
    groups.input.value = String(spec.groups ?? SYNTHETIC_DEFAULTS.groups);
    worldSeed.input.value = String(spec.seed ?? SYNTHETIC_DEFAULTS.seed);
    if (current === "csv" && typeof world === "string") {
      const loaded = state.uploadedWorld?.name;
      fileNote.textContent = loaded
        ? uiText("world_file_loaded", { file: loaded })
        : uiText("world_file_needed", { file: world });
    } else {
      fileNote.textContent = "";
    }
  }
  onRelabel(element, () => update(store.state));
  return { element, update };
}
