/*
 * C, not the project's TypeScript: compiled by bench/wasm-kernels.ts (--native) with the machine's C
 * compiler, -O3 -march=native -ffp-contract=off, to measure how far this model's work is from native
 * code on this machine (docs/performance.md, "Eighth round").
 *
 * CandidateEvaluator.bounds (sim/model/phases/candidate-evaluator.ts), as bench/wasm/bounds.ts ports it:
 * the same arithmetic in the same order. -ffp-contract=off keeps a*b + c two roundings, as JavaScript
 * rounds it, so the results are the same bits; the program checks them against the JavaScript results
 * in its input, then times passes over all the searches.
 *
 * Input (little-endian, written by bench/wasm-kernels.ts):
 *   int32 n, snapshots, searches, shockLength, rounds
 *   per snapshot: double grdp[n], population[n], runningPlain[n], runningBody[n], shock[shockLength];
 *                 int32 body[n]
 *   per search:   int32 snapshot, count; double values[26]; int32 candidates[count];
 *                 double terms[count], expected[count] (the bound JavaScript gave)
 * Output: one line, "<median ns a pass> <candidates>".
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "input.h"

typedef struct {
  double *grdp, *population, *runningPlain, *runningBody, *shock;
  int32_t *body;
} Snapshot;

typedef struct {
  int32_t snapshot, count;
  double values[26];
  int32_t *candidates;
  double *terms, *expected;
} Search;

/* The JavaScript method's loop; its outputs other than the bound are written as it writes them. */
static void bounds(const Search *s, const Snapshot *a, double *boundOf, double *ownGainOf,
                   double *partnerOfIOf, double *costIOf) {
  const double *v = s->values;
  const int32_t i = (int32_t)v[0];
  const double grdpI = v[1], scale = v[2], oneMinusFriction = v[3];
  const int32_t hitRow = (int32_t)v[4];
  const int needPerCapita = v[5] != 0;
  const int32_t rule = (int32_t)v[6];
  const double yI = v[7], operating = v[8], horizon = v[9], investmentYears = v[10],
               buildYears = v[11], oneMinusPrivateShare = v[12], privateShare = v[13],
               repayRate = v[14];
  const int32_t bodyI = (int32_t)v[15];
  const double runningPlainI = v[16], runningBodyI = v[17], budgetLeft = v[18];
  const int bonusActive = v[19] != 0;
  const double perAgreement = v[20];
  const int favourPoor = v[21] != 0;
  const double meanPerCapita = v[22];
  const int boundHolds = v[23] != 0;
  const double bonusI = v[24], egoI = v[25];
  for (int32_t c = 0; c < s->count; c++) {
    const int32_t j = s->candidates[c];
    if (j == i) {
      boundOf[c] = -INFINITY;
      continue;
    }
    const double grdpJ = a->grdp[j];
    double gain = scale * sqrt(grdpI * grdpJ) * s->terms[c];
    gain *= oneMinusFriction;
    if (hitRow >= 0) {
      const double hit = 0.5 * (a->shock[hitRow + i] + a->shock[hitRow + j]);
      gain *= 1 - hit;
    }
    const double yJ = needPerCapita ? grdpJ / a->population[j] : 0;
    const double shareI = rule == 0 ? grdpI / (grdpI + grdpJ) : rule == 1 ? 0.5 : yJ / (yI + yJ);
    const double shareJ = 1 - shareI;
    const double investment = investmentYears * gain;
    const double publicInvestment = investment * oneMinusPrivateShare;
    const double privateInvestment = investment * privateShare;
    const double capitalCostI =
        (shareI * publicInvestment) / horizon + shareI * privateInvestment * repayRate;
    const double capitalCostJ =
        (shareJ * publicInvestment) / horizon + shareJ * privateInvestment * repayRate;
    const int shared = bodyI >= 0 && bodyI == a->body[j];
    const double runningI = shared ? runningBodyI : runningPlainI;
    const double outlayI =
        runningI + (investmentYears > 0 ? (shareI * publicInvestment) / buildYears : 0);
    if (!(outlayI <= budgetLeft)) {
      boundOf[c] = -INFINITY;
      continue;
    }
    const double runningJ = shared ? a->runningBody[j] : a->runningPlain[j];
    const double costI = runningI + capitalCostI;
    const double costJ = runningJ + capitalCostJ;
    double bonusJ = 0;
    if (bonusActive) {
      double weight = 1;
      if (favourPoor) {
        const double ratio = meanPerCapita / yJ;
        weight = ratio < 0.25 ? 0.25 : ratio; /* Math.max(0.25, ·), then Math.min(4, ·) */
        weight = weight > 4 ? 4 : weight;
      }
      bonusJ = perAgreement * weight;
    }
    const double ownGain = shareI * gain * operating;
    const double partnerOfI = shareJ * gain * operating + bonusJ - costJ;
    ownGainOf[c] = ownGain;
    partnerOfIOf[c] = partnerOfI;
    costIOf[c] = costI;
    if (!(boundHolds && ownGain >= 0)) {
      boundOf[c] = INFINITY;
      continue;
    }
    const double expectedI = ownGain + bonusI;
    const double envy = partnerOfI - (expectedI - costI);
    boundOf[c] = (1 - egoI) * expectedI - egoI * (envy > 0 ? envy : 0) - costI;
  }
}

