// Boots the dashboard: the language (address, remembered choice, browser), then the page and its
// first run.
import "./styles/index.css";
import { detectLang, setLang } from "./i18n/i18n.js";
import { startApp } from "./app/app.js";

const root = document.getElementById("app");
if (root) {
  // A ?lang link shows the sender's language without overriding the reader's remembered choice.
  const lang = detectLang();
  setLang(lang, { remember: !new URLSearchParams(location.search).has("lang") });
  const reducedMotion = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
  startApp(root, { scenario: {}, autoplay: !reducedMotion });
}
