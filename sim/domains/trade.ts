import type { Domain } from "./domain.js";

/**
 * Trade (perdagangan). Regions with different production profiles trade more; members that make
 * the same products compete (Barlingmascakeb failed partly for that). The factor is Krugman's
 * dissimilarity index of the two sector profiles, 0.5·Σ_s |share_i,s − share_j,s|, in [0, 1].
 */
export const trade: Domain = {
  name: "trade",
  nameId: "perdagangan",
  sectors: [2, 3],
  buffers: null,
  hitBy: null,
  parameters: (s) => ({ ...s.domains.trade, buildYears: 0, investmentYears: 0, shockBuffer: 0 }),
  pairFactor(profiles, _d, i, j) {
    const w = profiles.profileWidth;
    const p = profiles.profile;
    let sum = 0;
    for (let s = 0; s < w; s++) sum += Math.abs(p[i * w + s]! - p[j * w + s]!);
    return 0.5 * sum;
  },
};
