export {
  lessonSchema,
  bilingualText,
  bilingualList,
  type Lesson,
  type LessonInput,
  type BilingualText,
  type BilingualList,
} from "./lesson-schema.js";
export { parseLesson, parseLessonJson, isLessonFile } from "./parse-lesson.js";
export { isScenarioField } from "./scenario-field.js";
export { lessonJsonSchema } from "./json-schema.js";
