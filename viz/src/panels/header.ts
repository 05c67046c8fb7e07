// The page header: the app's name, the tabs between views and the language switch.
import { commonText } from "../i18n/messages/common.js";
import { getLang, isLang, LANGS, setLang } from "../i18n/i18n.js";
import { uiText, type UiKey } from "../i18n/messages/ui.js";
import { el } from "../app/dom.js";
import { liveAttr, liveText, onRelabel } from "../app/live-text.js";

export interface ViewTab {
  id: string;
  labelKey: UiKey;
  /** The element the tab shows (its id goes into aria-controls). */
  panel: HTMLElement;
}

export interface Header {
  element: HTMLElement;
  select(viewId: string, options?: { focus?: boolean }): void;
}

/**
 * Tabs follow the ARIA tabs pattern: one tab in the tab order, arrow keys, Home and End move between
 * them, and the selected tab's view is the only one shown.
 */
export function createHeader(tabs: readonly ViewTab[], onSelect: (viewId: string) => void): Header {
  const buttons = tabs.map((tab) => {
    const button = el("button", {
      attrs: { type: "button", role: "tab", id: `tab-${tab.id}`, "aria-controls": tab.panel.id },
      on: { click: () => select(tab.id, { focus: false }) },
    });
    tab.panel.setAttribute("role", "tabpanel");
    tab.panel.setAttribute("aria-labelledby", button.id);
    return liveText(button, () => uiText(tab.labelKey));
  });

  const tablist = el("div", { class: "view-tabs", attrs: { role: "tablist" } }, buttons);
  tablist.addEventListener("keydown", (event) => {
    const index = buttons.findIndex((button) => button === document.activeElement);
    if (index < 0) return;
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: buttons.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = tabs[(target + tabs.length) % tabs.length];
    if (tab) select(tab.id, { focus: true });
  });

  const nav = liveAttr(el("nav", {}, [tablist]), "aria-label", () => uiText("nav_label"));

  const element = el("header", { class: "app-header" }, [
    el("h1", { class: "app-title" }, [
      liveText(el("span"), () => commonText("app_name")),
      liveText(el("small"), () => commonText("app_tagline")),
    ]),
    nav,
    languageSwitch(),
  ]);

  function select(viewId: string, options: { focus?: boolean } = {}): void {
    tabs.forEach((tab, i) => {
      const selected = tab.id === viewId;
      const button = buttons[i];
      if (!button) return;
      button.setAttribute("aria-selected", String(selected));
      button.tabIndex = selected ? 0 : -1;
      tab.panel.hidden = !selected;
      if (selected && options.focus) button.focus();
    });
    onSelect(viewId);
  }

  return { element, select };
}

function languageSwitch(): HTMLElement {
  const select = el("select", {
    attrs: { id: "lang-switch", "data-testid": "lang-switch" },
    on: {
      change: () => {
        if (isLang(select.value)) setLang(select.value);
      },
    },
  });
  for (const lang of LANGS) {
    // Each language is named in itself, and marked so a screen reader pronounces it right.
    select.append(
      el("option", { text: commonText.inLang(lang, `lang_${lang}`), attrs: { value: lang, lang } }),
    );
  }
  select.value = getLang();
  // The select follows changes of language made elsewhere (a test, a future settings page).
  onRelabel(select, () => {
    select.value = getLang();
  });
  const label = liveText(el("label", { attrs: { for: select.id } }), () => commonText("lang_switch_label"));
  return el("div", { class: "lang-switch" }, [label, select]);
}
