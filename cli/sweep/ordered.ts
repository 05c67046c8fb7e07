/**
 * Runs tasks out of order on a few executors and hands their results on strictly in id order, with a
 * bounded number of tasks in flight: task k + window is dispatched only after task k was handed on, so
 * memory stays flat however many tasks there are and whatever order they finish in.
 */

/** Something that runs tasks: a worker thread in the sweep, a fake in tests. */
export interface Executor<T> {
  /** Starts a task; the result or failure comes back through the callbacks given to `runOrdered`. */
  post(task: T): void;
}

export interface OrderedOptions<T, R> {
  /** Task ids to run: start, start+1, …, end−1. */
  start: number;
  end: number;
  /** The task of an id. */
  task(id: number): T;
  /** At most this many tasks dispatched but not yet handed on (≥ the number of executors). */
  window: number;
  /** At most this many tasks outstanding on one executor (2 keeps an executor busy between messages). */
  perExecutor?: number;
  /** Makes the executors; each calls `done(id, result)` or `fail(error)` for every task posted to it. */
  executors: Array<(done: (id: number, result: R) => void, fail: (error: unknown) => void) => Executor<T>>;
  /** Called with each result in id order; the next is not handed on before the promise resolves. */
  consume(id: number, result: R): Promise<void>;
}

export interface OrderedRun {
  /** The first id not handed on (= end when everything ran). */
  next: number;
  /** Whether `stop()` ended it early. */
  stopped: boolean;
}

export interface OrderedHandle {
  /** Resolves when every task was handed on, or after stop() once the results in order are handed on. */
  finished: Promise<OrderedRun>;
  /** Stops dispatching; results already back and in order are still handed on. */
  stop(): void;
}

/** A reorder buffer: results put in any order, taken out in id order. */
export class ReorderBuffer<R> {
  private readonly pending = new Map<number, R>();

  constructor(public next: number) {}

  put(id: number, result: R): void {
    if (id < this.next || this.pending.has(id)) throw new Error(`result ${id} came back twice`);
    this.pending.set(id, result);
  }

  /** The next result in order, if it is back; advances. */
  take(): { id: number; result: R } | undefined {
    if (!this.pending.has(this.next)) return undefined;
    const result = this.pending.get(this.next)!;
    this.pending.delete(this.next);
    return { id: this.next++, result };
  }

  get size(): number {
    return this.pending.size;
  }
}

export function runOrdered<T, R>(options: OrderedOptions<T, R>): OrderedHandle {
  const perExecutor = options.perExecutor ?? 2;
  const window = Math.max(options.window, options.executors.length);
  const buffer = new ReorderBuffer<R>(options.start);
  const outstanding: number[] = [];
  let nextDispatch = options.start;
  let stopped = false;
  let failed = false;
  let settled = false;
  let consuming = false;
  let settle!: (run: OrderedRun) => void;
  let reject!: (error: unknown) => void;
  const finished = new Promise<OrderedRun>((resolve, rejectPromise) => {
    settle = resolve;
    reject = rejectPromise;
  });

  const fail = (error: unknown): void => {
    if (failed) return;
    failed = true;
    stopped = true;
    reject(error);
  };

  const executors = options.executors.map((make, index) =>
    make(
      (id, result) => {
        if (failed || settled) return;
        outstanding[index]! -= 1;
        try {
          buffer.put(id, result);
        } catch (error) {
          fail(error);
          return;
        }
        void drain();
      },
      (error) => fail(error),
    ),
  );
  executors.forEach(() => outstanding.push(0));

  const dispatch = (): void => {
    while (!stopped && nextDispatch < options.end && nextDispatch < buffer.next + window) {
      let best = -1;
      for (let i = 0; i < executors.length; i++) {
        if (outstanding[i]! < perExecutor && (best < 0 || outstanding[i]! < outstanding[best]!)) best = i;
      }
      if (best < 0) return;
      const id = nextDispatch++;
      outstanding[best]! += 1;
      try {
        executors[best]!.post(options.task(id));
      } catch (error) {
        fail(error);
        return;
      }
    }
  };

  const checkDone = (): void => {
    if (failed || settled || consuming) return;
    if (buffer.next >= options.end) {
      settled = true;
      settle({ next: buffer.next, stopped: false });
    } else if (stopped) {
      settled = true;
      settle({ next: buffer.next, stopped: true });
    }
  };

  const drain = async (): Promise<void> => {
    if (consuming || failed || settled) return;
    consuming = true;
    try {
      for (let item = buffer.take(); item && !failed; item = buffer.take()) {
        await options.consume(item.id, item.result);
        dispatch();
      }
    } catch (error) {
      fail(error);
    } finally {
      consuming = false;
    }
    checkDone();
  };

  if (options.start >= options.end) checkDone();
  else dispatch();

  return {
    finished,
    stop(): void {
      if (stopped) return;
      stopped = true;
      checkDone();
    },
  };
}
