import { z } from "zod";
import { isScenarioField } from "./scenario-field.js";

/**
 * The format of a guided lesson (configs/lessons/<folder>/lesson.json): content, not code, so a teacher
 * can write a new lesson for their own province without touching TypeScript. Every text exists in both
 * languages; the lesson's preset is an ordinary scenario file next to it (the CLI runs it), so what a
 * lesson claims can be checked by anyone. `sinergi validate` checks lesson files with this schema; the
 * dashboard's Lessons view reads them with it; `configs/lesson.schema.json` is emitted from it.
 */

const nonEmpty = z.string().trim().min(1);

/** A text in Bahasa Indonesia and English. */
export const bilingualText = z
  .strictObject({
    id: nonEmpty.describe("Bahasa Indonesia."),
    en: nonEmpty.describe("English."),
  })
  .describe("A text in Bahasa Indonesia (id) and English (en).");

/** Paragraphs or list items in both languages, the same number in each. */
export const bilingualList = z
  .strictObject({
    id: z.array(nonEmpty).min(1).describe("Bahasa Indonesia, one entry per paragraph or item."),
    en: z.array(nonEmpty).min(1).describe("English, one entry per paragraph or item."),
  })
  .refine((list) => list.id.length === list.en.length, {
    error: (issue) => {
      const list = issue.input as { id: unknown[]; en: unknown[] };
      const entries = (n: number): string => `${n} ${n === 1 ? "entry" : "entries"}`;
      return `id has ${entries(list.id.length)} but en has ${entries(list.en.length)}: each entry is the same text in both languages`;
    },
  })
  .describe("Paragraphs or items in Bahasa Indonesia (id) and English (en), the same number in each.");

const predictionSchema = z
  .strictObject({
    question: bilingualText.describe("What students predict before they run the scenario."),
    options: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z0-9-]+$/, "lower-case letters, digits and dashes"),
          text: bilingualText,
        }),
      )
      .min(2)
      .max(6)
      .describe("The choices students commit to."),
    answer: z.string().describe("The id of the option the model bears out."),
    explanation: bilingualText.describe("Why the model gives that answer: shown after the run."),
  })
  .refine((p) => p.options.some((o) => o.id === p.answer), {
    message: "answer must be the id of one of the options",
    path: ["answer"],
  })
  .refine((p) => new Set(p.options.map((o) => o.id)).size === p.options.length, {
    message: "option ids must be distinct",
    path: ["options"],
  });

const sourceSchema = z.strictObject({
  citation: nonEmpty.describe("Author, year, title, publisher or outlet, as a reference list gives it."),
  url: z.string().url().optional().describe("Where to read it, if public."),
  note: bilingualText.optional().describe("What this source supports in the lesson."),
});

const teacherSchema = z.strictObject({
  objectives: bilingualList.describe("Learning objectives: what students can do after the lesson."),
  timing: bilingualList.describe("A suggested plan of the 10–20 minutes, step by step."),
  answers: bilingualList.describe("Model answers to the prediction and the discussion questions."),
  misconceptions: bilingualList.describe("What students usually get wrong, and how to address it."),
});

export const lessonSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Path of the JSON Schema, for editors."),
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/, "lower-case letters, digits and dashes")
      .describe("A short stable name, used in links (#lesson=<id>)."),
    order: z.number().int().min(1).describe("Position in the list of lessons."),
    minutes: z.number().int().min(5).max(60).describe("Time the lesson takes in class."),
    title: bilingualText,
    summary: bilingualText.describe("One or two sentences: what the lesson is about."),
    concept: bilingualList.describe("The concept and where it comes from, in a few short paragraphs."),
    sourceText: bilingualText.describe(
      "Which part of the source text (kerja-sama-antardaerah.txt) the lesson is built on.",
    ),
    scenario: nonEmpty.describe("The preset: a scenario file, relative to this lesson file."),
    highlight: z
      .array(
        z.string().refine(isScenarioField, {
          error: (issue) =>
            `${JSON.stringify(issue.input)} is not a scenario field (a dot path such as ego.mean or ` +
            "policies.incentiveFund.budget; see `sinergi schema` for the fields)",
        }),
      )
      .default([])
      .describe("Scenario fields (dot paths, e.g. ego.mean) whose levers the dashboard highlights."),
    instructions: bilingualList.describe("What students do in the simulator, step by step."),
    prediction: predictionSchema,
    notice: bilingualList.describe("What to notice after the run."),
    discussion: bilingualList
      .refine((list) => list.id.length >= 2 && list.id.length <= 3, {
        error: (issue) =>
          `${(issue.input as { id: unknown[] }).id.length} questions; a lesson asks two or three`,
      })
      .describe("Two or three discussion questions."),
    sources: z.array(sourceSchema).min(1).describe("Where the lesson's concepts and case facts come from."),
    teacher: teacherSchema.describe("The teacher's page: objectives, timing, answers, common mistakes."),
  })
  .describe("A Sinergi guided lesson.");

export type Lesson = z.output<typeof lessonSchema>;
export type LessonInput = z.input<typeof lessonSchema>;
export type BilingualText = z.output<typeof bilingualText>;
export type BilingualList = z.output<typeof bilingualList>;
