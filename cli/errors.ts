import { InputError } from "../sim/input-error.js";

/**
 * Exit codes of every sinergi command:
 * 0 success, 1 an internal error (a bug: please report it), 2 a user's mistake (bad flag, bad file,
 * invalid value). A user's mistake prints one line naming the file, the field and the problem.
 */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USAGE = 2;

/** A command-line usage mistake (unknown flag, missing argument), reported with a pointer to --help. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help to point at, e.g. "sinergi run". */
    readonly command: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** Thrown when stdout was closed by the reader (e.g. `| head`): stop quietly, exit 0. */
export class StdoutClosed extends Error {
  constructor() {
    super("stdout closed");
    this.name = "StdoutClosed";
  }
}

/** Errors from the file system that are the user's doing (a wrong path), as opposed to a bug. */
const USER_FS_CODES: Record<string, string> = {
  ENOENT: "no such file or directory",
  ENOTDIR: "a part of the path is not a directory",
  EISDIR: "is a directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENAMETOOLONG: "file name too long",
  ENOSPC: "no space left on the device",
  EEXIST: "already exists",
};

/** Turns a file-system error on a path the user gave into an InputError naming that path. */
export function fileError(error: unknown, path: string, action: "read" | "write"): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && code in USER_FS_CODES) {
    const what =
      code === "ENOENT" && action === "read"
        ? "file not found"
        : `cannot ${action}: ${USER_FS_CODES[code]}${code === "ENOENT" ? " (does the folder exist?)" : ""}`;
    return new InputError(path, "", what);
  }
  return error;
}

function debugEnabled(): boolean {
  const flag = process.env["SINERGI_DEBUG"];
  return flag !== undefined && flag !== "" && flag !== "0";
}

/**
 * Prints an error the way a user should see it and returns the exit code.
 * Only an internal error (a bug) prints a stack trace; SINERGI_DEBUG=1 adds it for the others.
 */
export function reportError(error: unknown): number {
  if (error instanceof StdoutClosed) return EXIT_OK;
  if (error instanceof InputError) {
    process.stderr.write(`sinergi: ${oneLine(error.message)}\n`);
    if (debugEnabled() && error.stack) process.stderr.write(`${error.stack}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`sinergi: ${oneLine(error.message)} (see ${error.command} --help)\n`);
    if (debugEnabled() && error.stack) process.stderr.write(`${error.stack}\n`);
    return EXIT_USAGE;
  }
  const stack = error instanceof Error ? (error.stack ?? String(error)) : String(error);
  process.stderr.write(
    `sinergi: internal error (a bug, not your input; please report it with the command you ran)\n${stack}\n`,
  );
  return EXIT_INTERNAL;
}

/** Collapses a multi-line message (commander's suggestions, zod's lists) to one line. */
export function oneLine(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
}
