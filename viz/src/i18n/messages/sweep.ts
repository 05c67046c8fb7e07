// Text of the sweep results view: opening a `sinergi sweep` results file, what is wrong with a file
// that cannot be read, and the choices and charts of the view. File names, column names and values
// from the file fill the placeholders as plain text.
import { defineMessages } from "../i18n.js";

export const sweepText = defineMessages({
  id: {
    title: "Hasil sweep",
    intro:
      "Buka berkas runs.csv (atau runs.jsonl) dari folder hasil `sinergi sweep` untuk melihat bagaimana hasil simulasi berubah menurut parameter yang divariasikan. Berkas dibaca di peramban ini saja dan tidak dikirim ke mana pun.",
    file_label: "Berkas hasil sweep (runs.csv, runs.jsonl atau runs.parquet)",
    drop_hint: "atau seret berkasnya ke kotak ini",
    drop_zone_label: "Tempat meletakkan berkas hasil sweep",
    reading: "Membaca {file}… {percent}",
    loaded: "{file}: {runs} simulasi, {rows} baris, {parameters} parameter, tahun {first}–{last}.",
    nothing_loaded: "Belum ada berkas yang dibuka.",
    previous_kept: "Data yang ditampilkan sebelumnya tetap dipakai.",

    "problem.empty": "{file} kosong: tidak ada satu baris pun.",
    "problem.parquet":
      "{file} bukan berkas Parquet yang utuh ({detail}). Berkas runs.parquet baru lengkap setelah sweep selesai; untuk melihat hasil sebelum itu, jalankan sweep dengan --format csv.",
    "problem.missing_one":
      "{file} bukan hasil `sinergi sweep`: kolom “{columns}” tidak ada. Bukalah runs.csv atau runs.jsonl dari folder hasil sweep.",
    "problem.missing_many":
      "{file} bukan hasil `sinergi sweep`: kolom {columns} tidak ada. Bukalah runs.csv atau runs.jsonl dari folder hasil sweep.",
    "problem.duplicate_column": "{file}: kolom “{column}” muncul dua kali di baris judul.",
    "problem.column_order":
      "{file}: kolom “seed” harus mendahului “year”, karena kolom parameter terletak di antara keduanya.",
    "problem.no_outcome":
      "{file}: tidak ada kolom hasil (misalnya williamson atau agreements_total) sesudah kolom “year”.",
    "problem.no_rows": "{file} hanya berisi baris judul, tanpa satu pun hasil simulasi.",
    "problem.cell_count":
      "{file}, baris {line}: ada {found} sel, padahal baris judul memiliki {expected} kolom.",
    "problem.not_a_number": "{file}, baris {line}, kolom “{column}”: “{value}” bukan angka.",
    "problem.not_an_integer": "{file}, baris {line}, kolom “{column}”: “{value}” bukan bilangan bulat.",
    "problem.bad_json":
      "{file}, baris {line}: bukan objek JSON yang sah (dalam JSON Lines, setiap baris berisi satu objek).",
    "problem.json_keys": "{file}, baris {line}: kolomnya berbeda dengan kolom pada baris pertama.",
    "problem.unreadable": "Peramban tidak dapat membaca {file} ({detail}).",
    list_and: "dan",

    outcome_label: "Hasil yang ditampilkan",
    year_label: "Tahun",
    year_option: "Tahun ke-{year} ({calendar})",
    year_option_plain: "Tahun ke-{year}",
    x_label: "Parameter pada sumbu mendatar",
    filters_heading: "Saring parameter lainnya",
    filter_all: "Semua nilai",
    no_parameters: "Sweep ini tidak memvariasikan parameter apa pun: semua simulasi masuk satu kelompok.",
    all_runs: "Semua simulasi",
    no_runs: "Tidak ada simulasi yang cocok dengan saringan ini.",
    ranged_note:
      "{parameter} memiliki {count} nilai berbeda (desain sampel acak), jadi titik-titiknya digambar sebagai sebaran dan ringkasannya dikelompokkan per rentang nilai.",

    distribution_title: "{outcome} pada tahun ke-{year} menurut {parameter}",
    distribution_desc:
      "Setiap titik adalah satu simulasi; kotak menunjukkan kuartil dan garis tengahnya median.",
    scatter_desc: "Setiap titik adalah satu simulasi: nilai parameter terhadap hasilnya.",
    scatter_subset: "Ditampilkan {shown} dari {total} simulasi, dipilih merata; ringkasan memakai semuanya.",
    legend_box: "Kuartil (25%–75% simulasi)",
    legend_whisker: "Rentang 90% (persentil ke-5 s.d. ke-95)",
    legend_median: "Nilai tengah",
    trajectory_title: "Median {outcome} per tahun menurut {parameter}",
    trajectory_desc: "Median seluruh simulasi dalam setiap kelompok, tahun demi tahun.",

    table_caption: "Ringkasan {outcome} pada tahun ke-{year} per kelompok",
    column_group: "Kelompok",
    column_n: "Jumlah simulasi",
    column_median: "Nilai tengah (median)",
    column_low: "Persentil ke-5",
    column_high: "Persentil ke-95",
    interval_note: "90% simulasi dalam setiap kelompok berada di antara persentil ke-5 dan ke-95.",
  },
  en: {
    title: "Sweep results",
    intro:
      "Open the runs.csv (or runs.jsonl) from a `sinergi sweep` results folder to see how the outcomes change with the parameters it varied. The file is read in this browser only and is not sent anywhere.",
    file_label: "Sweep results file (runs.csv, runs.jsonl or runs.parquet)",
    drop_hint: "or drag the file onto this box",
    drop_zone_label: "Drop area for a sweep results file",
    reading: "Reading {file}… {percent}",
    loaded: "{file}: {runs} runs, {rows} rows, {parameters} parameters, years {first}–{last}.",
    nothing_loaded: "No file opened yet.",
    previous_kept: "The data shown before is kept.",

    "problem.empty": "{file} is empty: it has not a single line.",
    "problem.parquet":
      "{file} is not a complete Parquet file ({detail}). A runs.parquet is complete only when its sweep has finished; to look at results before then, run the sweep with --format csv.",
    "problem.missing_one":
      "{file} is not the output of `sinergi sweep`: it has no “{columns}” column. Open the runs.csv or runs.jsonl of a sweep's results folder.",
    "problem.missing_many":
      "{file} is not the output of `sinergi sweep`: it has no {columns} columns. Open the runs.csv or runs.jsonl of a sweep's results folder.",
    "problem.duplicate_column": "{file}: the column “{column}” appears twice in the header.",
    "problem.column_order":
      "{file}: the column “seed” must come before “year”, since the parameter columns lie between them.",
    "problem.no_outcome":
      "{file}: there is no outcome column (such as williamson or agreements_total) after the “year” column.",
    "problem.no_rows": "{file} has only a header, not a single run's results.",
    "problem.cell_count": "{file}, line {line}: {found} cells, but the header has {expected} columns.",
    "problem.not_a_number": "{file}, line {line}, column “{column}”: “{value}” is not a number.",
    "problem.not_an_integer": "{file}, line {line}, column “{column}”: “{value}” is not a whole number.",
    "problem.bad_json":
      "{file}, line {line}: not a valid JSON object (in JSON Lines, each line holds one object).",
    "problem.json_keys": "{file}, line {line}: its keys differ from those of the first line.",
    "problem.unreadable": "The browser could not read {file} ({detail}).",
    list_and: "and",

    outcome_label: "Outcome shown",
    year_label: "Year",
    year_option: "Year {year} ({calendar})",
    year_option_plain: "Year {year}",
    x_label: "Parameter on the horizontal axis",
    filters_heading: "Filter the other parameters",
    filter_all: "All values",
    no_parameters: "This sweep varies no parameter: every run is in one group.",
    all_runs: "All runs",
    no_runs: "No run matches these filters.",
    ranged_note:
      "{parameter} takes {count} different values (a sampled design), so its runs are drawn as a scatter and summarised by ranges of values.",

    distribution_title: "{outcome} in year {year} by {parameter}",
    distribution_desc: "Each point is one run; the box shows the quartiles and its middle line the median.",
    scatter_desc: "Each point is one run: the parameter's value against the outcome.",
    scatter_subset: "Showing {shown} of {total} runs, evenly chosen; the summary uses them all.",
    legend_box: "Quartiles (25%–75% of runs)",
    legend_whisker: "90% range (5th to 95th percentile)",
    legend_median: "Median",
    trajectory_title: "Median {outcome} over the years by {parameter}",
    trajectory_desc: "The median of all runs in each group, year by year.",

    table_caption: "Summary of {outcome} in year {year} by group",
    column_group: "Group",
    column_n: "Runs",
    column_median: "Median",
    column_low: "5th percentile",
    column_high: "95th percentile",
    interval_note: "90% of the runs in each group lie between the 5th and the 95th percentile.",
  },
});
