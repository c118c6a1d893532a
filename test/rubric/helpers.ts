// Small hand-built résumés and a small vocabulary for the rubric tests.
import type { Degree, Evidence, Period, Resume, ResumeLine, SectionKind, SkillMention } from "../../src/read/resume.js";
import type { Vocabulary } from "../../src/read/vocabulary.js";
import type { CheckContext } from "../../src/rubric/checks/check.js";

export const VOCABULARY: Vocabulary = {
  skills: [
    { id: "python", name: "Python", aliases: ["python3"] },
    { id: "scikit-learn", name: "scikit-learn", aliases: ["sklearn", "scikit learn"] },
    { id: "pytorch", name: "PyTorch", aliases: ["torch"] },
    { id: "tensorflow", name: "TensorFlow", aliases: ["tensor flow"], exact: ["TF"] },
    { id: "keras", name: "Keras", aliases: [] },
    { id: "aws", name: "AWS", aliases: ["amazon web services"] },
    { id: "gcp", name: "Google Cloud", aliases: ["google cloud platform", "google cloud"] },
    { id: "sql", name: "SQL", aliases: [] },
    { id: "cnn", name: "CNN", aliases: ["convolutional neural network"] },
    { id: "rnn", name: "RNN", aliases: ["recurrent neural network"] },
    { id: "lstm", name: "LSTM", aliases: [] },
    { id: "transformer", name: "Transformer", aliases: ["transformers"] },
  ],
};

export const CONTEXT: CheckContext = { asOf: "2026-06-30", vocabulary: VOCABULARY };

export const evidence = (line: number, text: string, page = 1): Evidence => ({ page, line, text });

export function degree(level: Degree["level"], field: string | undefined, extra: Partial<Degree> = {}): Degree {
  return {
    level,
    ...(field === undefined ? {} : { field }),
    completed: true,
    evidence: evidence(extra.evidence?.line ?? 20, `${level} ${field ?? ""}`.trim()),
    ...extra,
  };
}

export function period(start: string, end: string, extra: Partial<Period> = {}): Period {
  return { start, end, kind: "job", evidence: evidence(10, `${extra.title ?? "Engineer"} ${start} – ${end}`), details: [], ...extra };
}

export interface ResumeParts {
  /** Page 1 text, one entry per line (numbered from 1). */
  lines?: string[];
  section?: SectionKind;
  degrees?: Degree[];
  periods?: Period[];
  /** Skill id → the line numbers (in `lines`) that mention it. */
  skills?: Record<string, number[]>;
}

export function buildResume(parts: ResumeParts = {}): Resume {
  const lines: ResumeLine[] = (parts.lines ?? []).map((text, index) => ({ page: 1, line: index + 1, text, section: parts.section ?? "experience" }));
  const skills: SkillMention[] = Object.entries(parts.skills ?? {}).map(([id, at]) => ({
    id,
    mentions: at.length,
    evidence: at.map((n) => evidence(n, lines[n - 1]?.text ?? id)),
  }));
  return {
    format: "text",
    pages: 1,
    lines,
    sections: [],
    contact: { links: [], evidence: [] },
    degrees: parts.degrees ?? [],
    periods: parts.periods ?? [],
    skills,
    warnings: [],
    hidden: [],
  };
}
