/** Whether a lever with timing {from, until} is in force in simulated year `year` (1-based). */
export function inForce(lever: { from: number; until?: number | undefined }, year: number): boolean {
  return year >= lever.from && (lever.until === undefined || year <= lever.until);
}
