// The Lessons view: the list of guided lessons and, for the one open, its page — the concept and the
// part of the source text it rests on, the steps, the predict-then-run question (the preset can be
// loaded only after a prediction is committed), the result once the loaded run is done (explanation,
// whether the prediction matched, what to notice, discussion), the sources, and behind a toggle the
// teacher's page with the class's predictions. Lesson texts are the lesson files' own, in both languages.
import type { ScenarioInput } from "../../../sim/index.js";
import { el, replaceChildren, uniqueId } from "../app/dom.js";
import { liveAttr, liveText, onRelabel } from "../app/live-text.js";
import { downloadText } from "../export/download.js";
import { getLang } from "../i18n/i18n.js";
import { lessonsText } from "../i18n/messages/lessons.js";
import type { CatalogueLesson, LessonCatalogue } from "./lesson-catalogue.js";
import { LessonProgress } from "./lesson-progress.js";
import { bilingual, listOf, paragraphs } from "./lesson-text.js";
import type { PredictionLog } from "./prediction-log.js";

export interface LessonsViewDeps {
  catalogue: LessonCatalogue;
  log: PredictionLog;
  /** Loads the lesson's preset (scenario and world) into the simulator, highlights its levers, shows it. */
  loadLesson(entry: CatalogueLesson): void;
  /** The open lesson changed (the address follows). */
  onOpen?(id: string | undefined): void;
  now?(): Date;
}

export interface LessonsView {
  element: HTMLElement;
  /** Opens a lesson's page by id, or the list. Unknown ids show the list. */
  open(id: string | undefined, options?: { focus?: boolean }): void;
  current(): CatalogueLesson | undefined;
  /** A run finished: when it is the loaded lesson's scenario, the result is shown. */
  runFinished(scenario: ScenarioInput): void;
}

export function createLessonsView(deps: LessonsViewDeps): LessonsView {
  const element = el("div", { class: "lessons-view", attrs: { "data-testid": "lessons" } });
  const progress = new Map<string, LessonProgress>();
  let open: CatalogueLesson | undefined;
  let page: LessonPage | undefined;

  function progressOf(entry: CatalogueLesson): LessonProgress {
    let state = progress.get(entry.lesson.id);
    if (!state) {
      state = new LessonProgress(entry.lesson);
      progress.set(entry.lesson.id, state);
    }
    return state;
  }

  function showList(focus: boolean): void {
    open = undefined;
    page = undefined;
    const heading = liveText(el("h2", { attrs: { tabindex: -1 } }), () => lessonsText("heading"));
    const items = deps.catalogue.lessons.map((entry) =>
      el("li", { class: "lesson-card" }, [
        el("h3", {}, [
          bilingual(
            el("button", {
              class: "link-button",
              attrs: { type: "button", "data-lesson": entry.lesson.id },
              on: { click: () => view.open(entry.lesson.id, { focus: true }) },
            }),
            entry.lesson.title,
          ),
        ]),
        liveText(el("p", { class: "lesson-minutes" }), () =>
          lessonsText("minutes", { minutes: entry.lesson.minutes }),
        ),
        bilingual(el("p"), entry.lesson.summary),
      ]),
    );
    const problems = deps.catalogue.problems;
    replaceChildren(element, [
      el("section", { class: "panel lessons-list" }, [
        heading,
        liveText(el("p", { class: "help" }), () => lessonsText("intro")),
        items.length > 0
          ? el("ol", { class: "lesson-cards" }, items)
          : liveText(el("p"), () => lessonsText("none")),
        problems.length === 0
          ? null
          : el("div", { class: "lesson-problems", attrs: { role: "note" } }, [
              liveText(el("p"), () => lessonsText("problems")),
              el(
                "ul",
                {},
                problems.map((problem) => el("li", { text: problem })),
              ),
            ]),
      ]),
    ]);
    if (focus) heading.focus();
  }

  const view: LessonsView = {
    element,
    open(id, options = {}) {
      const entry = deps.catalogue.lessons.find((candidate) => candidate.lesson.id === id);
      if (entry === undefined) showList(options.focus ?? false);
      else if (entry !== open) {
        open = entry;
        page = lessonPage(entry, progressOf(entry), deps, () => view.open(undefined, { focus: true }));
        replaceChildren(element, [page.element]);
      }
      if (open && options.focus) page?.heading.focus();
      deps.onOpen?.(open?.lesson.id);
    },
    current: () => open,
    runFinished(scenario) {
      for (const entry of deps.catalogue.lessons) {
        const state = progress.get(entry.lesson.id);
        if (state?.stage === "loaded" && loadedScenarios.get(state) === scenario) {
          state.ran();
          if (entry === open) page?.update();
        }
      }
    },
  };
  showList(false);
  return view;
}

/** The scenario object each lesson loaded last, to know when its run (and not another) is done. */
const loadedScenarios = new WeakMap<LessonProgress, ScenarioInput>();

interface LessonPage {
  element: HTMLElement;
  heading: HTMLElement;
  update(): void;
}

