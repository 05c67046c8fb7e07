// The page's side of the simulation: starts runs in the worker (sim.worker.ts) and hands each reply to
// the run it belongs to. One run at a time: a new run cancels the previous one, and replies that
// belong to a cancelled run (already in flight when it was cancelled) are dropped by their runId.
import type {
  DoneMessage,
  ErrorMessage,
  FromWorker,
  RunRequest,
  StartMessage,
  ToWorker,
  YearMessage,
} from "./protocol.js";
import SimWorker from "./sim.worker.ts?worker";
import InlineSimWorker from "./sim.worker.ts?worker&inline";

/** What the page asks for; the client numbers the run. */
export type RunRequestInput = Omit<RunRequest, "runId">;

export interface RunHandlers {
  onStart?: (message: StartMessage) => void;
  onYear?: (message: YearMessage) => void;
  onDone?: (message: DoneMessage) => void;
  /** The run stopped: an invalid scenario or world (`bug` false) or an unexpected failure (`bug` true). */
  onError?: (message: ErrorMessage) => void;
}

export interface RunHandle {
  readonly runId: number;
  /** Stops the run; no handler of it is called afterwards. Does nothing once it has finished. */
  cancel(): void;
}

export interface SimClientOptions {
  /** Makes the worker; by default Vite's bundled worker (inlined as a blob in the offline build). */
  createWorker?: () => Worker;
}

/** Where ToWorker messages go: a worker, or the same session on the main thread. */
interface Endpoint {
  send(message: ToWorker): void;
  close(): void;
}

interface ActiveRun {
  runId: number;
  request: RunRequestInput;
  handlers: RunHandlers;
}

export class SimClient {
  private endpoint: Endpoint | undefined;
  private active: ActiveRun | undefined;
  private nextRunId = 1;
  /**
   * Why the model runs on the main thread, when it does (no worker could start); undefined while it
   * runs in a worker. The page may say so: long runs then make it less responsive.
   */
  fallbackReason: string | undefined;

  constructor(private readonly options: SimClientOptions = {}) {}

  run(request: RunRequestInput, handlers: RunHandlers): RunHandle {
    this.cancelActive();
    const runId = this.nextRunId++;
    this.active = { runId, request, handlers };
    this.connect().send({ type: "run", runId, ...request });
    return {
      runId,
      cancel: () => {
        if (this.active?.runId === runId) this.cancelActive();
      },
    };
  }

  /** Stops the current run and the worker; a later `run` starts a new worker. */
  dispose(): void {
    this.active = undefined;
    this.endpoint?.close();
    this.endpoint = undefined;
  }

  private cancelActive(): void {
    const active = this.active;
    if (!active) return;
    this.active = undefined;
    this.endpoint?.send({ type: "cancel", runId: active.runId });
  }

  private connect(): Endpoint {
    if (this.endpoint) return this.endpoint;
    try {
      this.endpoint = this.workerEndpoint();
    } catch (error) {
      this.endpoint = this.mainThreadEndpoint(`the browser could not start a worker (${String(error)})`);
    }
    return this.endpoint;
  }

  private workerEndpoint(): Endpoint {
    const worker = this.options.createWorker?.() ?? createBundledWorker();
    let answered = false;
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      answered = true;
      this.receive(event.data);
    };
    // A worker whose script cannot load (a browser that refuses blob: workers from file://, a strict
    // content security policy) fails with an error event and no message: run on the main thread
    // instead, and send it the run that was waiting.
    worker.onerror = (event: ErrorEvent) => {
      if (answered || this.endpoint === undefined) return;
      event.preventDefault();
      worker.terminate();
      this.endpoint = this.mainThreadEndpoint(`the worker failed to load (${event.message || "no detail"})`);
      const active = this.active;
      if (active) this.endpoint.send({ type: "run", runId: active.runId, ...active.request });
    };
    return {
      send: (message) => worker.postMessage(message),
      close: () => worker.terminate(),
    };
  }

  /**
   * Runs the worker's session on this thread, one year per task, so the page still gets each year as
   * it is computed and can repaint and take input between years. Used only when no worker can start:
   * a long year (many replicates of a large world) then holds the page for its duration.
   */
  private mainThreadEndpoint(reason: string): Endpoint {
    this.fallbackReason = reason;
    console.warn(`Sinergi: running the model on the main thread: ${reason}`);
    let closed = false;
    let handle: ((message: ToWorker) => void) | undefined;
    let closeScheduler: (() => void) | undefined;
    const pending: ToWorker[] = [];
    const session = import("./worker-session.js").then(({ createWorkerSession, messageChannelScheduler }) => {
      if (closed) return;
      const scheduler = messageChannelScheduler();
      closeScheduler = scheduler.close;
      handle = createWorkerSession((message) => {
        if (!closed) this.receive(message);
      }, scheduler.schedule);
      // Later messages arrive as tasks, as they would in a worker, not inside the caller's `run`.
      const deliver = handle;
      handle = (message) => scheduler.schedule(() => deliver(message));
      for (const message of pending.splice(0)) handle(message);
    });
    session.catch((error: unknown) => {
      for (const message of pending.splice(0)) {
        if (message.type !== "run") continue;
        this.receive({
          type: "error",
          runId: message.runId,
          message: `Sinergi could not load the simulation (${String(error)})`,
          bug: true,
        });
      }
    });
    return {
      send: (message) => (handle ? handle(message) : pending.push(message)),
      close: () => {
        closed = true;
        closeScheduler?.();
      },
    };
  }

  private receive(message: FromWorker): void {
    const active = this.active;
    if (!active || message.runId !== active.runId) return;
    const { handlers } = active;
    switch (message.type) {
      case "start":
        handlers.onStart?.(message);
        break;
      case "year":
        handlers.onYear?.(message);
        break;
      case "done":
        this.active = undefined;
        handlers.onDone?.(message);
        break;
      case "error":
        this.active = undefined;
        handlers.onError?.(message);
        break;
    }
  }
}

/**
 * The served build loads the worker from its own file; the offline build is one HTML file opened
 * from file://, where a worker file cannot be loaded, so its worker is inlined and started from a
 * blob. `__SINERGI_OFFLINE__` is a build constant, so the bundler drops the variant not taken.
 */
function createBundledWorker(): Worker {
  const options = { name: "sinergi-simulation" };
  return __SINERGI_OFFLINE__ ? new InlineSimWorker(options) : new SimWorker(options);
}
