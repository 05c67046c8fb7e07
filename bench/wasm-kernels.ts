// What a WebAssembly core would gain: two kernels of partner search, each run as the model runs it in
// JavaScript and as WebAssembly compiled from AssemblyScript (bench/wasm/), on the same inputs in the
// same memory, checked to give the same bits, and timed alternately. Both are also run as native code
// (bench/native/, built with the machine's `cc` where there is one), for the distance to native on this
// model's own work. Measured, never asserted; results are reported in
// docs/performance.md ("Eighth round").
//
// - bounds: CandidateEvaluator.bounds, the arithmetic of a search's candidates (a square root, two
//   divisions and some thirty other operations a candidate, with reads of the candidate's GRDP and
//   running cost). The searches are captured from real runs (after 20 warm-up years), with the state
//   each one saw; the JavaScript side is the model's own method.
// - discovery: the regions a search notices by chance (Alea draws, geometric skips from a table, reads
//   of the searcher's neighbour list), the model's own AleaRng and GeometricSkips against a port.
//
//   npx tsx bench/wasm-kernels.ts                           # 514 regions: 5 years of one run's searches
//   npx tsx bench/wasm-kernels.ts --regions 34 --runs 20    # the default world: 20 runs' searches
//   npx tsx bench/wasm-kernels.ts --regions 10000 --years 2 # a large world (pool of 128 nearest)
import { availableParallelism, cpus, loadavg } from "node:os";
import { compileWasm, runNative, WasmArrays } from "./support/compiled-kernels.js";
import { benchWorld } from "./support/bench-world.js";
import { benchArgs, countOption } from "./support/bench-args.js";
import { Model, parseScenario, type Scenario } from "../sim/index.js";
import { CandidateEvaluator } from "../sim/model/phases/candidate-evaluator.js";
import { geometricSkips, type GeometricSkips } from "../sim/model/geometric-skips.js";
import { createRng } from "../sim/rng.js";

const { values } = benchArgs(import.meta.url, {
  options: {
    regions: { type: "string", default: "514" },
    runs: { type: "string", default: "1" },
    years: { type: "string", default: "5" },
    searches: { type: "string", default: "20000" },
    rounds: { type: "string", default: "30" },
  },
});
const regions = countOption("--regions", values.regions, 2);
const runs = countOption("--runs", values.runs);
const years = countOption("--years", values.years);
const discoverySearches = countOption("--searches", values.searches);
const rounds = countOption("--rounds", values.rounds, 2);
const WARMUP_YEARS = 20;
const WARMUP_ROUNDS = Math.min(4, rounds - 1);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Times two passes alternately (the first rounds are warm-up); returns each one's median ms. */
function alternate(first: () => void, second: () => void): [number, number] {
  const times: [number[], number[]] = [[], []];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) {
      const started = performance.now();
      (k === 0 ? first : second)();
      const spent = performance.now() - started;
      if (round >= WARMUP_ROUNDS) times[k]!.push(spent);
    }
  }
  return [median(times[0]), median(times[1])];
}

const world = benchWorld(regions);
const scenario = (seed: number): Scenario => parseScenario({ seed, years: WARMUP_YEARS + years });
const rows: string[][] = [];
const notes: string[] = [];

// ---- bounds ----------------------------------------------------------------------------------------

/** The per-region arrays `bounds` reads, as they were at the start of a year. */
interface RegionArrays {
  grdp: Float64Array;
  population: Float64Array;
  body: Int32Array;
  runningPlain: Float64Array;
  runningBody: Float64Array;
  shock: Float64Array;
}

/** The evaluator's fields that `bounds` reads (private to the class; set here as a search left them). */
interface EvaluatorFields extends RegionArrays {
  i: number;
  d: number;
  grdpI: number;
  oneMinusFriction: number;
  needPerCapita: boolean;
  rule: number;
  yI: number;
  horizon: number;
  oneMinusPrivateShare: number;
  privateShare: number;
  repayRate: number;
  bodyI: number;
  runningPlainI: number;
  runningBodyI: number;
  budgetLeft: number;
  bonusActive: boolean;
  perAgreement: number;
  favourPoor: boolean;
  meanPerCapita: number;
  boundHolds: boolean;
  bonusI: number;
  egoI: number;
  scale: Float64Array;
  hitRow: Int32Array;
  operating: Float64Array;
  investmentYears: Float64Array;
  buildYears: Float64Array;
  boundOf: Float64Array;
  ownGainOf: Float64Array;
  partnerOfIOf: Float64Array;
  costIOf: Float64Array;
  bounds(candidates: Int32Array, terms: Float64Array, count: number): void;
  startYear(...args: unknown[]): void;
  loadChanged(...args: unknown[]): void;
}
const OUTPUTS = ["boundOf", "ownGainOf", "partnerOfIOf", "costIOf"] as const;

