// The simulation worker: runs the model from sim/ off the page's thread and streams each year as soon
// as it exists (protocol.ts). Everything but the wiring lives in worker-session.ts.
import type { FromWorker, ToWorker } from "./protocol.js";
import { createWorkerSession, messageChannelScheduler } from "./worker-session.js";

// A classic worker's global scope; typed by hand because viz/ compiles with the DOM library, not WebWorker.
const scope = self as unknown as {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

const handle = createWorkerSession(
  (message, transfer) => scope.postMessage(message, transfer),
  messageChannelScheduler().schedule,
);
scope.onmessage = (event) => handle(event.data);
