import { checkOutputPath, stdoutSink, writeTextFileAtomically } from "../output.js";
import { scenarioSchemaText } from "../schema-text.js";

export async function schemaCommand(options: { out?: string }): Promise<void> {
  const text = scenarioSchemaText();
  if (options.out !== undefined && options.out !== "-") {
    checkOutputPath(options.out, "--out");
    await writeTextFileAtomically(options.out, text);
  } else await stdoutSink.write(text);
}
