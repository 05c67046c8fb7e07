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
  /** Shows the lesson; `withoutLever` lists its highlighted settings that no lever shows. */
  show(entry: CatalogueLesson | undefined, withoutLever?: readonly string[]): void;
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
  let unlisted: readonly string[] = [];
  const note = liveText(el("p", { class: "help", attrs: { "data-testid": "lesson-unlisted" } }), () =>
    unlisted.length === 0 ? "" : lessonsText("without_lever", { paths: unlisted.join(", ") }),
  );
  const element = el("aside", { class: "panel lesson-banner", attrs: { hidden: true } }, [
    title,
    note,
    button,
  ]);
  return {
    element,
    show(entry, withoutLever = []) {
      shown = entry;
      unlisted = withoutLever;
      note.hidden = unlisted.length === 0;
      note.textContent =
        unlisted.length === 0 ? "" : lessonsText("without_lever", { paths: unlisted.join(", ") });
      element.hidden = entry === undefined;
      title.textContent = entry ? lessonsText("banner", { title: entry.lesson.title[getLang()] }) : "";
    },
    focus: () => title.focus(),
  };
}
