// A lesson's own texts, in the language on show: each element says once which field it shows, and the
// language switch refills it (live-text.ts), so an open lesson keeps its focus and progress.
import type { BilingualList, BilingualText } from "../../../sim/lessons/lesson-schema.js";
import { el } from "../app/dom.js";
import { liveText } from "../app/live-text.js";
import { getLang } from "../i18n/i18n.js";

export function bilingual<E extends Element>(node: E, text: BilingualText): E {
  return liveText(node, () => text[getLang()]);
}

/** Paragraphs, one <p> per entry. */
export function paragraphs(list: BilingualList): HTMLElement[] {
  return list.id.map((_, i) => liveText(el("p"), () => list[getLang()][i] ?? ""));
}

/** A list (<ol> for steps, <ul> otherwise), one item per entry. */
export function listOf(list: BilingualList, ordered = false): HTMLElement {
  const items = list.id.map((_, i) => liveText(el("li"), () => list[getLang()][i] ?? ""));
  return el(ordered ? "ol" : "ul", {}, items);
}
