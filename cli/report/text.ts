/** The report's "how to read this", in English and Bahasa Indonesia, per method. */
import type { Method } from "../analysis/compute.js";

export interface HowToRead {
  en: string[];
  id: string[];
}

const COMMON: HowToRead = {
  en: [
    "An output such as <code>williamson@30</code> is a column of the runs (here the Williamson index of regional " +
      "disparity) in one year of every run (year 30; year 0 is the initial state). Each design point was run " +
      "with several replicates (different random seeds) when the sweep asked for them; the indices use the mean " +
      "of a point's replicates, so what remains of the model's randomness adds noise to them.",
    "<strong>Outputs against parameters</strong>: each dot is one design point (its replicates averaged). A " +
      "clear trend means the parameter matters on its own; a cloud with no shape means it matters little, or " +
      "only together with others.",
    "<strong>Outputs over time</strong>: the line is the median over the runs in each year, and the shaded band " +
      "holds the middle 90% of them (from the 5th to the 95th percentile). The dashed line marks the year " +
      "analysed.",
    "Every chart has a data table below it with the numbers it shows; <code>indices.csv</code> beside this file " +
      "holds the indices for pandas, R or a spreadsheet.",
  ],
  id: [
    "Keluaran seperti <code>williamson@30</code> adalah satu kolom hasil simulasi (di sini indeks Williamson " +
      "ketimpangan antardaerah) pada satu tahun di setiap simulasi (tahun ke-30; tahun 0 adalah keadaan awal). " +
      "Setiap titik desain dijalankan dengan beberapa ulangan (benih acak berbeda) bila sapuan memintanya; " +
      "indeks memakai rata-rata ulangan suatu titik, sehingga sisa keacakan model menambah derau pada indeks.",
    "<strong>Keluaran terhadap parameter</strong>: setiap titik adalah satu titik desain (rata-rata ulangannya). " +
      "Pola yang jelas berarti parameter itu berpengaruh sendiri; awan tanpa bentuk berarti pengaruhnya kecil, " +
      "atau hanya bersama parameter lain.",
    "<strong>Keluaran sepanjang waktu</strong>: garis adalah median semua simulasi pada setiap tahun, dan pita " +
      "berarsir memuat 90% simulasi di tengah (persentil ke-5 sampai ke-95). Garis putus-putus menandai tahun " +
      "yang dianalisis.",
    "Setiap grafik disertai tabel data berisi angka yang ditampilkannya; <code>indices.csv</code> di samping " +
      "berkas ini memuat indeks untuk pandas, R atau lembar kerja.",
  ],
};

