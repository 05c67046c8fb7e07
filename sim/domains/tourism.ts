import type { Domain } from "./domain.js";

/**
 * Tourism (pariwisata). Joint packages pay where both regions have attractions, measured by the
 * geometric mean of their location quotients of accommodation and food service (KBLI I, the usual
 * proxy: there is no provincial tourism satellite account). Its distance decay is sharper (a larger
 * θ by default) because a joint package needs travellers to reach both.
 */
export const tourism: Domain = {
  name: "tourism",
  nameId: "pariwisata",
  sectors: [4],
  buffers: null,
  hitBy: "pandemic",
  parameters: (s) => ({ ...s.domains.tourism, buildYears: 0, investmentYears: 0, shockBuffer: 0 }),
  pairFactor(profiles, d, i, j) {
    const k = profiles.domainCount;
    return Math.sqrt(profiles.lq[i * k + d]! * profiles.lq[j * k + d]!);
  },
};
