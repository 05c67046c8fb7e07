// The simulation view's reminder of the lesson whose preset is loaded, with the way back to it: after
// "Load into the simulator" focus lands here, so a keyboard user reads which lesson this is and the
// next Tab reaches "Back to the lesson".
import { el } from "../app/dom.js";
import { liveText } from "../app/live-text.js";
import { getLang } from "../i18n/i18n.js";
import { lessonsText } from "../i18n/messages/lessons.js";
import type { CatalogueLesson } from "./lesson-catalogue.js";

export interface LessonBanner {
  element: HTMLElement;
  show(entry: CatalogueLesson | undefined): void;
  focus(): void;
}

export function createLessonBanner(back: (entry: CatalogueLesson) => void): LessonBanner {
  let shown: CatalogueLesson | undefined;
  const title = liveText(el("p", { class: "lesson-banner-title", attrs: { tabindex: -1 } }), () =>
    shown ? lessonsText("banner", { title: shown.lesson.title[getLang()] }) : "",
  );
  const button = liveText(
    el("button", {
      attrs: { type: "button", "data-testid": "back-to-lesson" },
      on: { click: () => shown && back(shown) },
    }),
    () => lessonsText("back_to_lesson"),
  );
  const element = el("aside", { class: "panel lesson-banner", attrs: { hidden: true } }, [title, button]);
  return {
    element,
    show(entry) {
      shown = entry;
      element.hidden = entry === undefined;
      title.textContent = entry ? lessonsText("banner", { title: entry.lesson.title[getLang()] }) : "";
    },
    focus: () => title.focus(),
  };
}