function section(className: string, title: () => string, children: Parameters<typeof el>[2]): HTMLElement {
  const id = uniqueId("lesson-section");
  return el("section", { class: `lesson-section ${className}`, attrs: { "aria-labelledby": id } }, [
    liveText(el("h3", { attrs: { id } }), title),
    ...(children ?? []),
  ]);
}

function lessonPage(
  entry: CatalogueLesson,
  progress: LessonProgress,
  deps: LessonsViewDeps,
  back: () => void,
): LessonPage {
  const { lesson } = entry;
  const heading = bilingual(el("h2", { attrs: { tabindex: -1 } }), lesson.title);
  const optionText = (id: string | undefined): string =>
    lesson.prediction.options.find((option) => option.id === id)?.text[getLang()] ?? "";

  // Predict, commit, load.
  const radioName = uniqueId(`prediction-${lesson.id}`);
  const questionId = uniqueId("prediction-question");
  const radios = lesson.prediction.options.map((option) => {
    const input = el("input", {
      attrs: { type: "radio", name: radioName, value: option.id, id: uniqueId("prediction-option") },
      on: {
        change: () => {
          progress.choose(option.id);
          update();
        },
      },
    });
    const label = bilingual(el("label", { attrs: { for: input.id } }), option.text);
    return { input, row: el("div", { class: "prediction-option" }, [input, label]) };
  });
  const studentName = el("input", {
    attrs: { type: "text", id: uniqueId("student-name"), autocomplete: "name", maxlength: 80 },
  });
  const commitButton = liveText(el("button", { attrs: { type: "button" }, on: { click: commit } }), () =>
    lessonsText("commit"),
  );
  const loadNoteId = uniqueId("load-note");
  const loadNote = liveText(el("p", { class: "help no-print", attrs: { id: loadNoteId } }), () =>
    lessonsText("load_disabled"),
  );
  const loadButton = liveText(
    el("button", {
      class: "primary",
      attrs: { type: "button", "aria-describedby": loadNoteId, "data-testid": "lesson-load" },
      on: { click: load },
    }),
    () => lessonsText("load"),
  );
  const status = el("p", { class: "lesson-status no-print", attrs: { role: "status" } });
  const predict = section("lesson-predict", () => lessonsText("predict"), [
    liveText(el("p", { class: "help" }), () => lessonsText("predict_help")),
    el("fieldset", { attrs: { "aria-labelledby": questionId } }, [
      bilingual(el("legend", { attrs: { id: questionId } }), lesson.prediction.question),
      ...radios.map((radio) => radio.row),
    ]),
    el("div", { class: "no-print field" }, [
      liveText(el("label", { attrs: { for: studentName.id } }), () => lessonsText("student_name")),
      studentName,
    ]),
    el("div", { class: "lesson-actions no-print" }, [commitButton, loadButton]),
    loadNote,
    status,
  ]);

  // The result, hidden until the loaded run is done.
  const matchLine = el("p", { class: "lesson-match", attrs: { "data-testid": "lesson-match" } });
  const result = section("lesson-result", () => lessonsText("result"), [
    matchLine,
    liveText(el("h4"), () => lessonsText("explanation")),
    bilingual(el("p", { attrs: { "data-testid": "lesson-explanation" } }), lesson.prediction.explanation),
    liveText(el("h4"), () => lessonsText("notice")),
    listOf(lesson.notice),
    liveText(el("h4"), () => lessonsText("discussion")),
    listOf(lesson.discussion, true),
  ]);

  const teacher = teacherPage(entry, deps);
  const teacherToggle = liveText(
    el("button", {
      class: "no-print",
      attrs: { type: "button", "aria-expanded": "false", "aria-controls": teacher.element.id },
      on: {
        click: () => {
          const opening = teacher.element.hidden;
          teacher.element.hidden = !opening;
          teacherToggle.setAttribute("aria-expanded", String(opening));
          if (opening) teacher.refresh();
        },
      },
    }),
    () => lessonsText("teacher_toggle"),
  );

  const element = el("article", { class: "panel lesson-page", attrs: { "data-lesson": lesson.id } }, [
    el("nav", { class: "lesson-nav no-print" }, [
      liveText(el("button", { class: "link-button", attrs: { type: "button" }, on: { click: back } }), () =>
        lessonsText("back_to_list"),
      ),
      teacherToggle,
      liveText(el("button", { attrs: { type: "button" }, on: { click: () => globalThis.print() } }), () =>
        lessonsText("print"),
      ),
    ]),
    heading,
    liveText(el("p", { class: "lesson-minutes" }), () => lessonsText("minutes", { minutes: lesson.minutes })),
    bilingual(el("p", { class: "lesson-summary" }), lesson.summary),
    section("lesson-concept", () => lessonsText("concept"), [
      ...paragraphs(lesson.concept),
      el("aside", { class: "lesson-source-text" }, [
        liveText(el("h4"), () => lessonsText("source_text")),
        bilingual(el("p"), lesson.sourceText),
      ]),
    ]),
    section("lesson-instructions", () => lessonsText("instructions"), [listOf(lesson.instructions, true)]),
    predict,
    result,
    // A handout printed before the run still carries the discussion questions (print rules only).
    el("section", { class: "lesson-section lesson-print-discussion print-only" }, [
      liveText(el("h3"), () => lessonsText("discussion")),
      listOf(lesson.discussion, true),
    ]),
    section("lesson-sources", () => lessonsText("sources"), [sourceList(entry)]),
    teacher.element,
  ]);

  function commit(): void {
    const prediction = progress.commit();
    if (prediction === undefined) return;
    deps.log.add({
      lesson: lesson.id,
      student: studentName.value.trim(),
      prediction,
      answer: lesson.prediction.answer,
      matched: prediction === lesson.prediction.answer,
      timestamp: (deps.now?.() ?? new Date()).toISOString(),
    });
    teacher.refresh();
    update();
    loadButton.focus();
  }

  function load(): void {
    if (!progress.canLoad()) return;
    progress.loaded();
    loadedScenarios.set(progress, entry.scenario);
    update();
    deps.loadLesson(entry);
  }

  function update(): void {
    const stage = progress.stage;
    const committed = stage !== "choosing";
    for (const radio of radios) {
      radio.input.disabled = committed;
      if (radio.input.value === (progress.committed ?? progress.chosen)) radio.input.checked = true;
    }
    studentName.disabled = committed;
    commitButton.disabled = !progress.canCommit();
    loadButton.disabled = !progress.canLoad();
    loadNote.hidden = progress.canLoad();
    result.hidden = stage !== "result";
    matchLine.dataset.matched = String(progress.matched() ?? "");
    relabel();
  }

  // Bound once; update() re-applies them, and so does a change of language.
  const relabel = (): void => {
    const stage = progress.stage;
    let line = "";
    if (stage !== "choosing") line = lessonsText("committed", { option: optionText(progress.committed) });
    if (stage === "loaded") line = `${line} ${lessonsText("waiting")}`;
    if (stage === "result") line = `${line} ${lessonsText("loaded")}`;
    status.textContent = line;
    matchLine.textContent = progress.matched()
      ? lessonsText("matched")
      : lessonsText("not_matched", { answer: optionText(lesson.prediction.answer) });
  };
  onRelabel(element, relabel);

  update();
  liveAttr(element, "aria-label", () => lesson.title[getLang()]);
  return { element, heading, update };
}

