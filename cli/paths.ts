import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/**
 * The folder of the installed package (the one holding package.json and configs/), found from this
 * file's location, so built-in worlds are found from any working directory, from the compiled
 * dist/cli/ as from cli/ under tsx, and after `npm install -g`.
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === "sinergi") {
          root = dir;
          return dir;
        }
      } catch {
        // not ours; keep looking
      }
    }
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`cannot find the sinergi package root above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as {
    version?: string;
  };
  return manifest.version ?? "0.0.0";
}

export function builtinWorldsDir(): string {
  return join(packageRoot(), "configs", "worlds");
}

/** Names of the built-in worlds (configs/worlds/NAME.csv). */
export function builtinWorldNames(): string[] {
  try {
    return readdirSync(builtinWorldsDir())
      .filter((f) => f.endsWith(".csv"))
      .map((f) => f.slice(0, -4))
      .sort();
  } catch {
    return [];
  }
}

/** A path as the user would like to read it: relative to the working directory when that is shorter. */
export function displayPath(path: string): string {
  const absolute = resolve(path);
  const rel = relative(process.cwd(), absolute);
  return rel !== "" && !isAbsolute(rel) && rel.length < absolute.length ? rel : absolute;
}
