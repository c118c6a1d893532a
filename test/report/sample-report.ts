// A hand-built ScreenReport for the reporter tests: four scored candidates (two meet the required checks, two do
// not) and one file that could not be read. Every person is fictional. One résumé is hostile: a formula for a
// name, markup, an ANSI escape and table pipes in its text, and hidden keyword stuffing.
import type { Evidence } from "../../src/read/resume.js";
import type { CheckResult, ScoredCandidate, ScreenReport } from "../../src/model.js";

const RUBRIC_CHECKS = [
  { id: "degree", kind: "degree", label: "Master's or PhD in CS, EE, Statistics or a related field", weight: 20, required: true, bonus: false },
  { id: "ml-years", kind: "experience", label: "5+ years of industry machine-learning experience", weight: 25, required: false, bonus: false },
  { id: "frameworks", kind: "skills", label: "TensorFlow, PyTorch or scikit-learn", weight: 15, required: false, bonus: false },
  { id: "deep-learning", kind: "skills", label: "Deep-learning architectures: CNNs, RNNs, transformers", weight: 10, required: false, bonus: false },
  { id: "python", kind: "skills", label: "Python", weight: 10, required: false, bonus: false },
  { id: "cloud", kind: "skills", label: "Cloud or distributed computing (AWS, GCP, Hadoop, Spark)", weight: 5, required: false, bonus: true },
];

type CheckId = "degree" | "ml-years" | "frameworks" | "deep-learning" | "python" | "cloud";

const at = (page: number, line: number, text: string): Evidence => ({ page, line, text });

function check(id: CheckId, score: number, message: string, evidence: Evidence[]): CheckResult {
  const spec = RUBRIC_CHECKS.find((candidate) => candidate.id === id);
  if (spec === undefined) throw new Error(`unknown check ${id}`);
  return { ...spec, score, passed: score >= 1, message, evidence };
}

const ana: ScoredCandidate = {
  rank: 1,
  file: "resumes/ana-ferreira.pdf",
  sha256: "a3f1c9e07b2d4f6a8c0e1b3d5f7a9c1e2b4d6f8a0c2e4b6d8f0a1c3e5b7d9f1a",
  status: "scored",
  score: 94.1,
  meetsRequired: true,
  contact: { name: "Ana Lúcia Ferreira", email: "ana.ferreira@example.org", phone: "+351 912 345 678", links: ["https://github.com/ana-ferreira-example"] },
  profile: {
    highestDegree: "master",
    degrees: [
      { level: "master", field: "Computer Science", institution: "Universidade do Porto", year: 2016, completed: true, evidence: at(1, 14, "M.S. Computer Science, Universidade do Porto, 2016") },
      { level: "bachelor", field: "Mathematics", institution: "Universidade de Coimbra", year: 2014, completed: true, evidence: at(1, 16, "B.Sc. Mathematics, Universidade de Coimbra, 2014") },
    ],
    experience: {
      totalYears: 8.5,
      professionalYears: 8.5,
      periods: [
        { title: "Senior Machine Learning Engineer", org: "Lumen Analytics", start: "2021-03", end: "present", kind: "job", evidence: at(1, 5, "Senior Machine Learning Engineer, Lumen Analytics — Mar 2021 – present") },
        { title: "Data Scientist", org: "Tessera Retail", start: "2016-09", end: "2021-02", kind: "job", evidence: at(1, 9, "Data Scientist, Tessera Retail — Sep 2016 – Feb 2021") },
      ],
    },
    skills: [
      { id: "pytorch", mentions: 3, evidence: [at(1, 6, "Trained transformer ranking models in PyTorch on 2 billion events a day")] },
      { id: "python", mentions: 4, evidence: [at(1, 20, "Languages: Python, SQL, Scala")] },
    ],
  },
  checks: [
    check("degree", 1, "M.S. Computer Science (2016)", [at(1, 14, "M.S. Computer Science, Universidade do Porto, 2016")]),
    check("ml-years", 1, "8.5 of 5 years in relevant roles", [
      at(1, 5, "Senior Machine Learning Engineer, Lumen Analytics — Mar 2021 – present"),
      at(1, 9, "Data Scientist, Tessera Retail — Sep 2016 – Feb 2021"),
    ]),
    check("frameworks", 1, "pytorch, scikit-learn, tensorflow", [
      at(1, 6, "Trained transformer ranking models in PyTorch on 2 billion events a day"),
      at(1, 21, "Frameworks: PyTorch, TensorFlow, scikit-learn, XGBoost"),
    ]),
    check("deep-learning", 1, "transformer, cnn", [
      at(1, 6, "Trained transformer ranking models in PyTorch on 2 billion events a day"),
      at(1, 11, "Built CNN defect detection for shelf images (94% recall)"),
    ]),
    check("python", 1, "python (4 mentions)", [at(1, 20, "Languages: Python, SQL, Scala")]),
    check("cloud", 0.5, "aws (1 of 2 wanted)", [at(1, 7, "Moved feature pipelines from on-premise Hadoop to AWS EMR and Spark")]),
  ],
  warnings: [],
};

