// What every audit output says in words: how to read the numbers, and what about this batch limits them.
import type { GroupRates } from "./rates.js";
import type { AuditResult } from "./types.js";

/** Said in every format, whatever the numbers. */
export const STANDING_NOTES = [
  "Impact ratios below 0.8 (the four-fifths rule) are a first sign to investigate, not a finding of bias; ratios at or above 0.8 do not prove its absence.",
  "Small groups make p-values unreliable: with few candidates a real gap may not reach significance and a chance gap can look large. Groups under 2% of the candidates with a known value are marked excludable, as NYC Local Law 144 allows for impact ratios; they are still shown.",
  "shortlist does not infer demographics: every group comes from the employer's groups file, and candidates it does not list count as unknown.",
];

export interface DimensionFacts {
  /** An attribute, or attributes joined for an intersection. */
  dimension: string;
  /** The group with the highest selection rate: the one impact ratios are measured against. */
  reference: GroupRates;
  groupCount: number;
}

interface NoteInput {
  summary: AuditResult["summary"];
  shard: string | undefined;
  compared: DimensionFacts[];
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function auditNotes({ summary, shard, compared }: NoteInput): string[] {
  const notes = [...STANDING_NOTES];
  if (shard !== undefined) notes.push(`This report is shard ${shard}: it covers only part of the batch.`);
  if (summary.errors > 0) {
    notes.push(`${plural(summary.errors, "file", "files")} could not be read and ${summary.errors === 1 ? "is" : "are"} not counted.`);
  }
  if (summary.scored === 0) notes.push("No candidate was scored: there is nothing to compare.");
  else if (summary.selected === 0) notes.push("No candidate was selected: impact ratios are undefined.");
  if (summary.notInGroupsFile > 0) {
    const [is, counts] = summary.notInGroupsFile === 1 ? ["is", "counts"] : ["are", "count"];
    notes.push(`${plural(summary.notInGroupsFile, "scored candidate", "scored candidates")} ${is} not in the groups file and ${counts} as unknown.`);
  }
  if (summary.groupsNotInReport > 0) {
    const verb = summary.groupsNotInReport === 1 ? "matches" : "match";
    notes.push(`${plural(summary.groupsNotInReport, "row", "rows")} of the groups file ${verb} no candidate in this report.`);
  }
  for (const { dimension, reference, groupCount } of compared) {
    if (groupCount === 1) {
      notes.push(`${dimension}: only one group ("${reference.group}") has a known value, so there is nothing to compare.`);
    } else if (summary.selected > 0 && reference.hits === 0) {
      notes.push(`${dimension}: no candidate with a known value was selected, so impact ratios are undefined.`);
    } else if (reference.excludable && reference.hits > 0) {
      notes.push(
        `${dimension}: the highest selection rate, which every impact ratio is measured against, belongs to "${reference.group}", a group under 2% of the candidates; ratios against so small a group may overstate disparities.`,
      );
    }
  }
  return notes;
}