/** A search's scalars, in the order of the WebAssembly function's arguments after its arrays. */
function searchValues(e: EvaluatorFields): Float64Array {
  const d = e.d;
  return Float64Array.of(
    e.i,
    e.grdpI,
    e.scale[d]!,
    e.oneMinusFriction,
    e.hitRow[d]!,
    Number(e.needPerCapita),
    e.rule,
    e.yI,
    e.operating[d]!,
    e.horizon,
    e.investmentYears[d]!,
    e.buildYears[d]!,
    e.oneMinusPrivateShare,
    e.privateShare,
    e.repayRate,
    e.bodyI,
    e.runningPlainI,
    e.runningBodyI,
    e.budgetLeft,
    Number(e.bonusActive),
    e.perAgreement,
    Number(e.favourPoor),
    e.meanPerCapita,
    Number(e.boundHolds),
    e.bonusI,
    e.egoI,
    d,
  );
}

/** Gives evaluator `e` a captured search's scalars (integers as small integers, as the class holds them). */
function setSearch(e: EvaluatorFields, v: Float64Array): void {
  const d = v[26]! | 0;
  e.i = v[0]! | 0;
  e.d = d;
  e.grdpI = v[1]!;
  e.scale[d] = v[2]!;
  e.oneMinusFriction = v[3]!;
  e.hitRow[d] = v[4]!;
  e.needPerCapita = v[5] !== 0;
  e.rule = v[6]! | 0;
  e.yI = v[7]!;
  e.operating[d] = v[8]!;
  e.horizon = v[9]!;
  e.investmentYears[d] = v[10]!;
  e.buildYears[d] = v[11]!;
  e.oneMinusPrivateShare = v[12]!;
  e.privateShare = v[13]!;
  e.repayRate = v[14]!;
  e.bodyI = v[15]! | 0;
  e.runningPlainI = v[16]!;
  e.runningBodyI = v[17]!;
  e.budgetLeft = v[18]!;
  e.bonusActive = v[19] !== 0;
  e.perAgreement = v[20]!;
  e.favourPoor = v[21] !== 0;
  e.meanPerCapita = v[22]!;
  e.boundHolds = v[23] !== 0;
  e.bonusI = v[24]!;
  e.egoI = v[25]!;
}

interface CapturedSearch {
  values: Float64Array;
  /** Index into `snapshots`: the region arrays at the start of the search's year. */
  snapshot: number;
  /** Whether no agreement had formed yet that year, so that the snapshot is what the search saw. */
  exact: boolean;
  candidates: Int32Array;
  terms: Float64Array;
  /** What the model's own bounds gave, per output array. */
  outputs: Float64Array[];
}
const snapshots: RegionArrays[] = [];
const searches: CapturedSearch[] = [];

{
  // Capture: every call of bounds in the measured years, and a copy of the region arrays at the start
  // of each year. A formation changes two running costs, so the searches after the year's first one
  // are replayed on slightly different numbers than they saw: as much work, but only the searches
  // before it can be compared with the run.
  const prototype = CandidateEvaluator.prototype as unknown as EvaluatorFields;
  const original = {
    bounds: prototype.bounds,
    startYear: prototype.startYear,
    loadChanged: prototype.loadChanged,
  };
  let capturing = false;
  let newYear = true;
  let formed = false;
  prototype.startYear = function (this: EvaluatorFields, ...args: unknown[]) {
    newYear = true;
    original.startYear.apply(this, args);
  };
  prototype.loadChanged = function (this: EvaluatorFields, ...args: unknown[]) {
    formed = true;
    original.loadChanged.apply(this, args);
  };
  prototype.bounds = function (
    this: EvaluatorFields,
    candidates: Int32Array,
    terms: Float64Array,
    count: number,
  ) {
    original.bounds.call(this, candidates, terms, count);
    if (!capturing || count === 0) return;
    if (newYear) {
      snapshots.push({
        grdp: this.grdp.slice(),
        population: this.population.slice(),
        body: this.body.slice(),
        runningPlain: this.runningPlain.slice(),
        runningBody: this.runningBody.slice(),
        shock: this.shock.length > 0 ? this.shock.slice() : new Float64Array(1),
      });
      newYear = false;
      formed = false;
    }
    searches.push({
      values: searchValues(this),
      snapshot: snapshots.length - 1,
      exact: !formed,
      candidates: candidates.slice(0, count),
      terms: terms.slice(0, count),
      outputs: OUTPUTS.map((name) => this[name].slice(0, count)),
    });
  };
  for (let run = 0; run < runs; run++) {
    const model = new Model(world, scenario(run + 1));
    for (let year = 0; year < WARMUP_YEARS; year++) model.step();
    capturing = true;
    while (!model.done) model.step();
    capturing = false;
  }
  Object.assign(prototype, original);
}

