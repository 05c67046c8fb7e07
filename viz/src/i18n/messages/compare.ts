// Text of the A/B comparison view: choosing the two scenarios, running them on the same seeds, the
// charts, the table of end-year values and the one-sentence summary. Scenario names fill placeholders
// as plain text.
import { defineMessages } from "../i18n.js";

export const compareText = defineMessages({
  id: {
    title: "Bandingkan dua skenario",
    intro:
      "Skenario A dan B dijalankan pada dunia yang sama dan dengan seed yang sama: ulangan ke-r keduanya memakai seed + r, sehingga selisihnya berasal dari kebijakan, bukan dari keberuntungan acak.",
    scenario_a_label: "Skenario A (pembanding)",
    scenario_b_label: "Skenario B (yang diuji)",
    choice_current: "Skenario saat ini (dari tab Simulasi)",
    choice_link: "Skenario dari tautan yang dibuka",
    choice_current_short: "skenario saat ini",
    choice_link_short: "skenario dari tautan",
    band_label: "Rentang 90% ulangan",
    above_label: "B lebih tinggi daripada A",
    below_label: "B lebih rendah daripada A",
    presets_group: "Skenario siap pakai",
    run_button: "Jalankan perbandingan",
    stop_button: "Hentikan",
    same_scenario: "A dan B adalah skenario yang sama; pilih skenario lain untuk salah satunya.",
    status_idle: "Pilih dua skenario, lalu jalankan perbandingan.",
    status_running: "Menjalankan skenario {which}: tahun ke-{year} dari {years}…",
    status_done:
      "Selesai: {replicates} ulangan per skenario (seed {first}–{last}), {years} tahun, pada dunia yang sama.",
    status_done_single:
      "Selesai: satu ulangan per skenario (seed {first}), {years} tahun, pada dunia yang sama.",
    status_error: "Skenario {which} tidak dapat dijalankan: {message}",
    status_stopped: "Perbandingan dihentikan.",
    label_a: "Skenario A: {name}",
    label_b: "Skenario B: {name}",

    sentence: "{b} dibanding {a}: {metric} {difference} {when}.",
    sentence_cost: "{b} dibanding {a}: {metric} {difference} {when}; {cost}.",
    sentence_year: "pada tahun ke-{year}",
    sentence_year_calendar: "pada tahun ke-{year} ({calendar})",
    cost_none: "tanpa biaya kebijakan",
    cost_b: "biaya {cost}",
    cost_both: "biaya {cost} (pada {a}: {costA})",

    charts_heading: "A dan B dari tahun ke tahun",
    chart_title: "{metric}: A dan B",
    chart_desc: "Garis utuh: skenario A; garis putus-putus: skenario B.",
    chart_desc_band:
      "Garis utuh: skenario A; garis putus-putus: skenario B. Garis adalah median antarulangan, pita menunjukkan rentang 90% ulangan.",
    difference_heading: "Selisih B − A",
    difference_metric_label: "Ukuran pada grafik selisih",
    difference_title: "Selisih {metric}: B − A",
    difference_desc:
      "Median selisih antara pasangan ulangan dengan seed yang sama; di bawah nol berarti B lebih rendah daripada A.",
    difference_desc_band:
      "Median selisih antara pasangan ulangan dengan seed yang sama, dengan pita 90%; di bawah nol berarti B lebih rendah daripada A.",

    table_caption: "Nilai pada tahun ke-{year} ({calendar})",
    table_caption_plain: "Nilai pada tahun ke-{year}",
    column_measure: "Ukuran",
    column_difference: "Selisih B − A",
    column_interval: "Rentang 90% selisih",
    interval: "{low} hingga {high}",
    row_cost: "Total biaya kebijakan selama simulasi",
    table_note:
      "Nilai A dan B adalah median antarulangan; selisih adalah median dari selisih tiap pasangan ulangan dengan seed yang sama.",

    export_csv: "Unduh CSV kedua skenario",
    export_svg: "Unduh SVG",
    export_png: "Unduh PNG",
    export_svg_label: "Unduh grafik “{chart}” sebagai SVG",
    export_png_label: "Unduh grafik “{chart}” sebagai PNG",
    export_csv_file: "perbandingan",
  },
  en: {
    title: "Compare two scenarios",
    intro:
      "Scenarios A and B run on the same world and the same seeds: replicate r of both uses seed + r, so the difference comes from the policies, not from luck.",
    scenario_a_label: "Scenario A (reference)",
    scenario_b_label: "Scenario B (the one tested)",
    choice_current: "The current scenario (from the Simulation tab)",
    choice_link: "The scenario from the opened link",
    choice_current_short: "the current scenario",
    choice_link_short: "the linked scenario",
    band_label: "90% of replicates",
    above_label: "B higher than A",
    below_label: "B lower than A",
    presets_group: "Ready-made scenarios",
    run_button: "Run the comparison",
    stop_button: "Stop",
    same_scenario: "A and B are the same scenario; choose another one for either.",
    status_idle: "Choose two scenarios, then run the comparison.",
    status_running: "Running scenario {which}: year {year} of {years}…",
    status_done:
      "Done: {replicates} replicates per scenario (seeds {first}–{last}), {years} years, on the same world.",
    status_done_single: "Done: one replicate per scenario (seed {first}), {years} years, on the same world.",
    status_error: "Scenario {which} could not run: {message}",
    status_stopped: "Comparison stopped.",
    label_a: "Scenario A: {name}",
    label_b: "Scenario B: {name}",

    sentence: "{b} vs {a}: {metric} {difference} {when}.",
    sentence_cost: "{b} vs {a}: {metric} {difference} {when}, {cost}.",
    sentence_year: "by year {year}",
    sentence_year_calendar: "by year {year} ({calendar})",
    cost_none: "no policy cost",
    cost_b: "cost {cost}",
    cost_both: "cost {cost} ({a}: {costA})",

    charts_heading: "A and B year by year",
    chart_title: "{metric}: A and B",
    chart_desc: "Solid line: scenario A; dashed line: scenario B.",
    chart_desc_band:
      "Solid line: scenario A; dashed line: scenario B. Lines are medians across replicates; bands show the range of 90% of them.",
    difference_heading: "Difference B − A",
    difference_metric_label: "Measure in the difference chart",
    difference_title: "Difference in {metric}: B − A",
    difference_desc:
      "Median of the differences between paired replicates run with the same seed; below zero means B is lower than A.",
    difference_desc_band:
      "Median of the differences between paired replicates run with the same seed, with a 90% band; below zero means B is lower than A.",

    table_caption: "Values in year {year} ({calendar})",
    table_caption_plain: "Values in year {year}",
    column_measure: "Measure",
    column_difference: "Difference B − A",
    column_interval: "90% range of the difference",
    interval: "{low} to {high}",
    row_cost: "Total policy cost over the run",
    table_note:
      "A and B are medians across replicates; the difference is the median of the differences between replicates paired by seed.",

    export_csv: "Download both scenarios as CSV",
    export_svg: "Download SVG",
    export_png: "Download PNG",
    export_svg_label: "Download the chart “{chart}” as SVG",
    export_png_label: "Download the chart “{chart}” as PNG",
    export_csv_file: "comparison",
  },
});
