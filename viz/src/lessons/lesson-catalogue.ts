// The guided lessons bundled with the page: every configs/lessons/<folder>/ with its lesson.json, its
// preset scenario and (optionally) its own small world CSV. Each lesson is checked at load with the
// same schema `sinergi validate` uses (sim/lessons/lesson-schema.ts) and its preset with sim's
// scenario schema.
//
// A lesson that does not pass is left out of the list and named, with its problem, in a note the
// Lessons view shows — rather than failing the build or the page. Why: lessons are content that
// teachers edit in their own copy, and one broken lesson should not take the other five (or the whole
// dashboard) down with it; the project's own lessons cannot slip through, since the unit tests and
// `sinergi validate` in CI read every one of them and fail on a problem.
import { InputError, parseScenario, parseWorldCsv, type ScenarioInput } from "../../../sim/index.js";
import { lessonSchema, type Lesson } from "../../../sim/lessons/lesson-schema.js";
import type { UploadedWorld } from "../run/world-source.js";

export interface CatalogueLesson {
  /** The lesson's folder under configs/lessons/, e.g. "01-ego-daerah". */
  folder: string;
  lesson: Lesson;
  /** The preset scenario as written, ready for the store. */
  scenario: ScenarioInput;
  /** The lesson's own world file, when its scenario runs on one. */
  world?: UploadedWorld;
}

export interface LessonCatalogue {
  lessons: readonly CatalogueLesson[];
  /** One line per lesson left out: "folder: problem". */
  problems: readonly string[];
}

/** The bundled files, keyed by path (anything ending in lessons/<folder>/<file>). */
export interface LessonFiles {
  lessons: Readonly<Record<string, unknown>>;
  scenarios: Readonly<Record<string, unknown>>;
  worlds: Readonly<Record<string, string>>;
}

const FILE_IN_FOLDER = /lessons\/([^/]+)\/(.+)$/;

/** folder/file for a bundled path; the folder and name relative to it. */
function splitPath(path: string): { folder: string; file: string } | undefined {
  const match = FILE_IN_FOLDER.exec(path.replaceAll("\\", "/"));
  if (!match?.[1] || !match[2]) return undefined;
  return { folder: match[1], file: match[2] };
}

/** A path relative to the lesson folder, as written in a lesson ("scenario.json", "./world.csv"). */
function normalise(relative: string): string {
  return relative.replaceAll("\\", "/").replace(/^(\.\/)+/, "");
}

function byFolder<T>(files: Readonly<Record<string, T>>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [path, value] of Object.entries(files)) {
    const parts = splitPath(path);
    if (parts) map.set(`${parts.folder}/${parts.file}`, value);
  }
  return map;
}

/** Reads every lesson; the valid ones sorted by `order` (then folder), the others as problems. */
export function buildCatalogue(files: LessonFiles): LessonCatalogue {
  const scenarios = byFolder(files.scenarios);
  const worlds = byFolder(files.worlds);
  const lessons: CatalogueLesson[] = [];
  const problems: string[] = [];
  const seenIds = new Map<string, string>();
  for (const [path, raw] of Object.entries(files.lessons)) {
    const parts = splitPath(path);
    if (!parts) continue;
    try {
      const entry = readLesson(parts.folder, raw, scenarios, worlds);
      const other = seenIds.get(entry.lesson.id);
      if (other !== undefined) throw new Error(`id "${entry.lesson.id}" is also the id of ${other}`);
      seenIds.set(entry.lesson.id, parts.folder);
      lessons.push(entry);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems.push(`${parts.folder}: ${message}`);
    }
  }
  lessons.sort((a, b) => a.lesson.order - b.lesson.order || a.folder.localeCompare(b.folder));
  return { lessons, problems: problems.sort() };
}

function readLesson(
  folder: string,
  raw: unknown,
  scenarios: Map<string, unknown>,
  worlds: Map<string, string>,
): CatalogueLesson {
  const parsed = lessonSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    throw new Error(`lesson.json: ${where}${issue?.message ?? "invalid"}`);
  }
  const lesson = parsed.data;
  const scenarioFile = normalise(lesson.scenario);
  const scenario = scenarios.get(`${folder}/${scenarioFile}`);
  if (scenario === undefined)
    throw new Error(`lesson.json: scenario: no file "${scenarioFile}" in the folder`);
  // Throws an InputError naming the file and the field.
  const { world } = parseScenario(scenario, `${folder}/${scenarioFile}`);
  const entry: CatalogueLesson = { folder, lesson, scenario: scenario as ScenarioInput };
  if (typeof world === "string" && world.toLowerCase().endsWith(".csv")) {
    const worldFile = normalise(world);
    const text = worlds.get(`${folder}/${worldFile}`);
    if (text === undefined) {
      throw new InputError(
        `${folder}/${scenarioFile}`,
        "world",
        `no file "${worldFile}" in the lesson's folder`,
      );
    }
    // The name keeps the scenario's file name last, so that worldSourceFor matches it.
    const name = `lessons/${folder}/${worldFile}`;
    parseWorldCsv(text, name);
    entry.world = { name, text };
  }
  return entry;
}

/** The lessons of configs/lessons/, bundled into the page at build time. */
export const LESSON_CATALOGUE: LessonCatalogue = buildCatalogue({
  lessons: import.meta.glob("../../../configs/lessons/*/lesson.json", { eager: true, import: "default" }),
  scenarios: import.meta.glob("../../../configs/lessons/*/*.json", { eager: true, import: "default" }),
  worlds: import.meta.glob<string>("../../../configs/lessons/*/*.csv", {
    eager: true,
    query: "?raw",
    import: "default",
  }),
});

export function lessonById(id: string | undefined): CatalogueLesson | undefined {
  return id === undefined ? undefined : LESSON_CATALOGUE.lessons.find((entry) => entry.lesson.id === id);
}

/** The text of a bilingual field in a language. */
export function inLang<T>(text: { id: T; en: T }, lang: "id" | "en"): T {
  return text[lang];
}