{
  const wasm = await compileWasm("bounds");
  const memory = new WasmArrays(wasm);
  const snapshotArrays = snapshots.map((snapshot) => ({
    grdp: memory.f64(snapshot.grdp),
    population: memory.f64(snapshot.population),
    body: memory.i32(snapshot.body),
    runningPlain: memory.f64(snapshot.runningPlain),
    runningBody: memory.f64(snapshot.runningBody),
    shock: memory.f64(snapshot.shock),
  }));
  let most = 0;
  let candidates = 0;
  for (const search of searches) {
    most = Math.max(most, search.candidates.length);
    candidates += search.candidates.length;
  }
  const searchArrays = searches.map((search) => ({
    candidates: memory.i32(search.candidates),
    terms: memory.f64(search.terms),
  }));
  const outputs = OUTPUTS.map(() => memory.f64(new Float64Array(most)));
  memory.fill();
  const candidateViews = searchArrays.map((arrays) => arrays.candidates.view());
  const termViews = searchArrays.map((arrays) => arrays.terms.view());
  const snapshotViews = snapshotArrays.map((arrays) => ({
    grdp: arrays.grdp.view(),
    population: arrays.population.view(),
    body: arrays.body.view(),
    runningPlain: arrays.runningPlain.view(),
    runningBody: arrays.runningBody.view(),
    shock: arrays.shock.view(),
  }));

  // The model's own method, on an evaluator of a model of the same world and scenario given each
  // captured search's fields, with arrays that are views of the module's memory, so that both sides
  // read the same bytes.
  const evaluator = new Model(world, scenario(1)).context.scratch.evaluator as unknown as EvaluatorFields;
  evaluator.boundOf = outputs[0]!.view();
  evaluator.ownGainOf = outputs[1]!.view();
  evaluator.partnerOfIOf = outputs[2]!.view();
  evaluator.costIOf = outputs[3]!.view();
  let lastSnapshot = -1;
  const callJs = (search: CapturedSearch, k: number): void => {
    if (search.snapshot !== lastSnapshot) {
      Object.assign(evaluator, snapshotViews[search.snapshot]!);
      lastSnapshot = search.snapshot;
    }
    setSearch(evaluator, search.values);
    evaluator.bounds(candidateViews[k]!, termViews[k]!, search.candidates.length);
  };
  const bounds = wasm.bounds as (...args: number[]) => void;
  const callWasm = (search: CapturedSearch, k: number): void => {
    const v = search.values;
    const a = snapshotArrays[search.snapshot]!;
    const own = searchArrays[k]!;
    bounds(
      search.candidates.length,
      own.candidates.address,
      own.terms.address,
      a.grdp.address,
      a.population.address,
      a.body.address,
      a.runningPlain.address,
      a.runningBody.address,
      a.shock.address,
      outputs[0]!.address,
      outputs[1]!.address,
      outputs[2]!.address,
      outputs[3]!.address,
      v[0]!,
      v[1]!,
      v[2]!,
      v[3]!,
      v[4]!,
      v[5]!,
      v[6]!,
      v[7]!,
      v[8]!,
      v[9]!,
      v[10]!,
      v[11]!,
      v[12]!,
      v[13]!,
      v[14]!,
      v[15]!,
      v[16]!,
      v[17]!,
      v[18]!,
      v[19]!,
      v[20]!,
      v[21]!,
      v[22]!,
      v[23]!,
      v[24]!,
      v[25]!,
    );
  };

  // The same bits: the two sides with each other on every search, and with what the model computed
  // in the run where the replay is exact. Where a bound is −∞ the other outputs are not written (they
  // hold an earlier candidate's), so only the bound is compared.
  const check = (side: string, expected: Float64Array[], k: number): void => {
    const bound = outputs[0]!.view();
    for (let c = 0; c < expected[0]!.length; c++)
      for (let o = 0; o < OUTPUTS.length; o++) {
        if (o > 0 && bound[c] === -Infinity) continue;
        const got = outputs[o]!.view()[c]!;
        if (!Object.is(expected[o]![c]!, got))
          throw new Error(
            `bounds, ${side}: search ${k}, candidate ${c}, ${OUTPUTS[o]}: ${got}, not ${expected[o]![c]!}`,
          );
      }
  };
  let exact = 0;
  /** Each search's bounds from JavaScript, which the C program checks its own against. */
  const jsBounds: Float64Array[] = [];
  searches.forEach((search, k) => {
    const count = search.candidates.length;
    callJs(search, k);
    const js = outputs.map((output) => output.view().slice(0, count));
    jsBounds.push(js[0]!);
    if (search.exact) {
      check("JavaScript against the run", search.outputs, k);
      exact++;
    }
    callWasm(search, k);
    check("WebAssembly against JavaScript", js, k);
  });

  const [js, webAssembly] = alternate(
    () => searches.forEach(callJs),
    () => searches.forEach(callWasm),
  );
  const native = nativeBounds(jsBounds);
  rows.push([
    "bounds",
    `${searches.length} searches (${exact} as in the run), ${candidates} candidates`,
    ((1e6 * js) / candidates).toFixed(1),
    ((1e6 * webAssembly) / candidates).toFixed(1),
    native === undefined ? "–" : ((1e6 * native) / candidates).toFixed(1),
    (js / webAssembly).toFixed(2),
    native === undefined ? "–" : (js / native).toFixed(2),
  ]);
}

