/*
 * C, not the project's TypeScript: compiled by bench/wasm-kernels.ts with the machine's C compiler,
 * -O3 -march=native -ffp-contract=off, to measure how far this model's work is from native code on this
 * machine (docs/performance.md, "Eighth round").
 *
 * Partner search's discovery, as bench/wasm/discovery.ts ports it: Alea draws (sim/rng.ts), each turned
 * into a geometric skip by GeometricSkips's table (sim/model/geometric-skips.ts), and the regions of the
 * pool noticed. The program checks that it notices what JavaScript noticed (every region and rank, by a
 * running hash, and the generator's state after the last search), then times passes over all searches.
 *
 * Input (little-endian, written by bench/wasm-kernels.ts):
 *   int32 searches, regions, poolSize, usePool, width, thresholdCount, rounds
 *   double state[4] (s0, s1, s2, c before the first search), thresholds[thresholdCount];
 *   int32 bucketStart[4096], neighbours[regions * width] (when usePool)
 *   double expectedState[4]; uint32 expectedHash; int32 expectedNoticed
 * Output: one line, "<median ns a pass> <regions noticed a pass>".
 */
#include <stdint.h>
#include <string.h>

#include "input.h"

#define BUCKETS 4096
static const double TWO_TO_MINUS_32 = 2.3283064365386963e-10;
static const double MARGIN = 1.0 / 1073741824.0;

/* AleaRng.next. t is in [0, 2091640), so truncation is JavaScript's t | 0. */
static inline double next(double *s) {
  const double t = 2091639.0 * s[0] + s[3] * TWO_TO_MINUS_32;
  s[0] = s[1];
  s[1] = s[2];
  const double carry = (double)(int32_t)t;
  s[3] = carry;
  s[2] = t - carry;
  return s[2];
}

typedef struct {
  const double *thresholds;
  int32_t thresholdCount;
  const int32_t *bucketStart;
  int32_t poolSize, usePool;
} Table;

/* One search's regions noticed into candidates and ranks; −1 when a draw fell at a threshold. */
static int32_t discover(double *state, const Table *table, const int32_t *row, int32_t *candidates,
                        int32_t *ranks) {
  int32_t count = 0;
  int32_t p = -1;
  for (;;) {
    const double u = next(state);
    int32_t lo = table->bucketStart[(int32_t)(u * BUCKETS)];
    while (lo < table->thresholdCount && table->thresholds[lo] <= u) lo++;
    const double margin = u * MARGIN;
    if ((lo > 0 && u - table->thresholds[lo - 1] <= margin) ||
        (lo < table->thresholdCount && table->thresholds[lo] - u <= margin))
      return -1;
    p += 1 + lo;
    if (!(p < table->poolSize)) break;
    candidates[count] = table->usePool ? row[p] : p;
    ranks[count++] = table->usePool ? p : -1;
  }
  return count;
}

int main(void) {
  FILE *in = stdin;
  int32_t header[7];
  readAll(in, header, sizeof header);
  const int32_t searches = header[0], regions = header[1], width = header[4], rounds = header[6];
  Table table;
  table.poolSize = header[2];
  table.usePool = header[3];
  table.thresholdCount = header[5];
  double start[4];
  readAll(in, start, sizeof start);
  table.thresholds = readArray(in, sizeof(double) * (size_t)table.thresholdCount);
  table.bucketStart = readArray(in, sizeof(int32_t) * BUCKETS);
  const int32_t *neighbours =
      table.usePool ? readArray(in, sizeof(int32_t) * (size_t)regions * (size_t)width) : NULL;
  double expectedState[4];
  uint32_t expectedHash;
  int32_t expectedNoticed;
  readAll(in, expectedState, sizeof expectedState);
  readAll(in, &expectedHash, sizeof expectedHash);
  readAll(in, &expectedNoticed, sizeof expectedNoticed);

  int32_t *candidates = malloc(sizeof(int32_t) * (size_t)(table.poolSize + 1));
  int32_t *ranks = malloc(sizeof(int32_t) * (size_t)(table.poolSize + 1));
  double state[4];
  memcpy(state, start, sizeof state);
  /* FNV-1a over each search's count, regions and ranks, as the script hashes JavaScript's. */
  uint32_t hash = 2166136261u;
  int32_t noticed = 0;
  for (int32_t s = 0; s < searches; s++) {
    const int32_t i = s % regions;
    const int32_t count =
        discover(state, &table, table.usePool ? neighbours + (size_t)i * (size_t)width : NULL,
                 candidates, ranks);
    if (count < 0) {
      fprintf(stderr, "discovery: a draw fell at a threshold, where this port has no formula\n");
      return 1;
    }
    hash = (hash ^ (uint32_t)count) * 16777619u;
    for (int32_t c = 0; c < count; c++) {
      hash = (hash ^ (uint32_t)candidates[c]) * 16777619u;
      hash = (hash ^ (uint32_t)ranks[c]) * 16777619u;
    }
    noticed += count;
  }
  if (hash != expectedHash || noticed != expectedNoticed ||
      memcmp(state, expectedState, sizeof state) != 0) {
    fprintf(stderr, "discovery: noticed other regions than JavaScript (%d against %d)\n", noticed,
            expectedNoticed);
    return 1;
  }

  double *times = malloc(sizeof(double) * (size_t)(rounds > 0 ? rounds : 1));
  /* Read once a pass, so that the compiler cannot drop the passes. */
  volatile int32_t sink = 0;
  for (int32_t r = 0; r < rounds; r++) {
    const double started = nowNanoseconds();
    int32_t total = 0;
    for (int32_t s = 0; s < searches; s++) {
      const int32_t i = s % regions;
      total += discover(state, &table,
                        table.usePool ? neighbours + (size_t)i * (size_t)width : NULL, candidates,
                        ranks);
    }
    times[r] = nowNanoseconds() - started;
    sink += total;
  }
  printf("%.0f %d\n", median(times, rounds), noticed);
  return 0;
}
