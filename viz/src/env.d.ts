/// <reference types="vite/client" />
/** True in the offline single-file build (viz/vite.config.ts, `--mode offline`). */
declare const __SINERGI_OFFLINE__: boolean;
