// `npm start` as a user runs it: it builds the dashboard, serves it on 127.0.0.1 and prints the
// address; PORT chooses the port, and a bad PORT is a one-line error with exit code 2.
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const SCRIPT = join(ROOT, "scripts", "serve-dashboard.ts");

describe("npm start", { timeout: 120_000 }, () => {
  it("builds the dashboard, serves it on 127.0.0.1 and prints the address", async () => {
    const server = spawn(process.execPath, [TSX, SCRIPT], {
      cwd: ROOT,
      env: { ...process.env, PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = "";
        let err = "";
        server.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const found = /Sinergi dashboard: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (found?.[1]) resolve(found[1]);
        });
        server.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
        server.on("exit", (code) => reject(new Error(`exited with ${code}: ${out}${err}`)));
      });
      const page = await fetch(address);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<div id="app">');
      expect(html).toContain('lang="id"');
      // The scripts it refers to are served too.
      const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      expect((await fetch(new URL(script ?? "", address))).status).toBe(200);
    } finally {
      server.kill("SIGTERM");
    }
  });

  it("refuses a PORT that is not a port number, in one line with exit code 2", () => {
    const result = spawnSync(process.execPath, [TSX, SCRIPT], {
      cwd: ROOT,
      env: { ...process.env, PORT: "eighty" },
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('sinergi: PORT: "eighty" is not a port number (0–65535)\n');
  });
});
