import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  // bench/wasm/ is AssemblyScript (its own types: i32, f64, usize), type-checked by its compiler.
  { ignores: ["**/dist/", "node_modules/", "coverage/", ".tmp/", "bench/wasm/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The model core is pure: it runs unchanged in Node, in workers and in the browser,
    // and every random number comes from the seeded generator passed in.
    files: ["sim/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "sim/ is pure: no Node built-ins." },
            {
              group: [
                "fs",
                "path",
                "os",
                "url",
                "worker_threads",
                "child_process",
                "crypto",
                "stream",
                "util",
              ],
              message: "sim/ is pure: no Node built-ins.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "process", message: "sim/ is pure: pass values in, do not read the environment." },
        { name: "window", message: "sim/ is pure: no DOM." },
        { name: "document", message: "sim/ is pure: no DOM." },
        { name: "require", message: "sim/ is an ES module." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "BinaryExpression[operator='**'], AssignmentExpression[operator='**=']",
          message: "Engine-dependent last bits: use pow from sim/math.ts.",
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Use the seeded generator passed in (sim/rng.ts)." },
        // Engines differ in the last bits of these; sim/math.ts has versions that do not.
        ...[
          "exp",
          "log",
          "pow",
          "sin",
          "cos",
          "tan",
          "asin",
          "acos",
          "atan",
          "atan2",
          "log1p",
          "expm1",
          "log2",
          "log10",
          "cbrt",
          "sinh",
          "cosh",
          "tanh",
          "asinh",
          "acosh",
          "atanh",
          "hypot",
        ].map((property) => ({
          object: "Math",
          property,
          message: "Engine-dependent last bits: import it from sim/math.ts.",
        })),
        { object: "Date", property: "now", message: "sim/ is deterministic: no clocks." },
      ],
    },
  },
  {
    // The dashboard takes text from outside (the address, uploaded scenario, world and results files):
    // it builds the page with DOM calls and textContent, never by parsing strings as HTML.
    files: ["viz/src/**/*.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        ...["innerHTML", "outerHTML"].map((property) => ({
          property,
          message: "Untrusted text must never become HTML: use textContent and DOM calls (d3 .text()).",
        })),
        { property: "insertAdjacentHTML", message: "Untrusted text must never become HTML." },
        { object: "document", property: "write", message: "Untrusted text must never become HTML." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='html']",
          message: "d3's .html() parses HTML: use .text() so untrusted names stay text.",
        },
      ],
    },
  },
);
