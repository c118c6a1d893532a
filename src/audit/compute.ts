// The bias audit of one screening: selection rates and impact ratios by group, for each attribute of the
// employer's groups file, their intersections, and each rubric check. Pure: the report and groups go in, numbers
// come out; nothing here knows or guesses anyone's demographics.
import type { ScoredCandidate, ScreenReport } from "../model.js";
import type { GroupsFile } from "./groups.js";
import { auditNotes, type DimensionFacts } from "./notes.js";
import { compareCodepoints } from "./order.js";
import { compareGroups, type Tally } from "./rates.js";
import { auditRow, checkRow, round4 } from "./rows.js";
import { median } from "./stats.js";
import type { AuditResult, AuditRow } from "./types.js";

export interface AuditOptions {
  /** Selected = score ≥ cutoff, instead of meeting every required check. */
  cutoff?: number;
}

export type AuditGroups = Pick<GroupsFile, "key" | "attributes" | "rows">;

interface Subject {
  selected: boolean;
  aboveMedian: boolean;
  values: Record<string, string>;
  passed: Map<string, boolean>;
}

interface Dimension {
  name: string;
  attributes: string[];
}

const JOIN = " × ";

export function computeAudit(report: ScreenReport, groups: AuditGroups, options: AuditOptions = {}): AuditResult {
  const scored = report.candidates.filter((c): c is ScoredCandidate => c.status === "scored");
  const middle = median(scored.map((c) => c.score));
  const subjects = scored.map((candidate): Subject => ({
    selected: options.cutoff === undefined ? candidate.meetsRequired : candidate.score >= options.cutoff,
    aboveMedian: middle !== undefined && candidate.score > middle,
    values: groups.rows.get(keyOf(candidate, groups) ?? "") ?? {},
    passed: new Map(candidate.checks.map((check) => [check.id, check.passed])),
  }));
  const single = groups.attributes.map((attribute): Dimension => ({ name: attribute, attributes: [attribute] }));
  const combined = intersectionsOf(groups.attributes).map((attributes) => ({ name: attributes.join(JOIN), attributes }));

  const compared: DimensionFacts[] = [];
  const selectionRows = (dimension: Dimension): AuditRow[] => {
    const { groups: rates, reference } = compareGroups(tally(subjects, dimension, (s) => s.selected));
    if (reference !== undefined) compared.push({ dimension: dimension.name, reference, groupCount: rates.length });
    return rates.map((rate) => auditRow(dimension.name, rate));
  };
  const rows = single.flatMap(selectionRows);
  const intersections = combined.flatMap(selectionRows);
  const checks = report.checks.flatMap((check) =>
    single.flatMap((dimension) => {
      const outcome = (s: Subject) => s.passed.get(check.id);
      return compareGroups(tally(subjects, dimension, outcome)).groups.map((rate) => checkRow(check, dimension.name, rate));
    }),
  );
  const unknown = Object.fromEntries(
    [...single, ...combined].map((d) => [d.name, subjects.filter((s) => groupOf(s, d) === undefined).length]),
  );
  const summary = {
    scored: scored.length,
    errors: report.candidates.length - scored.length,
    selected: subjects.filter((s) => s.selected).length,
    medianScore: middle === undefined ? null : round4(middle),
    notInGroupsFile: scored.filter((c) => !groups.rows.has(keyOf(c, groups) ?? "")).length,
    groupsNotInReport: unmatchedKeys(report, groups).length,
  };
  return {
    report: {
      rubric: { id: report.rubric.id, name: report.rubric.name, sha256: report.rubric.sha256 },
      tool: report.tool.version,
      asOf: report.asOf,
      files: report.summary.files,
      ...(report.shard === undefined ? {} : { shard: report.shard }),
    },
    selection: options.cutoff === undefined ? "meetsRequired" : `score >= ${options.cutoff}`,
    summary,
    rows,
    intersections,
    checks,
    unknown,
    notes: auditNotes({ summary, shard: report.shard, compared }),
  };
}

/** Keys of the groups file that name no candidate of the report (scored or not), in file order. */
export function unmatchedKeys(report: ScreenReport, groups: AuditGroups): string[] {
  const present = new Set(report.candidates.map((c) => keyOf(c, groups)));
  return [...groups.rows.keys()].filter((key) => !present.has(key));
}

/** Every attribute combined, then, with three or more, each pair: the combinations LL144 audits ask for. */
export function intersectionsOf(attributes: readonly string[]): string[][] {
  if (attributes.length < 2) return [];
  const pairs = attributes.flatMap((first, i) => attributes.slice(i + 1).map((second) => [first, second]));
  return attributes.length === 2 ? pairs : [[...attributes], ...pairs];
}

function keyOf(candidate: { file: string; candidateId?: string }, groups: AuditGroups): string | undefined {
  return groups.key === "file" ? candidate.file : candidate.candidateId;
}

/** The subject's group in a dimension, or undefined when any of its attributes is unknown. */
function groupOf(subject: Subject, dimension: Dimension): string[] | undefined {
  const values = dimension.attributes.map((attribute) => subject.values[attribute]);
  return values.every((value): value is string => value !== undefined) ? values : undefined;
}

function tally(subjects: Subject[], dimension: Dimension, outcome: (s: Subject) => boolean | undefined): Tally[] {
  const byGroup = new Map<string, { values: string[]; tally: Tally }>();
  for (const subject of subjects) {
    const values = groupOf(subject, dimension);
    const hit = outcome(subject);
    if (values === undefined || hit === undefined) continue;
    const group = values.join(JOIN);
    const entry = byGroup.get(group) ?? { values, tally: { group, count: 0, hits: 0, above: 0 } };
    entry.tally.count++;
    if (hit) entry.tally.hits++;
    if (subject.aboveMedian) entry.tally.above++;
    byGroup.set(group, entry);
  }
  return [...byGroup.values()].sort((a, b) => compareValueLists(a.values, b.values)).map((entry) => entry.tally);
}

/** Intersections sort by their first attribute, then the next: not by the joined text. */
function compareValueLists(a: string[], b: string[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const difference = compareCodepoints(a[index] ?? "", b[index] ?? "");
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
