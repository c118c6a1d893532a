// The degree check: the résumé's best degree against a minimum level and accepted fields.
//
// Each degree earns level × completion × field credit, and the best degree counts:
//   level       1 at or above the minimum, 0.5 one level below, 0 further below
//   completion  1 when completed (or when the rubric accepts degrees in progress), 0.75 in progress
//   field       1 when accepted (field-match.ts) or when the rubric accepts any field,
//               0.5 when the résumé names no field (it could not be confirmed), 0 for another field
import type { Degree } from "../../read/resume.js";
import type { DegreeCheckSpec } from "../types.js";
import type { CheckFn } from "./check.js";
import { matchField, type FieldMatch } from "./field-match.js";

const RANK = { associate: 1, bachelor: 2, master: 3, phd: 4 } as const;
const LEVEL_NAMES = { associate: "Associate degree", bachelor: "Bachelor's degree", master: "Master's degree", phd: "PhD" } as const;

type FieldVerdict = FieldMatch | { kind: "any" } | { kind: "unknown" };

interface Assessment {
  degree: Degree;
  gap: number;
  field: FieldVerdict;
  score: number;
}

function assess(degree: Degree, spec: DegreeCheckSpec): Assessment {
  const gap = RANK[spec.min] - RANK[degree.level];
  const level = gap <= 0 ? 1 : gap === 1 ? 0.5 : 0;
  const completion = degree.completed || spec.in_progress ? 1 : 0.75;
  const field: FieldVerdict =
    spec.fields.length === 0 ? { kind: "any" } : degree.field ? matchField(degree.field, spec.fields) : { kind: "unknown" };
  const fieldCredit = field.kind === "other" ? 0 : field.kind === "unknown" ? 0.5 : 1;
  return { degree, gap, field, score: level * completion * fieldCredit };
}

/** Higher score first; then higher level, completed, more recent; then the résumé's order. */
function better(a: Assessment, b: Assessment): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.degree.level !== b.degree.level) return RANK[a.degree.level] > RANK[b.degree.level];
  if (a.degree.completed !== b.degree.completed) return a.degree.completed;
  return (a.degree.year ?? 0) > (b.degree.year ?? 0);
}

/** "M.S. in Computer Science, Stanford University (2016)". */
export function describeDegree(degree: Degree): string {
  const year = degree.year === undefined ? "" : degree.completed ? ` (${degree.year})` : ` (expected ${degree.year})`;
  return (
    (degree.name ?? LEVEL_NAMES[degree.level]) +
    (degree.field ? ` in ${degree.field}` : "") +
    (degree.institution ? `, ${degree.institution}` : "") +
    (year || (degree.completed ? "" : " (in progress)"))
  );
}

function message(best: Assessment, spec: DegreeCheckSpec, highest: Degree["level"]): string {
  const notes: string[] = [];
  if (best.gap > 0) notes.push(`${best.degree.level === highest ? "highest" : "best match"}: ${best.degree.level}; needs ${spec.min}`);
  else notes.push(describeDegree(best.degree));
  if (!best.degree.completed && !spec.in_progress) notes.push("not yet completed");
  if (best.field.kind === "unknown") notes.push("field could not be confirmed");
  if (best.field.kind === "related") notes.push(`${best.degree.field} counted as related to ${best.field.accepted}`);
  if (best.field.kind === "other") notes.push(`${best.degree.field ?? "field"} is not an accepted field`);
  return notes.join("; ");
}

export const degreeCheck: CheckFn<DegreeCheckSpec> = (resume, spec) => {
  if (resume.degrees.length === 0) return { score: 0, evidence: [], message: `no degree found; needs ${spec.min}` };
  let best = assess(resume.degrees[0]!, spec);
  let highest = resume.degrees[0]!.level;
  for (const degree of resume.degrees.slice(1)) {
    const candidate = assess(degree, spec);
    if (better(candidate, best)) best = candidate;
    if (RANK[degree.level] > RANK[highest]) highest = degree.level;
  }
  return { score: best.score, evidence: [best.degree.evidence], message: message(best, spec, highest) };
};