const jingyi: ScoredCandidate = {
  rank: 2,
  file: "resumes/chen-jingyi.docx",
  sha256: "5be0d2a4c6e8f0a2b4c6d8e0f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0",
  status: "scored",
  score: 85.7,
  meetsRequired: true,
  contact: { name: "陈静怡 (Jingyi Chen)", email: "jingyi.chen@example.net", phone: "(415) 555-0142", links: [] },
  profile: {
    highestDegree: "phd",
    degrees: [
      { level: "phd", field: "Statistics", institution: "University of Wisconsin–Madison", year: 2021, completed: true, evidence: at(1, 4, "Ph.D. in Statistics, University of Wisconsin–Madison, 2021") },
    ],
    experience: {
      totalYears: 4.3,
      professionalYears: 4.3,
      periods: [
        { title: "Machine Learning Engineer", org: "Northwind Health", start: "2021-08", end: "present", kind: "job", evidence: at(1, 10, "Machine Learning Engineer · Northwind Health · 08/2021 – Present") },
        { title: "Research Intern", org: "Cobalt Labs", start: "2019-06", end: "2019-09", kind: "internship", evidence: at(2, 3, "Research Intern, Cobalt Labs (Summer 2019)") },
      ],
    },
    skills: [{ id: "tensorflow", mentions: 2, evidence: [at(1, 12, "Deployed TensorFlow sequence models (LSTM, GRU) for patient-risk alerts")] }],
  },
  checks: [
    check("degree", 1, "Ph.D. Statistics (2021)", [at(1, 4, "Ph.D. in Statistics, University of Wisconsin–Madison, 2021")]),
    check("ml-years", 0.86, "4.3 of 5 years in relevant roles; an internship is not counted", [
      at(1, 10, "Machine Learning Engineer · Northwind Health · 08/2021 – Present"),
    ]),
    check("frameworks", 1, "tensorflow", [at(1, 12, "Deployed TensorFlow sequence models (LSTM, GRU) for patient-risk alerts")]),
    check("deep-learning", 1, "rnn, lstm", [at(1, 12, "Deployed TensorFlow sequence models (LSTM, GRU) for patient-risk alerts")]),
    check("python", 1, "python (2 mentions)", [at(2, 8, "Skills — Python · R · Stan · SQL")]),
    check("cloud", 0, "none of aws, gcp, azure, hadoop, spark", []),
  ],
  warnings: [{ code: "DATE_AMBIGUOUS", message: "“Summer 2019” read as June–September 2019", page: 2, line: 3, text: "Research Intern, Cobalt Labs (Summer 2019)" }],
};

