// The dashboard shell's text: views, scenario and run panels, map and chart frames, status messages.
// Metric names (metrics.ts) and the lever catalogue (levers.ts) have their own bundles.
import { defineMessages } from "../i18n.js";

export const uiText = defineMessages({
  id: {
    nav_label: "Tampilan",
    view_simulate: "Simulasi",
    view_compare: "Bandingkan",
    view_sweep: "Hasil sweep",
    skip_to_content: "Langsung ke hasil",
    loading: "Memuat…",
    dismiss_error: "Tutup pesan kesalahan",

    playback_label: "Pemutaran tahun",
    playback_play: "Putar",
    playback_pause: "Jeda",
    playback_reset: "Ke awal",
    playback_step_back: "Mundur setahun",
    playback_step_forward: "Maju setahun",
    playback_speed: "Kecepatan",
    speed_value: "{speed} tahun/detik",
    year_slider: "Tahun",
    year_value: "Tahun simulasi {year} ({calendar})",
  },
  en: {
    nav_label: "Views",
    view_simulate: "Simulation",
    view_compare: "Compare",
    view_sweep: "Sweep results",
    skip_to_content: "Skip to results",
    loading: "Loading…",
    dismiss_error: "Dismiss the error message",

    playback_label: "Year playback",
    playback_play: "Play",
    playback_pause: "Pause",
    playback_reset: "To the start",
    playback_step_back: "One year back",
    playback_step_forward: "One year forward",
    playback_speed: "Speed",
    speed_value: "{speed} years/second",
    year_slider: "Year",
    year_value: "Simulated year {year} ({calendar})",
  },
});

export type UiKey = (typeof uiText.keys)[number];
