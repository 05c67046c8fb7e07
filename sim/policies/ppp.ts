import type { Policies } from "../scenario/schema.js";
import { inForce } from "./lever-timing.js";

/**
 * Public–private partnership (KPBU, Kerja sama Pemerintah dan Badan Usaha): a private partner
 * finances a share of an agreement's up-front investment, which relieves the regions' yearly
 * budgets during the build; the regions repay it with a premium over the planning horizon
 * (availability payments). Returns the share financed privately for a project starting this year.
 */
export function privateInvestmentShare(lever: Policies["ppp"], year: number): number {
  return inForce(lever, year) ? lever.investmentShare : 0;
}

/** Yearly availability payment per unit of privately financed investment, over the horizon. */
export function availabilityPaymentRate(lever: Policies["ppp"], horizon: number): number {
  return (1 + lever.premium) / horizon;
}
