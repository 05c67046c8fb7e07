import type { Domain } from "./domain.js";
import { energy } from "./energy.js";
import { food } from "./food.js";
import { tourism } from "./tourism.js";
import { trade } from "./trade.js";

/**
 * The domains of cooperation, in output order. The model iterates this list; adding a domain
 * means adding it here (and its parameters to the scenario schema).
 */
export const DOMAINS: readonly Domain[] = [trade, tourism, food, energy];