/** A C program's median ms a pass (see runNative), or undefined with a note when there is no C compiler. */
function native(name: string, input: ArrayBufferView[]): number | undefined {
  const result = runNative(name, input);
  if (typeof result === "number") return result;
  notes.push(`No C column for ${name}: ${result.missing}.`);
  return undefined;
}

/** The bounds of every captured search in C, checked there against JavaScript's bounds. */
function nativeBounds(jsBounds: Float64Array[]): number | undefined {
  const shockLength = snapshots[0]?.shock.length ?? 1;
  const input: ArrayBufferView[] = [
    Int32Array.of(world.size, snapshots.length, searches.length, shockLength, rounds),
  ];
  for (const snapshot of snapshots) {
    if (snapshot.shock.length !== shockLength) throw new Error("bounds: shock rows of different lengths");
    input.push(
      snapshot.grdp,
      snapshot.population,
      snapshot.runningPlain,
      snapshot.runningBody,
      snapshot.shock,
    );
    input.push(snapshot.body);
  }
  searches.forEach((search, k) => {
    input.push(Int32Array.of(search.snapshot, search.candidates.length), search.values.subarray(0, 26));
    input.push(search.candidates, search.terms, jsBounds[k]!);
  });
  return native("bounds", input);
}

// ---- discovery -------------------------------------------------------------------------------------

