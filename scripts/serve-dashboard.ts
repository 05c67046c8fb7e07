// `npm start`: builds the dashboard (viz/) and serves it on 127.0.0.1, printing the address.
// PORT chooses the port (default 4173); HOST the interface, for the rare user who must reach it from
// another machine (the default keeps it on this one).
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";

const configFile = fileURLToPath(new URL("../viz/vite.config.ts", import.meta.url));
const port = parsePort(process.env.PORT);
const host = process.env.HOST ?? "127.0.0.1";

function parsePort(text: string | undefined): number {
  if (text === undefined || text === "") return 4173;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`sinergi: PORT: "${text}" is not a port number (0–65535)\n`);
    process.exit(2);
  }
  return port;
}

try {
  process.stdout.write("Building the dashboard …\n");
  await build({ configFile, logLevel: "warn", mode: "production" });
  const server = await preview({
    configFile,
    logLevel: "warn",
    preview: { host, port, strictPort: true, open: false },
  });
  const address = server.resolvedUrls?.local[0] ?? `http://${host}:${port}/`;
  process.stdout.write(
    `\nSinergi dashboard: ${address}\n  Open it in a browser; Ctrl-C stops the server.\n` +
      `  Bahasa Indonesia: ${address}?lang=id   English: ${address}?lang=en\n`,
  );
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if (/EADDRINUSE|already in use/i.test(message)) {
    process.stderr.write(
      `sinergi: port ${port} on ${host} is in use (another server?); choose another with PORT=8080 npm start\n`,
    );
    process.exit(2);
  }
  throw error;
}
