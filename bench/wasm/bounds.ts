// AssemblyScript, not the project's TypeScript: compiled to WebAssembly by bench/wasm-kernels.ts to
// measure what a WebAssembly core would gain (docs/performance.md, "Eighth round").
//
// CandidateEvaluator.bounds (sim/model/phases/candidate-evaluator.ts) for one search: the same
// arithmetic in the same order, so the same bits (the script checks every search). Arrays are byte
// offsets into the module's memory; the searcher's and the year's terms are arguments.

export function alloc(bytes: i32): usize {
  return heap.alloc(<usize>bytes);
}

export function bounds(
  count: i32,
  candidates: usize,
  terms: usize,
  grdp: usize,
  population: usize,
  body: usize,
  runningPlain: usize,
  runningBody: usize,
  shock: usize,
  boundOf: usize,
  ownGainOf: usize,
  partnerOfIOf: usize,
  costIOf: usize,
  i: i32,
  grdpI: f64,
  scale: f64,
  oneMinusFriction: f64,
  hitRow: i32,
  needPerCapita: bool,
  rule: i32,
  yI: f64,
  operating: f64,
  horizon: f64,
  investmentYears: f64,
  buildYears: f64,
  oneMinusPrivateShare: f64,
  privateShare: f64,
  repayRate: f64,
  bodyI: i32,
  runningPlainI: f64,
  runningBodyI: f64,
  budgetLeft: f64,
  bonusActive: bool,
  perAgreement: f64,
  favourPoor: bool,
  meanPerCapita: f64,
  boundHolds: bool,
  bonusI: f64,
  egoI: f64,
): void {
  for (let c = 0; c < count; c++) {
    const j = load<i32>(candidates + ((<usize>c) << 2));
    const at = (<usize>c) << 3;
    if (j == i) {
      store<f64>(boundOf + at, -Infinity);
      continue;
    }
    const jAt = (<usize>j) << 3;
    const grdpJ = load<f64>(grdp + jAt);
    let gain = scale * Math.sqrt(grdpI * grdpJ) * load<f64>(terms + at);
    gain *= oneMinusFriction;
    if (hitRow >= 0) {
      const hit =
        0.5 *
        (load<f64>(shock + ((<usize>(hitRow + i)) << 3)) + load<f64>(shock + ((<usize>(hitRow + j)) << 3)));
      gain *= 1 - hit;
    }
    const yJ = needPerCapita ? grdpJ / load<f64>(population + jAt) : 0;
    const shareI = rule == 0 ? grdpI / (grdpI + grdpJ) : rule == 1 ? 0.5 : yJ / (yI + yJ);
    const shareJ = 1 - shareI;

    const investment = investmentYears * gain;
    const publicInvestment = investment * oneMinusPrivateShare;
    const privateInvestment = investment * privateShare;
    const capitalCostI = (shareI * publicInvestment) / horizon + shareI * privateInvestment * repayRate;
    const capitalCostJ = (shareJ * publicInvestment) / horizon + shareJ * privateInvestment * repayRate;

    const shared = bodyI >= 0 && bodyI == load<i32>(body + ((<usize>j) << 2));
    const runningI = shared ? runningBodyI : runningPlainI;
    const outlayI = runningI + (investmentYears > 0 ? (shareI * publicInvestment) / buildYears : 0);
    if (!(outlayI <= budgetLeft)) {
      store<f64>(boundOf + at, -Infinity);
      continue;
    }
    const runningJ = shared ? load<f64>(runningBody + jAt) : load<f64>(runningPlain + jAt);
    const costI = runningI + capitalCostI;
    const costJ = runningJ + capitalCostJ;
    const bonusJ = bonusActive
      ? perAgreement * (favourPoor ? Math.min(4, Math.max(0.25, meanPerCapita / yJ)) : 1)
      : 0;

    const ownGain = shareI * gain * operating;
    const partnerOfI = shareJ * gain * operating + bonusJ - costJ;
    store<f64>(ownGainOf + at, ownGain);
    store<f64>(partnerOfIOf + at, partnerOfI);
    store<f64>(costIOf + at, costI);
    if (!(boundHolds && ownGain >= 0)) {
      store<f64>(boundOf + at, Infinity);
      continue;
    }
    const expectedI = ownGain + bonusI;
    store<f64>(
      boundOf + at,
      (1 - egoI) * expectedI - egoI * Math.max(0, partnerOfI - (expectedI - costI)) - costI,
    );
  }
}