{
  const model = new Model(world, scenario(1));
  const { context } = model;
  const probability = context.scenario.cooperation.discovery;
  const usePool = context.poolCount > 0;
  const poolSize = usePool ? context.poolCount : world.size;
  const width = context.neighbourCount;
  const skips = geometricSkips(probability, poolSize);
  // The table's arrays are private to the class; the port reads the same ones.
  const table = skips as unknown as { thresholds: Float64Array; bucketStart: Int32Array };
  const wasm = await compileWasm("discovery");
  const memory = new WasmArrays(wasm);
  const thresholds = memory.f64(table.thresholds.length > 0 ? table.thresholds : [2]);
  const bucketStart = memory.i32(table.bucketStart);
  const neighbours = memory.i32(usePool ? context.neighbours : [0]);
  const state = memory.f64(new Float64Array(4));
  const found = memory.i32(new Int32Array(poolSize + 1));
  const foundRanks = memory.i32(new Int32Array(poolSize + 1));
  memory.fill();

  const candidates = new Int32Array(poolSize + 1);
  const ranks = new Int32Array(poolSize + 1);
  const neighbourList = context.neighbours;
  /** search.ts's discovery loop, with the model's generator and skip table. */
  const discoverJs = (rng: { next(): number }, table: GeometricSkips, row: number): number => {
    let count = 0;
    let p = -1;
    for (;;) {
      const skip = probability >= 1 ? 0 : table.skip(rng.next());
      p += 1 + skip;
      if (!(p < poolSize)) break;
      candidates[count] = usePool ? neighbourList[row + p]! : p;
      ranks[count++] = usePool ? p : -1;
    }
    return count;
  };
  const discover = wasm.discover as (...args: number[]) => number;
  const discoverWasm = (i: number): number =>
    discover(
      state.address,
      thresholds.address,
      table.thresholds.length,
      bucketStart.address,
      poolSize,
      neighbours.address + 4 * i * width,
      Number(usePool),
      found.address,
      foundRanks.address,
      0,
    );

  // The same stream from both, search by search: the same regions, and the generator's state after.
  const rng = createRng(7);
  const rngState = (rng as unknown as { state: Float64Array }).state;
  state.view().set(rngState);
  const startState = rngState.slice();
  // FNV-1a over each search's count, regions and ranks, for the C program to check its own against.
  let hash = 2166136261 | 0;
  let total = 0;
  for (let s = 0; s < discoverySearches; s++) {
    const i = s % world.size;
    const count = discoverJs(rng, skips, i * width);
    const other = discoverWasm(i);
    if (other < 0) throw new Error("discovery: a draw fell at a threshold, where the port has no formula");
    if (other !== count) throw new Error(`discovery: search ${s} noticed ${other} regions, not ${count}`);
    for (let c = 0; c < count; c++)
      if (found.view()[c] !== candidates[c] || foundRanks.view()[c] !== ranks[c])
        throw new Error(`discovery: search ${s}, candidate ${c} differs`);
    for (let k = 0; k < 4; k++)
      if (!Object.is(state.view()[k], rngState[k]))
        throw new Error(`discovery: generators differ after search ${s}`);
    hash = Math.imul(hash ^ count, 16777619);
    for (let c = 0; c < count; c++) {
      hash = Math.imul(hash ^ candidates[c]!, 16777619);
      hash = Math.imul(hash ^ ranks[c]!, 16777619);
    }
    total += count;
  }
  const nativeTime = native("discovery", [
    Int32Array.of(
      discoverySearches,
      world.size,
      poolSize,
      Number(usePool),
      width,
      table.thresholds.length,
      rounds,
    ),
    startState,
    table.thresholds,
    table.bucketStart,
    ...(usePool ? [context.neighbours] : []),
    rngState.slice(),
    Uint32Array.of(hash >>> 0),
    Int32Array.of(total),
  ]);
  let sink = 0;
  const [js, webAssembly] = alternate(
    () => {
      for (let s = 0; s < discoverySearches; s++) sink += discoverJs(rng, skips, (s % world.size) * width);
    },
    () => {
      for (let s = 0; s < discoverySearches; s++) sink += discoverWasm(s % world.size);
    },
  );
  if (!(sink >= 0)) throw new Error("unreachable");
  rows.push([
    "discovery",
    `${discoverySearches} searches, ${total} noticed (q ${probability}, pool ${usePool ? `of ${poolSize} nearest` : "all"})`,
    ((1e6 * js) / total).toFixed(1),
    ((1e6 * webAssembly) / total).toFixed(1),
    nativeTime === undefined ? "–" : ((1e6 * nativeTime) / total).toFixed(1),
    (js / webAssembly).toFixed(2),
    nativeTime === undefined ? "–" : (js / nativeTime).toFixed(2),
  ]);
}

console.log(
  `${world.size} regions; Node ${process.version}; ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? "?"}), load average ${loadavg()[0]!.toFixed(2)}`,
);
console.log(
  `Every side gave the same bits on every search. Medians of ${rounds - WARMUP_ROUNDS} alternated passes (C: of ${rounds} passes after them), ns a candidate:`,
);
const header = ["kernel", "work", "JavaScript", "WebAssembly", "C", "JS / Wasm", "JS / C"];
const widths = header.map((title, k) => Math.max(title.length, ...rows.map((row) => row[k]!.length)));
for (const row of [header, ...rows])
  console.log(row.map((cell, k) => (k < 2 ? cell.padEnd(widths[k]!) : cell.padStart(widths[k]!))).join("  "));
for (const note of notes) console.log(note);
