import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/"] },
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
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Use the seeded generator passed in (sim/rng.ts)." },
        { object: "Date", property: "now", message: "sim/ is deterministic: no clocks." },
      ],
    },
  },
);