int main(void) {
  FILE *in = stdin;
  int32_t header[5];
  readAll(in, header, sizeof header);
  const int32_t n = header[0], snapshotCount = header[1], searchCount = header[2],
                shockLength = header[3], rounds = header[4];
  Snapshot *snapshots = malloc(sizeof(Snapshot) * (size_t)snapshotCount);
  for (int32_t k = 0; k < snapshotCount; k++) {
    Snapshot *a = &snapshots[k];
    a->grdp = readArray(in, sizeof(double) * (size_t)n);
    a->population = readArray(in, sizeof(double) * (size_t)n);
    a->runningPlain = readArray(in, sizeof(double) * (size_t)n);
    a->runningBody = readArray(in, sizeof(double) * (size_t)n);
    a->shock = readArray(in, sizeof(double) * (size_t)shockLength);
    a->body = readArray(in, sizeof(int32_t) * (size_t)n);
  }
  Search *searches = malloc(sizeof(Search) * (size_t)searchCount);
  int32_t most = 1;
  long candidates = 0;
  for (int32_t k = 0; k < searchCount; k++) {
    Search *s = &searches[k];
    int32_t pair[2];
    readAll(in, pair, sizeof pair);
    s->snapshot = pair[0];
    s->count = pair[1];
    readAll(in, s->values, sizeof s->values);
    s->candidates = readArray(in, sizeof(int32_t) * (size_t)s->count);
    s->terms = readArray(in, sizeof(double) * (size_t)s->count);
    s->expected = readArray(in, sizeof(double) * (size_t)s->count);
    if (s->count > most) most = s->count;
    candidates += s->count;
  }
  double *out[4];
  for (int o = 0; o < 4; o++) out[o] = malloc(sizeof(double) * (size_t)most);

  for (int32_t k = 0; k < searchCount; k++) {
    const Search *s = &searches[k];
    bounds(s, &snapshots[s->snapshot], out[0], out[1], out[2], out[3]);
    for (int32_t c = 0; c < s->count; c++)
      if (memcmp(&out[0][c], &s->expected[c], sizeof(double)) != 0) {
        fprintf(stderr, "bounds: search %d, candidate %d: %.17g, not %.17g as in JavaScript\n", k, c,
                out[0][c], s->expected[c]);
        return 1;
      }
  }

  double *times = malloc(sizeof(double) * (size_t)(rounds > 0 ? rounds : 1));
  /* Read once a pass, so that the compiler cannot drop the passes. */
  volatile double sink = 0;
  for (int32_t r = 0; r < rounds; r++) {
    const double started = nowNanoseconds();
    for (int32_t k = 0; k < searchCount; k++) {
      const Search *s = &searches[k];
      bounds(s, &snapshots[s->snapshot], out[0], out[1], out[2], out[3]);
      sink += out[0][0];
    }
    times[r] = nowNanoseconds() - started;
  }
  printf("%.0f %ld\n", median(times, rounds), candidates);
  return 0;
}
