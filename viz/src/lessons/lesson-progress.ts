// The predict-then-run step of one lesson: a student chooses an option, commits it (then it cannot
// change), and only then may load the preset into the simulator; the result is shown once the loaded
// scenario's run is complete. Kept apart from the DOM so the gating is tested on its own.
import type { Lesson } from "../../../sim/lessons/lesson-schema.js";

export type Stage = "choosing" | "committed" | "loaded" | "result";

export class LessonProgress {
  private chosenId: string | undefined;
  private committedId: string | undefined;
  private loadedFlag = false;
  private ranFlag = false;

  constructor(readonly lesson: Lesson) {}

  get chosen(): string | undefined {
    return this.chosenId;
  }

  get committed(): string | undefined {
    return this.committedId;
  }

  get stage(): Stage {
    if (this.committedId === undefined) return "choosing";
    if (!this.loadedFlag) return "committed";
    return this.ranFlag ? "result" : "loaded";
  }

  /** Choosing is possible only before committing; an unknown option is ignored. */
  choose(optionId: string): void {
    if (this.committedId !== undefined) return;
    if (this.lesson.prediction.options.some((option) => option.id === optionId)) this.chosenId = optionId;
  }

  canCommit(): boolean {
    return this.committedId === undefined && this.chosenId !== undefined;
  }

  /** Commits the chosen option; returns it, or undefined when nothing was chosen or it was already done. */
  commit(): string | undefined {
    if (!this.canCommit()) return undefined;
    this.committedId = this.chosenId;
    return this.committedId;
  }

  /** The preset may be loaded (and run) only after a prediction is committed. */
  canLoad(): boolean {
    return this.committedId !== undefined;
  }

  loaded(): void {
    if (this.canLoad()) {
      this.loadedFlag = true;
      this.ranFlag = false;
    }
  }

  /** The loaded scenario's run finished. */
  ran(): void {
    if (this.loadedFlag) this.ranFlag = true;
  }

  matched(): boolean | undefined {
    return this.committedId === undefined ? undefined : this.committedId === this.lesson.prediction.answer;
  }
}
