/**
 * Elementary functions that give the same last bit on every JavaScript engine.
 *
 * The language leaves the accuracy of Math.exp, Math.log, Math.pow and the trigonometric functions
 * to each engine, and engines differ: Chromium 156 and Node 20 disagree in the last bits of all of
 * them, enough to make a browser run drift from a CLI run with the same seed. These are stdlib's
 * implementations of the FreeBSD msun algorithms, written in plain IEEE 754 arithmetic, which every
 * engine evaluates identically. Math.sqrt, Math.abs, Math.floor and friends are exact by IEEE 754
 * and stay. ESLint forbids the engine-dependent Math functions in sim/.
 */
import asin from "@stdlib/math-base-special-asin";
import cos from "@stdlib/math-base-special-cos";
import exp from "@stdlib/math-base-special-exp";
import ln from "@stdlib/math-base-special-ln";
import log1p from "@stdlib/math-base-special-log1p";
import pow from "@stdlib/math-base-special-pow";
import sin from "@stdlib/math-base-special-sin";

export { asin, cos, exp, ln as log, log1p, pow, sin };
