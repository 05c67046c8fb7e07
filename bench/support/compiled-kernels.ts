// Compiled versions of a benchmark's kernels, for bench/wasm-kernels.ts: WebAssembly modules built from
// the AssemblyScript of bench/wasm/, and C programs of bench/native/ built with the machine's compiler.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** A module compiled from bench/wasm/NAME.ts as the fastest build AssemblyScript makes (-O3, no runtime checks). */
export async function compileWasm(name: string): Promise<WebAssembly.Exports> {
  const source = fileURLToPath(new URL(`../wasm/${name}.ts`, import.meta.url));
  let binary: Uint8Array<ArrayBuffer> | undefined;
  // Loaded when first needed: the compiler (with Binaryen) takes seconds to load, which a script's
  // --help or a mistyped option should not wait for.
  const { default: asc } = await import("assemblyscript/asc");
  const result = await asc.main(
    [source, "-O3", "--runtime", "stub", "--noAssert", "--outFile", `${name}.wasm`],
    {
      readFile: (file, baseDir) => {
        try {
          return readFileSync(file.startsWith("/") ? file : `${baseDir}/${file}`, "utf8");
        } catch {
          return null;
        }
      },
      writeFile: (file, contents) => {
        if (file.endsWith(".wasm")) binary = new Uint8Array(contents as Uint8Array);
      },
      listFiles: () => [],
    },
  );
  if (result.error || !binary) throw new Error(`bench/wasm/${name}.ts: ${result.stderr.toString()}`);
  const module = await WebAssembly.instantiate(binary, {
    env: {
      abort: () => {
        throw new Error(`bench/wasm/${name}.ts aborted`);
      },
    },
  });
  return module.instance.exports;
}

/** Typed views of a module's memory, allocated with its `alloc` (8-byte aligned), made once it stops growing. */
export class WasmArrays {
  private readonly pending: Array<() => void> = [];
  constructor(private readonly exports: WebAssembly.Exports) {}
  private alloc(bytes: number): number {
    const address = (this.exports.alloc as (bytes: number) => number)(bytes + 8);
    return (address + 7) & ~7;
  }
  f64(values: ArrayLike<number>): { address: number; view: () => Float64Array } {
    const address = this.alloc(8 * values.length);
    let view: Float64Array | undefined;
    this.pending.push(() => (view = new Float64Array(this.buffer, address, values.length)).set(values));
    return { address, view: () => view! };
  }
  i32(values: ArrayLike<number>): { address: number; view: () => Int32Array } {
    const address = this.alloc(4 * values.length);
    let view: Int32Array | undefined;
    this.pending.push(() => (view = new Int32Array(this.buffer, address, values.length)).set(values));
    return { address, view: () => view! };
  }
  /** Fills every array allocated so far; their views are valid until the next allocation. */
  fill(): void {
    for (const fill of this.pending.splice(0)) fill();
  }
  private get buffer(): ArrayBuffer {
    return (this.exports.memory as WebAssembly.Memory).buffer;
  }
}

/**
 * Builds bench/native/NAME.c with the machine's `cc` and runs it on `input` (the program checks its
 * results against JavaScript's, which the input carries, then times passes): its median ms a pass, or,
 * when it cannot be built (no C compiler), why not.
 */
export function runNative(name: string, input: ArrayBufferView[]): number | { missing: string } {
  const directory = mkdtempSync(join(tmpdir(), "sinergi-native-"));
  try {
    const program = join(directory, name);
    const source = fileURLToPath(new URL(`../native/${name}.c`, import.meta.url));
    const built = spawnSync(
      "cc",
      ["-O3", "-march=native", "-ffp-contract=off", "-o", program, source, "-lm"],
      {
        encoding: "utf8",
      },
    );
    if (built.error || built.status !== 0)
      return {
        missing: `cc did not build bench/native/${name}.c (${built.error?.message ?? built.stderr.trim()})`,
      };
    const bytes = Buffer.concat(
      input.map((part) => Buffer.from(part.buffer, part.byteOffset, part.byteLength)),
    );
    const ran = spawnSync(program, [], { input: bytes, encoding: "utf8" });
    if (ran.status !== 0)
      throw new Error(`bench/native/${name}.c: ${ran.stderr.trim() || `exit ${ran.status}`}`);
    return Number(ran.stdout.trim().split(" ")[0]) / 1e6;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
