// Text that follows the language. A panel says once what an element's text (or attribute) is, as a
// function, and the language switch re-evaluates every such function: no panel has to rebuild itself,
// so focus, open sections and scroll positions survive a switch of language.
import { onLangChange } from "../i18n/i18n.js";

interface Binding {
  node: Element;
  apply: () => void;
}

const bindings = new Set<Binding>();

/** Above this many bindings, those of elements that left the page are dropped (panels that redraw). */
const PRUNE_ABOVE = 2000;

function bind(node: Element, apply: () => void): void {
  apply();
  bindings.add({ node, apply });
  if (bindings.size > PRUNE_ABOVE) prune();
}

function prune(): void {
  for (const binding of bindings) if (!binding.node.isConnected) bindings.delete(binding);
}

/** Sets node's text now and after every change of language. */
export function liveText<E extends Element>(node: E, text: () => string): E {
  bind(node, () => {
    node.textContent = text();
  });
  return node;
}

/** Sets an attribute (aria-label, title, placeholder) now and after every change of language. */
export function liveAttr<E extends Element>(node: E, name: string, text: () => string): E {
  bind(node, () => {
    node.setAttribute(name, text());
  });
  return node;
}

/** Runs an arbitrary relabelling (a select's options, a chart's axis titles) now and after every change. */
export function onRelabel(node: Element, relabel: () => void): void {
  bind(node, relabel);
}

/** Applies every binding; those whose element has left the page are forgotten. */
export function relabelAll(): void {
  for (const binding of [...bindings]) {
    if (!binding.node.isConnected) bindings.delete(binding);
    else binding.apply();
  }
}

onLangChange(relabelAll);
