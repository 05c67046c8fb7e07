// Where the page tells the user what happened: a polite status line (run progress, "link copied") and
// an alert for mistakes (an invalid file or address), which screen readers announce at once. Messages
// are functions so they follow a change of language while shown.
import { el, replaceChildren } from "../app/dom.js";
import { liveAttr, onRelabel } from "../app/live-text.js";
import { uiText } from "../i18n/messages/ui.js";

export type Message = () => string;

export interface StatusPanel {
  element: HTMLElement;
  info(message: Message): void;
  /** Shows one or more problems in the alert region, replacing those shown before. */
  error(...messages: Message[]): void;
  clearError(): void;
}

export function createStatusPanel(): StatusPanel {
  let infoMessage: Message | null = null;
  let errors: Message[] = [];

  const status = el("p", {
    class: "status",
    attrs: { role: "status", "aria-live": "polite", "data-testid": "status", "data-kind": "info" },
  });
  const dismiss = el("button", { attrs: { type: "button" }, on: { click: () => clearError() } });
  liveAttr(dismiss, "aria-label", () => uiText("dismiss_error"));
  dismiss.textContent = "×";
  const alertList = el("ul", { class: "alert-list" });
  const alert = el("div", {
    class: "status",
    attrs: { role: "alert", "data-testid": "alert", "data-kind": "error" },
  });
  const element = el("div", { class: "status-area" }, [alert, status]);

  function render(): void {
    status.textContent = infoMessage ? infoMessage() : "";
    if (errors.length === 0) {
      alert.replaceChildren();
      return;
    }
    replaceChildren(
      alertList,
      errors.map((message) => el("li", { text: message() })),
    );
    replaceChildren(alert, [alertList, dismiss]);
  }
  onRelabel(element, render);

  function clearError(): void {
    errors = [];
    render();
  }

  return {
    element,
    info(message) {
      infoMessage = message;
      render();
    },
    error(...messages) {
      errors = messages;
      render();
    },
    clearError,
  };
}
