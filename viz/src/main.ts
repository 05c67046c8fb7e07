// Boots the dashboard: the language (address, remembered choice, browser), then the page.
import "./styles/index.css";
import { detectLang, setLang } from "./i18n/i18n.js";
import { buildPageLayout } from "./app/page-layout.js";

const root = document.getElementById("app");
if (root) {
  // A ?lang link shows the sender's language without overriding the reader's remembered choice.
  const lang = detectLang();
  setLang(lang, { remember: !new URLSearchParams(location.search).has("lang") });
  const layout = buildPageLayout(root, () => undefined);
  layout.header.select("simulate");
}
