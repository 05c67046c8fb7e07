import { Matrix, QrDecomposition } from "ml-matrix";

/** Standardized regression coefficients of one output on the parameters. */
export interface StandardizedRegression {
  /**
   * SRC_i = b_i·sd(x_i)/sd(y), one per parameter in column order; NaN for a parameter that does not
   * vary in the sample (and for all of them when y does not vary).
   */
  coefficients: number[];
  /** Share of Var(y) the linear fit explains; NaN when y does not vary. */
  rSquared: number;
  /** Number of rows (runs or design points). */
  n: number;
}

/**
 * A column whose QR diagonal falls below this share of its own norm is a linear combination of
 * the columns before it: the coefficients would be arbitrary, not small.
 */
const COLLINEAR = 1e-10;

/**
 * Standardized regression coefficients and R² (Saltelli et al. 2008, "Global Sensitivity
 * Analysis. The Primer", §1.2.5): y and every column of x are standardized (centred and divided
 * by their sample standard deviation) and y is regressed on x by ordinary least squares, so each
 * coefficient is SRC_i = b_i·sd(x_i)/sd(y), the change of y in standard deviations per standard
 * deviation of x_i. Centring removes the intercept. With independent inputs Σ SRC_i² = R², and the
 * SRCs rank the parameters only as far as R² says the model is close to linear (a common rule of
 * thumb wants R² ≥ 0.7); they work with any design, which is why they complement Sobol and Morris.
 *
 * `x` holds one row of parameter values per observation, `y` the output of each. The fit is
 * ml-matrix's QR least squares, better conditioned than the normal equations.
 *
 * A parameter that is constant across the rows (say, held at one value in a list design) has no
 * standardized coefficient: it gets NaN and is left out of the fit, which is otherwise unchanged.
 * An output that is constant gives NaN for everything; when no parameter varies, R² is 0. Input errors throw a RangeError: x and y of
 * different lengths, fewer than 2 rows, a row without the same number (≥ 1) of finite values as the
 * first, a value that is not finite, fewer rows than varying parameters + 1 (the fit would be
 * underdetermined), or a parameter that is a linear combination of others (collinear columns, so
 * no unique coefficients).
 */
export function standardizedRegression(x: ArrayLike<number>[], y: ArrayLike<number>): StandardizedRegression {
  const n = y.length;
  if (x.length !== n) {
    throw new RangeError(`standardizedRegression: x has ${x.length} rows but y has ${n} values`);
  }
  if (n < 2) throw new RangeError(`standardizedRegression: needs at least 2 rows, got ${n}`);
  const k = x[0]!.length;
  if (k < 1) throw new RangeError("standardizedRegression: the rows have no parameter values");
  for (let r = 0; r < n; r++) {
    const row = x[r]!;
    if (row.length !== k) {
      throw new RangeError(`standardizedRegression: row ${r} has ${row.length} values, the first has ${k}`);
    }
    for (let i = 0; i < k; i++) {
      if (!Number.isFinite(row[i]!)) {
        throw new RangeError(
          `standardizedRegression: x[${r}][${i}] is ${row[i]}; every value must be finite`,
        );
      }
    }
    if (!Number.isFinite(y[r]!)) {
      throw new RangeError(`standardizedRegression: y[${r}] is ${y[r]}; every value must be finite`);
    }
  }

  const nan = (): number[] => Array.from({ length: k }, () => Number.NaN);
  const response = standardize(Array.from({ length: n }, (_, r) => y[r]!));
  if (response === null) return { coefficients: nan(), rSquared: Number.NaN, n };

  const varying: number[] = [];
  const columns: Float64Array[] = [];
  for (let i = 0; i < k; i++) {
    const column = standardize(Array.from({ length: n }, (_, r) => x[r]![i]!));
    if (column === null) continue;
    varying.push(i);
    columns.push(column);
  }
  const coefficients = nan();
  if (varying.length === 0) return { coefficients, rSquared: 0, n };
  if (n < varying.length + 1) {
    throw new RangeError(
      `standardizedRegression: ${n} rows cannot fit ${varying.length} varying parameters; needs at least ${varying.length + 1}`,
    );
  }

  const design = new Matrix(n, varying.length);
  for (let c = 0; c < varying.length; c++) {
    const column = columns[c]!;
    for (let r = 0; r < n; r++) design.set(r, c, column[r]!);
  }
  const qr = new QrDecomposition(design);
  // Every standardized column has norm √(n − 1), so |R_cc| compares to that.
  const scale = Math.sqrt(n - 1);
  const diagonal = qr.upperTriangularMatrix;
  for (let c = 0; c < varying.length; c++) {
    if (Math.abs(diagonal.get(c, c)) <= COLLINEAR * scale) {
      throw new RangeError(
        `standardizedRegression: parameter ${varying[c]} is a linear combination of the parameters before it; ` +
          "collinear parameters have no unique coefficients",
      );
    }
  }
  const beta = qr.solve(Matrix.columnVector(Array.from(response)));
  for (let c = 0; c < varying.length; c++) coefficients[varying[c]!] = beta.get(c, 0);

  const fitted = design.mmul(beta);
  let residualSquares = 0;
  for (let r = 0; r < n; r++) {
    const residual = response[r]! - fitted.get(r, 0);
    residualSquares += residual * residual;
  }
  // The standardized response has Σ z² = n − 1.
  return { coefficients, rSquared: 1 - residualSquares / (n - 1), n };
}

/** (v − mean) / sd with the sample sd (divisor n − 1); null when every value is the same. */
function standardize(values: number[]): Float64Array | null {
  // Tested on the values themselves: the mean of equal values can be off by a rounding error,
  // which would leave a constant column a tiny spread, standardized into pure noise.
  if (values.every((value) => value === values[0])) return null;
  const n = values.length;
  let mean = 0;
  for (const value of values) mean += value;
  mean /= n;
  let squares = 0;
  for (const value of values) squares += (value - mean) * (value - mean);
  const sd = Math.sqrt(squares / (n - 1));
  return Float64Array.from(values, (value) => (value - mean) / sd);
}