const marcus: ScoredCandidate = {
  rank: 3,
  file: "resumes/2026/referrals/marcus-oyelaran-whitfield-machine-learning-engineer-resume-final-v3.pdf",
  sha256: "c1d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3",
  status: "scored",
  score: 72.5,
  meetsRequired: false,
  contact: { name: "Marcus Oyelaran-Whitfield", email: "m.oyelaran.whitfield@example.com", links: [] },
  profile: {
    highestDegree: "bachelor",
    degrees: [
      { level: "bachelor", field: "Electrical Engineering", institution: "Georgia Institute of Technology", year: 2015, completed: true, evidence: at(2, 2, "B.S. Electrical Engineering — Georgia Institute of Technology, 2015") },
    ],
    experience: {
      totalYears: 10.2,
      professionalYears: 10.2,
      periods: [
        { title: "Staff ML Engineer", org: "Parcel & Pine Logistics", start: "2019-01", end: "present", kind: "job", evidence: at(1, 6, "Staff ML Engineer | Parcel & Pine Logistics | 2019 – now") },
        { title: "Software Engineer", org: "Vantage Telecom", start: "2015-08", end: "2018-12", kind: "job", evidence: at(1, 12, "Software Engineer | Vantage Telecom | 2015 – 2018") },
      ],
    },
    skills: [{ id: "spark", mentions: 2, evidence: [at(1, 8, "Forecasting on 40 TB of scan events with Spark and GCP Dataproc")] }],
  },
  checks: [
    check("degree", 0, "B.S. Electrical Engineering (2015): a master's or higher is required", [
      at(2, 2, "B.S. Electrical Engineering — Georgia Institute of Technology, 2015"),
    ]),
    check("ml-years", 1, "7.9 of 5 years in relevant roles", [at(1, 6, "Staff ML Engineer | Parcel & Pine Logistics | 2019 – now")]),
    check("frameworks", 1, "scikit-learn, pytorch", [at(1, 7, "Demand models in scikit-learn, later PyTorch; *cut* stock-outs by 18%")]),
    check("deep-learning", 0.5, "cnn (1 of 2 wanted)", [at(1, 9, "Prototyped a CNN for damaged-parcel photos")]),
    check("python", 1, "python (3 mentions)", [at(1, 14, "Python, Go, SQL, Airflow")]),
    check("cloud", 1, "spark, gcp", [at(1, 8, "Forecasting on 40 TB of scan events with Spark and GCP Dataproc")]),
  ],
  warnings: [],
};

const hostile: ScoredCandidate = {
  rank: 4,
  file: "resumes/@applicant|final.pdf",
  sha256: "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
  status: "scored",
  score: 38,
  meetsRequired: false,
  contact: { name: '=HYPERLINK("http://x")', email: "+cmd@example.com", phone: "-1 555 0100", links: ["javascript:alert(1)"] },
  profile: {
    highestDegree: "none",
    degrees: [],
    experience: {
      totalYears: 2,
      professionalYears: 2,
      periods: [
        { title: "Analyst", org: "Quill & Co", start: "2024-01", end: "present", kind: "job", evidence: at(1, 4, "Analyst | Quill & Co | 2024 – present") },
      ],
    },
    skills: [{ id: "python", mentions: 1, evidence: [at(1, 5, "Built <script>alert(1)</script> dashboards | \u001b[31mred\u001b[0m in Python")] }],
  },
  checks: [
    check("degree", 0, "no degree found", []),
    check("ml-years", 0, "0 of 5 years in relevant roles", [at(1, 4, "Analyst | Quill & Co | 2024 – present")]),
    check("frameworks", 0, "none of tensorflow, pytorch, scikit-learn", []),
    check("deep-learning", 0, "none of cnn, rnn, transformer", []),
    check("python", 1, "python (1 mention)", [
      at(1, 5, "Built <script>alert(1)</script> dashboards | \u001b[31mred\u001b[0m in Python"),
      at(1, 6, "See [my portfolio](http://evil.example/p) and ![x](http://evil.example/t.png) @everyone #1 `rm -rf` ~~x~~ $x$ &amp; www.evil.example"),
    ]),
    check("cloud", 0, "none of aws, gcp, azure, hadoop, spark", []),
  ],
  warnings: [
    { code: "HIDDEN_TEXT", message: "white text on a white background was not scored", page: 1, line: 30, text: "pytorch tensorflow aws gcp phd </script><script>alert(2)</script>" },
  ],
};

export const sampleReport: ScreenReport = {
  schemaVersion: 1,
  tool: { name: "shortlist", version: "0.1.0" },
  asOf: "2026-11-29",
  rubric: { id: "ml-engineer", name: "Machine Learning Engineer", path: "rubrics/ml-engineer.yaml", sha256: "9d4c2b1a0f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a392817065f4e" },
  checks: RUBRIC_CHECKS,
  summary: { files: 5, scored: 4, errors: 1, meetsRequired: 2 },
  candidates: [
    ana,
    jingyi,
    marcus,
    hostile,
    { rank: null, file: "resumes/scanned-offer.pdf", sha256: "77aa55cc33ee11ff99bb77dd55ff33aa11cc99ee77bb55dd33ff11aa99cc77ee", status: "error", error: { code: "ENCRYPTED", message: "The PDF is password-protected; it cannot be read without the password." } },
  ],
};

/** The same batch screened with --blind: labels instead of names. */
export const blindSampleReport: ScreenReport = {
  ...sampleReport,
  blind: true,
  candidates: sampleReport.candidates.map((candidate, index) => ({ ...candidate, candidateId: `C-${String(index + 1).padStart(3, "0")}` })),
};
