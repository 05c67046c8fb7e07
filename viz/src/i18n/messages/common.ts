// Text every part of the dashboard shares: the app's name, its tagline and the language switch.
import { defineMessages } from "../i18n.js";

export const commonText = defineMessages({
  id: {
    app_name: "Sinergi",
    app_tagline:
      "Simulasi kerja sama antardaerah: siapa bekerja sama, dengan kebijakan apa, dan apa dampaknya bagi ketimpangan",
    lang_id: "Bahasa Indonesia",
    lang_en: "English",
    lang_switch_label: "Bahasa",
  },
  en: {
    app_name: "Sinergi",
    app_tagline:
      "Simulating inter-regional cooperation: who cooperates, under which policies, and what it does to disparity",
    lang_id: "Bahasa Indonesia",
    lang_en: "English",
    lang_switch_label: "Language",
  },
});
