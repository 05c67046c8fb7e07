import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";

/**
 * A benchmark's command line: Node's parseArgs, with `--help` (prints the script's opening comment,
 * which says what it measures and how to run it) and a one-line message with exit status 2, not a
 * stack trace, for an option it does not know. `script` is the script's `import.meta.url`.
 */
export function benchArgs<T extends ParseArgsConfig>(
  script: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  const path = fileURLToPath(script);
  const args = config.args ?? process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${usage(path)}\n`);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    process.stderr.write(
      `bench/${basename(path)}: ${(error as Error).message}\nRun it with --help for its options.\n`,
    );
    process.exit(2);
  }
}

/** The script's opening comment lines, without their `//`. */
function usage(path: string): string {
  const lines: string[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.startsWith("//")) break;
    lines.push(line.replace(/^\/\/ ?/, ""));
  }
  return lines.join("\n");
}

/**
 * A count given on a benchmark's command line (an option's text, or an argument's): a whole number of at
 * least `least`, or, for anything else, one line that names it and exit status 2, as for an unknown option.
 */
export function countOption(name: string, text: string, least = 1): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isInteger(value) || value < least) {
    process.stderr.write(
      `bench/${basename(process.argv[1] ?? "")}: ${name} must be a whole number of at least ${least}, not "${text}".\n` +
        "Run it with --help for its options.\n",
    );
    process.exit(2);
  }
  return value;
}
