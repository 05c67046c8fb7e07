import type { Domain } from "./domain.js";
import { surplusDeficitMatch } from "./surplus-deficit.js";

/**
 * Food (pangan). A food-surplus region (agriculture LQ > 1) supplies a deficit region. Beyond the
 * yearly gain, an active food agreement buffers both parties against food-price shocks.
 */
export const food: Domain = {
  name: "food",
  nameId: "pangan",
  sectors: [0],
  buffers: "foodPrice",
  hitBy: null,
  parameters: (s) => ({ ...s.domains.food, buildYears: 0, investmentYears: 0 }),
  pairFactor: surplusDeficitMatch,
};
