/**
 * A mistake in what a user gave the program (a world file, a scenario, an override), as opposed to
 * a bug. It names where the input came from, the field and what is wrong, so the CLI can print one
 * clear line and exit with code 2, and the dashboard can show it next to the control.
 */
export class InputError extends Error {
  constructor(
    /** The file or other source of the input, e.g. "configs/scenarios/baseline.json" or "--set". */
    readonly source: string,
    /** The field path inside the input, e.g. "policies.incentiveFund.budget" or "row 12, column grdp". */
    readonly field: string,
    /** What is wrong, in plain words. */
    readonly problem: string,
  ) {
    super(field ? `${source}: ${field}: ${problem}` : `${source}: ${problem}`);
    this.name = "InputError";
  }
}
