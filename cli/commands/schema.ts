import { checkOutputPath, stdoutSink, writeTextFileAtomically } from "../output.js";
import { lessonSchemaText, scenarioSchemaText, sweepSchemaText } from "../schema-text.js";

export async function schemaCommand(options: {
  out?: string;
  sweep?: boolean;
  lesson?: boolean;
}): Promise<void> {
  const text = options.sweep ? sweepSchemaText() : options.lesson ? lessonSchemaText() : scenarioSchemaText();
  if (options.out !== undefined && options.out !== "-") {
    checkOutputPath(options.out, "--out");
    await writeTextFileAtomically(options.out, text);
  } else await stdoutSink.write(text);
}