const METHOD: Record<Method, HowToRead> = {
  sobol: {
    en: [
      "<strong>Sobol indices</strong> split the variance of an output among the parameters the sweep varied. " +
        "The first-order index <strong>S1</strong> of a parameter is the share of the variance it causes " +
        "alone; the total index <strong>ST</strong> adds every interaction it takes part in. Both lie between " +
        "0 and 1 (estimates from few samples can stray a little outside).",
      "A parameter with ST near 0 does not matter for that output over the ranges swept, and can be fixed. ST " +
        "well above S1 means the parameter acts through interactions with others. The whiskers are 95% " +
        "bootstrap intervals: where they are wide or overlap, the ranking is not yet settled, and the sweep " +
        "needs more base samples (<code>design.samples</code>).",
    ],
    id: [
      "<strong>Indeks Sobol</strong> membagi varians suatu keluaran di antara parameter yang divariasikan. " +
        "Indeks orde pertama <strong>S1</strong> sebuah parameter adalah bagian varians yang disebabkannya " +
        "sendiri; indeks total <strong>ST</strong> menambahkan semua interaksi yang melibatkannya. Keduanya " +
        "bernilai antara 0 dan 1 (estimasi dari sedikit sampel bisa sedikit keluar dari rentang itu).",
      "Parameter dengan ST mendekati 0 tidak berpengaruh pada keluaran itu dalam rentang yang diuji, dan dapat " +
        "ditetapkan. ST yang jauh di atas S1 berarti parameter itu bekerja melalui interaksi dengan parameter " +
        "lain. Garis galat adalah selang kepercayaan bootstrap 95%: bila lebar atau saling tumpang tindih, " +
        "peringkatnya belum pasti dan sapuan memerlukan lebih banyak sampel dasar (<code>design.samples</code>).",
    ],
  },
  morris: {
    en: [
      "<strong>Morris screening</strong> moves one parameter at a time along random trajectories and records " +
        "each change of the output (an elementary effect, in the output's own units, per whole range of the " +
        "parameter). <strong>μ*</strong> (mu_star), the mean of their absolute values, ranks the parameters: " +
        "those with μ* near 0 can be left at their defaults.",
      "<strong>μ</strong> (mu) is the signed mean: when |μ| is much smaller than μ*, the effect changes sign " +
        "across the space. <strong>σ</strong> (sigma), the spread of the effects, is large when the effect " +
        "depends on the other parameters (interactions) or is not linear. The whiskers on μ* are 95% bootstrap " +
        "intervals over the trajectories. Morris ranks; it does not measure shares of variance.",
    ],
    id: [
      "<strong>Penyaringan Morris</strong> menggerakkan satu parameter setiap kali sepanjang lintasan acak dan " +
        "mencatat setiap perubahan keluaran (efek elementer, dalam satuan keluaran, per seluruh rentang " +
        "parameter). <strong>μ*</strong> (mu_star), rata-rata nilai mutlaknya, memeringkat parameter: yang μ*-nya " +
        "mendekati 0 dapat dibiarkan pada nilai bawaan.",
      "<strong>μ</strong> (mu) adalah rata-rata bertanda: bila |μ| jauh lebih kecil daripada μ*, arah efeknya " +
        "berubah di dalam ruang parameter. <strong>σ</strong> (sigma), sebaran efek, besar bila efeknya " +
        "bergantung pada parameter lain (interaksi) atau tidak linear. Garis galat pada μ* adalah selang " +
        "bootstrap 95% atas lintasan. Morris memeringkat; ia tidak mengukur bagian varians.",
    ],
  },
  regression: {
    en: [
      "<strong>Standardized regression coefficients</strong> (SRC) come from a linear fit of the output on the " +
        "parameters over every run: the change of the output, in standard deviations, when a parameter rises " +
        "by one standard deviation. The sign gives the direction.",
      "<strong>R²</strong> is the share of the output's variance the linear fit explains. Only when R² is high " +
        "(say 0.7 or more) do the SRCs rank the parameters well; with independent parameters the squares of the " +
        "SRCs add up to about R². A low R² means the output depends on the parameters non-linearly, through " +
        "interactions, or mostly on chance: use a Sobol or Morris design then.",
    ],
    id: [
      "<strong>Koefisien regresi terstandar</strong> (SRC) berasal dari regresi linear keluaran terhadap " +
        "parameter atas semua simulasi: perubahan keluaran, dalam simpangan baku, bila suatu parameter naik satu " +
        "simpangan baku. Tandanya menunjukkan arah.",
      "<strong>R²</strong> adalah bagian varians keluaran yang dijelaskan oleh regresi linear. Hanya bila R² " +
        "tinggi (misalnya 0,7 atau lebih) SRC memeringkat parameter dengan baik; untuk parameter yang saling " +
        "bebas, jumlah kuadrat SRC kira-kira sama dengan R². R² yang rendah berarti keluaran bergantung pada " +
        "parameter secara tidak linear, melalui interaksi, atau sebagian besar pada peluang: gunakan desain " +
        "Sobol atau Morris.",
    ],
  },
};

export function howToRead(method: Method): HowToRead {
  return { en: [...METHOD[method].en, ...COMMON.en], id: [...METHOD[method].id, ...COMMON.id] };
}
