import { scenarioJsonSchema } from "../scenario/json-schema.js";

/** A node of the scenario's JSON Schema, as far as walking field names needs it. */
interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  anyOf?: SchemaNode[];
}

let root: SchemaNode | undefined;

/**
 * Whether a dot path (as `sinergi run --set` and the dashboard's levers name fields, e.g. ego.mean or
 * policies.incentiveFund.until) names a field of a scenario. Walked in the scenario's JSON Schema
 * rather than in the default scenario, so that optional fields without a default (a lever's `until`)
 * count, and keys of a map (ego.byGroup.Jawa) are accepted where the map takes any key.
 */
export function isScenarioField(path: string): boolean {
  root ??= scenarioJsonSchema() as SchemaNode;
  const keys = path.split(".");
  if (keys.some((key) => key === "" || key === "$schema")) return false;
  return leads(root, keys);
}

function leads(node: SchemaNode, keys: readonly string[]): boolean {
  const [key, ...rest] = keys;
  if (key === undefined) return true;
  if (node.anyOf?.some((branch) => leads(branch, keys))) return true;
  const named = node.properties && Object.hasOwn(node.properties, key) ? node.properties[key] : undefined;
  if (named) return leads(named, rest);
  const { additionalProperties: anyKey } = node;
  return typeof anyKey === "object" && leads(anyKey, rest);
}
