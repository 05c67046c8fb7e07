// Boots the dashboard: the language (address, remembered choice, browser), the state the address
// encodes (checked; problems are shown, never fatal), then the page and its first run. Exposes the
// test hook documented in app/test-hook.ts as window.sinergi.
import "./styles/index.css";
import { readAddress } from "./app/address-sync.js";
import { startApp } from "./app/app.js";
import { VIEWS } from "./app/page-layout.js";
import { createTestHook } from "./app/test-hook.js";
import { detectLang, setLang } from "./i18n/i18n.js";
import { PRESETS } from "./scenario/presets.js";

const root = document.getElementById("app");
if (root) {
  // A ?lang link shows the sender's language without overriding the reader's remembered choice.
  setLang(detectLang(), { remember: !new URLSearchParams(location.search).has("lang") });
  const baseline = PRESETS[0]?.input ?? {};
  const { state, problems } = readAddress(
    location.hash,
    { scenario: baseline, replicates: 1 },
    VIEWS.map((view) => view.id),
  );
  const reducedMotion = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const app = startApp(root, {
    scenario: state.scenario,
    replicates: state.replicates,
    compare: state.compare,
    year: state.year,
    view: state.tab,
    lesson: state.lesson,
    problems,
    autoplay: !reducedMotion,
  });
  window.sinergi = createTestHook(app, ready);
  resolveReady();
}
