import type { Domain } from "./domain.js";
import { surplusDeficitMatch } from "./surplus-deficit.js";

/**
 * Energy (energi). Like food, an energy-rich region (mining LQ > 1: coal, oil, gas) supplies a
 * deficit one, but the link needs an up-front investment (interconnection) shared by the parties
 * and pays only after a build time: the long-horizon case where trust and budget matter most.
 * A working agreement buffers both parties against energy crises.
 */
export const energy: Domain = {
  name: "energy",
  nameId: "energi",
  sectors: [1],
  buffers: "energyCrisis",
  hitBy: null,
  parameters: (s) => ({ ...s.domains.energy }),
  pairFactor: surplusDeficitMatch,
};
