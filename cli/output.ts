import { randomBytes } from "node:crypto";
import { open, rename, unlink, type FileHandle } from "node:fs/promises";
import { statSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputError } from "../sim/input-error.js";
import { fileError, StdoutClosed } from "./errors.js";

/** Where text goes: a file being written atomically, or stdout. Writes respect backpressure. */
export interface Sink {
  write(text: string): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Atomic files: written to a temporary file in the same folder, renamed into place on success,
// removed on any failure (including Ctrl-C), so a reader never sees a partial output file.

const pendingTemps = new Set<string>();
let cleanupInstalled = false;

function removePendingSync(): void {
  for (const temp of pendingTemps) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  pendingTemps.clear();
}

let interruptHandler: ((signal: NodeJS.Signals) => void) | undefined;

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on("exit", removePendingSync);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      // A command that stops gracefully (a sweep) finishes its files itself; a second signal kills.
      if (interruptHandler) return interruptHandler(signal);
      removePendingSync();
      // Die of the same signal, so the parent sees the usual status (130 for Ctrl-C).
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Lets a long command stop gracefully on the first Ctrl-C, SIGTERM or SIGHUP: `handler` is called
 * instead of dying at once (a second signal kills the process). Returns a function that undoes it.
 */
export function handleInterrupts(handler: (signal: NodeJS.Signals) => void): () => void {
  installCleanup();
  interruptHandler = handler;
  return () => {
    if (interruptHandler === handler) interruptHandler = undefined;
  };
}

const FLUSH_BYTES = 1 << 20;

export class AtomicFile implements Sink {
  private buffered: string[] = [];
  private bufferedLength = 0;
  private done = false;

  private constructor(
    /** The path the user asked for. */
    readonly target: string,
    private readonly temp: string,
    private readonly handle: FileHandle,
  ) {}

  static async open(target: string): Promise<AtomicFile> {
    installCleanup();
    const temp = join(
      dirname(target),
      `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
    );
    let handle: FileHandle;
    try {
      handle = await open(temp, "wx");
    } catch (error) {
      throw fileError(error, target, "write");
    }
    pendingTemps.add(temp);
    return new AtomicFile(target, temp, handle);
  }

  async write(text: string): Promise<void> {
    this.buffered.push(text);
    this.bufferedLength += text.length;
    if (this.bufferedLength >= FLUSH_BYTES) await this.flush();
  }

  /** Writes bytes (after the text written before them). */
  async writeBytes(bytes: Uint8Array): Promise<void> {
    await this.flush();
    try {
      let done = 0;
      while (done < bytes.length) {
        const { bytesWritten } = await this.handle.write(bytes, done, bytes.length - done);
        done += bytesWritten;
      }
    } catch (error) {
      throw fileError(error, this.target, "write");
    }
  }

  private async flush(): Promise<void> {
    if (this.bufferedLength === 0) return;
    const text = this.buffered.join("");
    this.buffered = [];
    this.bufferedLength = 0;
    try {
      await this.handle.writeFile(text, "utf8");
    } catch (error) {
      throw fileError(error, this.target, "write");
    }
  }

  /** Flushes, closes and renames the file into place. */
  async commit(): Promise<void> {
    if (this.done) return;
    await this.flush();
    await this.handle.close();
    try {
      await rename(this.temp, this.target);
    } catch (error) {
      throw fileError(error, this.target, "write");
    }
    this.done = true;
    pendingTemps.delete(this.temp);
  }

  /** Closes and removes the temporary file; the target is left as it was. */
  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await this.handle.close().catch(() => undefined);
    await unlink(this.temp).catch(() => undefined);
    pendingTemps.delete(this.temp);
  }
}

/**
 * Checks, before any work is done, that an output file can be created: its folder exists and the
 * path is not a folder. (Writing checks again; this only saves a long run from ending in an error.)
 */
export function checkOutputPath(target: string, option: string): void {
  const folder = dirname(target);
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new InputError(option, target, `cannot write: the folder ${folder} does not exist`);
  try {
    if (statSync(target).isDirectory()) throw new InputError(option, target, "is a folder, not a file");
  } catch (error) {
    if (error instanceof InputError) throw error;
  }
}

/**
 * Opens every target, lets `fill` write them, then renames them all into place; on any error
 * every temporary file is removed and the error rethrown, so either all outputs appear or none.
 */
export async function writeFilesAtomically(
  targets: readonly string[],
  fill: (files: AtomicFile[]) => Promise<void>,
): Promise<void> {
  const files: AtomicFile[] = [];
  try {
    for (const target of targets) files.push(await AtomicFile.open(target));
    await fill(files);
    for (const file of files) await file.commit();
  } catch (error) {
    for (const file of files) await file.abort();
    throw error;
  }
}

/** Writes one whole text file atomically. */
export async function writeTextFileAtomically(target: string, text: string): Promise<void> {
  await writeFilesAtomically([target], async ([file]) => file!.write(text));
}

// ---------------------------------------------------------------------------------------------
// stdout: survives `| head` (EPIPE ends the command quietly with exit code 0) and waits for
// 'drain' when the stream's buffer is full.

let stdoutClosed = false;
let stdoutGuardInstalled = false;

/** Call once at startup, before anything is written to stdout. */
export function guardStdout(): void {
  if (stdoutGuardInstalled) return;
  stdoutGuardInstalled = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") {
      stdoutClosed = true;
      return;
    }
    throw error;
  });
}

export function isStdoutClosed(): boolean {
  return stdoutClosed;
}

export const stdoutSink: Sink = {
  async write(text: string): Promise<void> {
    if (stdoutClosed) throw new StdoutClosed();
    const stream = process.stdout;
    if (!stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          stream.off("drain", done);
          stream.off("error", done);
          stream.off("close", done);
          resolve();
        };
        stream.on("drain", done);
        stream.on("error", done);
        stream.on("close", done);
      });
    } else {
      // Let a pending EPIPE surface before the next chunk.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (stdoutClosed) throw new StdoutClosed();
  },
};

/** Buffers small writes into chunks of about 64 KiB before passing them on. */
export class ChunkedWriter {
  private parts: string[] = [];
  private length = 0;

  constructor(
    private readonly sink: Sink,
    private readonly chunkSize = 1 << 16,
  ) {}

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= this.chunkSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.length === 0) return;
    const text = this.parts.join("");
    this.parts = [];
    this.length = 0;
    await this.sink.write(text);
  }
}
