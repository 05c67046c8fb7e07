// The page's skeleton: the header with its tabs, and one container per view. The simulation view has
// a side column (scenario, levers) and a main column (status, run controls, map, charts); the other
// views are filled by their own panels.
import { el } from "./dom.js";
import { liveText, onRelabel } from "./live-text.js";
import { commonText } from "../i18n/messages/common.js";
import { createHeader, type Header } from "../panels/header.js";
import { uiText, type UiKey } from "../i18n/messages/ui.js";

export type ViewId = "simulate" | "lessons" | "compare" | "sweep";

export const VIEWS: readonly { id: ViewId; labelKey: UiKey }[] = [
  { id: "simulate", labelKey: "view_simulate" },
  { id: "lessons", labelKey: "view_lessons" },
  { id: "compare", labelKey: "view_compare" },
  { id: "sweep", labelKey: "view_sweep" },
];

export function isViewId(value: unknown): value is ViewId {
  return VIEWS.some((view) => view.id === value);
}

export interface PageLayout {
  header: Header;
  views: Record<ViewId, HTMLElement>;
  /** The simulation view's columns. */
  side: HTMLElement;
  main: HTMLElement;
}

export function buildPageLayout(root: HTMLElement, onSelectView: (view: ViewId) => void): PageLayout {
  const side = el("div", { class: "side-column", attrs: { "data-testid": "side-column" } });
  const main = el("div", { class: "main-column", attrs: { id: "results", tabindex: -1 } });
  const views: Record<ViewId, HTMLElement> = {
    simulate: el(
      "section",
      { class: "view", attrs: { id: "view-simulate", "data-testid": "view-simulate" } },
      [el("div", { class: "simulate-layout" }, [side, main])],
    ),
    lessons: el("section", { class: "view", attrs: { id: "view-lessons", "data-testid": "view-lessons" } }),
    compare: el("section", { class: "view", attrs: { id: "view-compare", "data-testid": "view-compare" } }),
    sweep: el("section", { class: "view", attrs: { id: "view-sweep", "data-testid": "view-sweep" } }),
  };
  const header = createHeader(
    VIEWS.map((view) => ({ id: view.id, labelKey: view.labelKey, panel: views[view.id] })),
    (id) => onSelectView(id as ViewId),
  );
  // The address's hash holds the scenario, so the skip link moves focus itself instead of navigating.
  const skip = liveText(
    el("a", {
      class: "skip-link",
      attrs: { href: "#results" },
      on: {
        click: (event) => {
          event.preventDefault();
          main.focus();
        },
      },
    }),
    () => uiText("skip_to_content"),
  );
  // The tab's title follows the language, as the page's lang attribute does.
  onRelabel(root, () => {
    document.title = `${commonText("app_name")} — ${uiText("page_title")}`;
  });
  root.replaceChildren(
    skip,
    header.element,
    el("main", {}, [views.simulate, views.lessons, views.compare, views.sweep]),
  );
  return { header, views, side, main };
}
