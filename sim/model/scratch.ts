import { emptyAssessment, type DealAssessment } from "./deal-assessment.js";
import type { GeometricSkips } from "./geometric-skips.js";
import type { CandidateEvaluator } from "./phases/candidate-evaluator.js";
import { yearConditionsBuffer, type YearConditionsBuffer } from "./year-conditions.js";
import { recordClass } from "../record-class.js";

/** A region proposes to at most this many candidates per search, best first. */
export const PROPOSALS_PER_SEARCH = 3;
/**
 * Candidates kept in order while assessing, enough for the proposals whatever the duplicates: a region
 * is a candidate at most three times in one search (among the nearest, as a member of the searcher's
 * body, as noticed), so the TOP_KEPT best hold at least ⌈TOP_KEPT / 3⌉ = 3 different regions, one for
 * each proposal. Search therefore never needs a candidate it did not keep
 * (test/sim/model/search-candidates.test.ts checks both premises).
 */
export const TOP_KEPT = 8;
/** The most times one region can be a candidate in one search (see TOP_KEPT). */
export const MOST_COPIES_OF_A_CANDIDATE = 3;

/**
 * Working memory of a run, reused year after year so that the yearly loops allocate nothing:
 * typed arrays sized for the world (or grown, doubling, with the agreement table). Contents never
 * carry meaning from one use to the next; every user writes before it reads.
 */
export class RunScratch {
  /** Search order of the regions. */
  readonly order: Int32Array;
  /** Candidates of one search and the searcher's utility of each (−∞: not a candidate after all). */
  candidates: Int32Array;
  ranks: Int32Array;
  utilities: Float64Array;
  /** The static pair term of each candidate (for its assessment and its agreement). */
  terms: Float64Array;
  /** Per region, this year's compliance probability and the year it was computed for. */
  readonly compliance: ComplianceRows;
  /** The year's conditions (`yearConditions`), over `shock`. */
  readonly conditions: YearConditionsBuffer;
  /** Per domain, the year's gain scale and shock row (implementation's copy of what jointGain reads). */
  readonly domainRows: DomainRows;
  /** Shock intensities of the year, [shockType * N + region] (`YearConditions.shock`). */
  readonly shock: Float64Array;
  /** Each region's running cost of one more agreement as a partner in search (CandidateEvaluator). */
  readonly runningPlain: Float64Array;
  readonly runningBody: Float64Array;
  /** Last year's propensities and ego, which Fermi imitation copies from. */
  readonly previousPropensity: Float64Array;
  readonly previousEgo: Float64Array;
  /** Partner search's best candidates so far, the partners proposed to, and the deal assessed. */
  readonly top = new Int32Array(TOP_KEPT);
  readonly proposed = new Int32Array(PROPOSALS_PER_SEARCH);
  readonly deal: DealAssessment = emptyAssessment();
  /**
   * Partner search's evaluator, made by `initialise` once the state exists (it holds the state). Not
   * in the search itself: V8 records what a function constructs only from its first few calls on,
   * and optimised search code that met a `new` it had no record of was thrown away in the next run.
   */
  evaluator: CandidateEvaluator | undefined = undefined;
  /**
   * The discovery skip table partner search used last; `initialise` makes the first, so that the
   * search's check of it runs (and V8 records it) from the first year, not only in a run's second.
   */
  skips: GeometricSkips | undefined = undefined;
  private rows = 0;
  private implementRows: ImplementRows;

  constructor(regionCount: number, shockTypes: number, domainCount: number) {
    this.order = new Int32Array(regionCount);
    this.candidates = new Int32Array(64);
    this.ranks = new Int32Array(64);
    this.utilities = new Float64Array(64);
    this.terms = new Float64Array(64);
    this.compliance = new ComplianceRecord({
      probability: new Float64Array(regionCount),
      stamp: new Int32Array(regionCount),
    });
    this.shock = new Float64Array(shockTypes * regionCount);
    this.conditions = yearConditionsBuffer(this.shock);
    this.domainRows = new DomainRowsRecord({
      scale: new Float64Array(domainCount),
      hitRow: new Int32Array(domainCount),
    });
    this.previousPropensity = new Float64Array(regionCount * domainCount);
    this.previousEgo = new Float64Array(regionCount);
    this.runningPlain = new Float64Array(regionCount);
    this.runningBody = new Float64Array(regionCount);
    this.implementRows = implementRows(16);
    this.rows = 16;
  }

  /** Makes room for `size` candidates in one search. */
  reserveCandidates(size: number): void {
    if (size <= this.candidates.length) return;
    let capacity = this.candidates.length;
    while (capacity < size) capacity *= 2;
    this.candidates = new Int32Array(capacity);
    this.ranks = new Int32Array(capacity);
    this.utilities = new Float64Array(capacity);
    this.terms = new Float64Array(capacity);
  }

  /** Per-agreement rows of the implementation phase, at least `count` long. */
  implement(count: number): ImplementRows {
    if (count > this.rows) {
      while (this.rows < count) this.rows *= 2;
      this.implementRows = implementRows(this.rows);
    }
    return this.implementRows;
  }
}

/** Per region, this year's compliance probability and the year it was computed for. */
export interface ComplianceRows {
  readonly probability: Float64Array;
  readonly stamp: Int32Array;
}

/** Per domain, the year's gain scale and shock row. */
export interface DomainRows {
  readonly scale: Float64Array;
  readonly hitRow: Int32Array;
}

export interface ImplementRows {
  gainA: Float64Array;
  gainB: Float64Array;
  costA: Float64Array;
  costB: Float64Array;
  claimA: Float64Array;
  claimB: Float64Array;
  operating: Uint8Array;
}

// The yearly loops read these rows: classes, not literals (see record-class.ts).
const ComplianceRecord = recordClass<ComplianceRows>();
const DomainRowsRecord = recordClass<DomainRows>();
const ImplementRowsRecord = recordClass<ImplementRows>();

function implementRows(size: number): ImplementRows {
  return new ImplementRowsRecord({
    gainA: new Float64Array(size),
    gainB: new Float64Array(size),
    costA: new Float64Array(size),
    costB: new Float64Array(size),
    claimA: new Float64Array(size),
    claimB: new Float64Array(size),
    operating: new Uint8Array(size),
  });
}
