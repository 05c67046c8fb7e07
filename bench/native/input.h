/*
 * What the programs of bench/native/ share: reading their input from standard input (the bytes
 * bench/wasm-kernels.ts writes), a monotonic clock, and the median of a pass's times. Each program
 * is one file that includes this; there is no library to link.
 */
#ifndef SINERGI_BENCH_NATIVE_INPUT_H
#define SINERGI_BENCH_NATIVE_INPUT_H

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* Reads exactly `bytes` bytes, or ends the program with status 2: its input was cut short. */
static void readAll(FILE *in, void *to, size_t bytes) {
  if (fread(to, 1, bytes, in) != bytes) {
    fprintf(stderr, "bench/native: the input ends early\n");
    exit(2);
  }
}

/* A new array of `bytes` bytes read from the input. */
static void *readArray(FILE *in, size_t bytes) {
  void *to = malloc(bytes > 0 ? bytes : 1);
  if (!to) {
    fprintf(stderr, "bench/native: out of memory\n");
    exit(2);
  }
  readAll(in, to, bytes);
  return to;
}

static double nowNanoseconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e9 + t.tv_nsec;
}

static int byValue(const void *x, const void *y) {
  const double a = *(const double *)x, b = *(const double *)y;
  return (a > b) - (a < b);
}

/* The median of `count` times (sorts them in place). */
static double median(double *times, int count) {
  qsort(times, (size_t)count, sizeof(double), byValue);
  return times[count / 2];
}

#endif
