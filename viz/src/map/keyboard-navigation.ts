// Moving a highlight between circles with the arrow keys: the next region is the nearest one in the
// arrow's direction on the drawn map, with regions off to the side counting as farther, so that
// pressing → walks along the archipelago rather than jumping across it.

export type Direction = "left" | "right" | "up" | "down";

const VECTORS: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/** Sideways distance counts this many times a forward one. */
const SIDEWAYS_WEIGHT = 2;

export function directionOfKey(key: string): Direction | undefined {
  switch (key) {
    case "ArrowLeft":
      return "left";
    case "ArrowRight":
      return "right";
    case "ArrowUp":
      return "up";
    case "ArrowDown":
      return "down";
    default:
      return undefined;
  }
}

/**
 * The region to move to from `from`, or `from` itself when nothing lies that way. Regions drawn at the
 * same point (regencies sharing a capital's coordinates) are stepped through in index order: → and ↓
 * to higher indices, ← and ↑ to lower ones, so none is unreachable.
 */
export function nearestInDirection(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  from: number,
  direction: Direction,
): number {
  const [dx, dy] = VECTORS[direction];
  const forwardInIndex = direction === "right" || direction === "down";
  const x0 = x[from] ?? NaN;
  const y0 = y[from] ?? NaN;
  let best = from;
  let bestScore = Infinity;
  for (let j = 0; j < x.length; j++) {
    if (j === from) continue;
    const vx = (x[j] ?? NaN) - x0;
    const vy = (y[j] ?? NaN) - y0;
    if (!Number.isFinite(vx) || !Number.isFinite(vy)) continue;
    const ahead = vx * dx + vy * dy;
    const sideways = Math.abs(vx * dy - vy * dx);
    let score: number;
    if (ahead === 0 && sideways === 0) {
      // Same point: only the next index that way, ahead of anything at a distance.
      if (forwardInIndex ? j < from : j > from) continue;
      score = -1 / (1 + Math.abs(j - from));
    } else {
      if (ahead <= 0 || sideways > ahead * 2) continue;
      score = ahead + SIDEWAYS_WEIGHT * sideways;
    }
    if (score < bestScore) {
      bestScore = score;
      best = j;
    }
  }
  return best;
}
