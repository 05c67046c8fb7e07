// A small lesson of our own for the Lessons view's tests: independent of the content lessons in
// configs/lessons/, which are written and changed by their authors.
import type { LessonInput } from "../../../sim/lessons/lesson-schema.js";

const both = (id: string, en: string): { id: string; en: string } => ({ id, en });
const list = (id: string[], en: string[]): { id: string[]; en: string[] } => ({ id, en });

export function fixtureLesson(overrides: Partial<LessonInput> = {}): LessonInput {
  return {
    $schema: "../../lesson.schema.json",
    id: "uji-ego",
    order: 2,
    minutes: 10,
    title: both("Ego daerah uji", "Test regional ego"),
    summary: both("Ringkasan uji.", "A test summary."),
    concept: list(["Paragraf konsep."], ["A concept paragraph."]),
    sourceText: both("Bagian ego daerah.", "The part on regional ego."),
    scenario: "scenario.json",
    highlight: ["ego.mean", "policies.incentiveFund.budget"],
    instructions: list(["Jalankan."], ["Run it."]),
    prediction: {
      question: both("Apa yang terjadi?", "What happens?"),
      options: [
        { id: "more", text: both("Lebih banyak kerja sama", "More cooperation") },
        { id: "less", text: both("Lebih sedikit kerja sama", "Less cooperation") },
      ],
      answer: "less",
      explanation: both("Karena ego menahan kesepakatan.", "Because ego holds deals back."),
    },
    notice: list(["Perhatikan jumlah perjanjian."], ["Watch the number of agreements."]),
    discussion: list(["Pertanyaan satu?", "Pertanyaan dua?"], ["Question one?", "Question two?"]),
    sources: [{ citation: "Penulis (2020). Judul. Penerbit.", url: "https://example.org/a" }],
    teacher: {
      objectives: list(["Tujuan."], ["Objective."]),
      timing: list(["5 menit membaca."], ["5 minutes reading."]),
      answers: list(["Jawaban: lebih sedikit."], ["Answer: less."]),
      misconceptions: list(["Salah kaprah."], ["A misconception."]),
    },
    ...overrides,
  };
}

/** A small illustrative world of two regions, in the world format. */
export const FIXTURE_WORLD = `# A test world, not data.
id,name,group,lat,lon,population,grdp,share_agriculture,share_mining,share_manufacturing,share_trade,share_accommodation,capacity,note
A,Kota A,Uji,-7.00,110.40,1000000,60000,0.02,0.00,0.30,0.25,0.05,0.7,test
B,Kabupaten B,Uji,-7.20,110.45,1500000,30000,0.35,0.02,0.15,0.12,0.02,0.5,test
`;