function sourceList(entry: CatalogueLesson): HTMLElement {
  return el(
    "ul",
    { class: "lesson-source-list" },
    entry.lesson.sources.map((source) =>
      el("li", {}, [
        el("span", { text: source.citation }),
        source.url === undefined
          ? null
          : el("span", {}, [
              " ",
              el("a", { text: source.url, attrs: { href: source.url, rel: "noopener" } }),
            ]),
        source.note === undefined
          ? null
          : bilingual(el("span", { class: "help lesson-source-note" }), source.note),
      ]),
    ),
  );
}

/** The teacher's page: objectives, timing, answers, misconceptions, and the class's predictions. */
function teacherPage(
  entry: CatalogueLesson,
  deps: LessonsViewDeps,
): { element: HTMLElement; refresh(): void } {
  const { lesson } = entry;
  const count = el("p", { attrs: { role: "status" } });
  const download = liveText(
    el("button", {
      attrs: { type: "button" },
      on: {
        click: () =>
          downloadText(`sinergi-${lesson.id}-predictions.csv`, deps.log.csv(lesson.id), "text/csv"),
      },
    }),
    () => lessonsText("class_download"),
  );
  const clear = liveText(
    el("button", {
      attrs: { type: "button" },
      on: {
        click: () => {
          deps.log.clear(lesson.id);
          refresh();
        },
      },
    }),
    () => lessonsText("class_clear"),
  );
  const element = el(
    "section",
    { class: "lesson-teacher", attrs: { id: uniqueId("lesson-teacher"), hidden: true } },
    [
      liveText(el("h3"), () => lessonsText("teacher_heading")),
      liveText(el("h4"), () => lessonsText("objectives")),
      listOf(lesson.teacher.objectives),
      liveText(el("h4"), () => lessonsText("timing")),
      listOf(lesson.teacher.timing, true),
      liveText(el("h4"), () => lessonsText("answers")),
      listOf(lesson.teacher.answers),
      liveText(el("h4"), () => lessonsText("misconceptions")),
      listOf(lesson.teacher.misconceptions),
      el("div", { class: "lesson-class no-print" }, [
        liveText(el("h4"), () => lessonsText("class_heading")),
        liveText(el("p", { class: "help" }), () => lessonsText("class_help")),
        count,
        el("div", { class: "lesson-actions" }, [download, clear]),
      ]),
    ],
  );
  onRelabel(count, () => {
    count.textContent = lessonsText("class_count", { count: deps.log.list(lesson.id).length });
  });
  function refresh(): void {
    const records = deps.log.list(lesson.id).length;
    count.textContent = lessonsText("class_count", { count: records });
    download.disabled = records === 0;
    clear.disabled = records === 0;
  }
  refresh();
  return { element, refresh };
}
