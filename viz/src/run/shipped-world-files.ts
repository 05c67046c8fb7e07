// The larger shipped worlds (the 514 regencies, the 2010 provinces) are not in the page's main bundle:
// each world file is its own chunk, fetched the first time a run needs it (the offline single-file
// build inlines them all). The page fetches the text and sends it with the run, so the worker, whose
// classic-script bundle cannot split chunks, does not carry these files either.
import { DEFAULT_WORLD, type BuiltinWorldName } from "./builtin-worlds.js";
import type { WorldSource } from "./protocol.js";

/** File loaders by world name; the default world is bundled (world-source.ts), so it is left out here. */
const loaders: ReadonlyMap<string, () => Promise<string>> = new Map(
  Object.entries(
    import.meta.glob<string>(
      ["../../../configs/worlds/*.csv", "!../../../configs/worlds/indonesia-2022.csv"],
      {
        query: "?raw",
        import: "default",
      },
    ),
  ).map(([path, load]) => [path.replace(/^.*\//, "").replace(/\.csv$/, ""), load]),
);

const loaded = new Map<string, Promise<string>>();

/** Whether this build has the world's file (a world added to configs/worlds later is in the next build). */
export function hasBuiltinWorld(name: BuiltinWorldName): boolean {
  return name === DEFAULT_WORLD || loaders.has(name);
}

/** Whether the source is a shipped world whose text the page must still add before the worker can run it. */
export function needsWorldText(source: WorldSource): boolean {
  return source.kind === "builtin" && source.name !== DEFAULT_WORLD && source.text === undefined;
}

/**
 * The source as the worker needs it: a built-in world loaded on demand gets its file's text. Returns
 * the source itself when nothing needs loading, so that the common case stays synchronous.
 */
export function withWorldText(source: WorldSource): WorldSource | Promise<WorldSource> {
  if (source.kind !== "builtin" || !needsWorldText(source)) return source;
  const { name } = source;
  const load = loaders.get(name);
  if (!load) return Promise.reject(new Error(`the world "${name}" is not in this build of the dashboard`));
  let text = loaded.get(name);
  if (!text) {
    text = load();
    loaded.set(name, text);
    // A failed fetch (a dropped connection) may succeed next time.
    text.catch(() => loaded.delete(name));
  }
  return text.then((t) => ({ kind: "builtin", name, text: t }));
}
