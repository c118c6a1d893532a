// The audit result: what every audit renderer reads, and (as it stands) the JSON the audit prints.

/** One group's selection figures within an attribute or an intersection of attributes. */
export interface AuditRow {
  /** "sex", or for an intersection the attributes joined: "sex × race_ethnicity". */
  attribute: string;
  /** "Female", or for an intersection the values joined in the same order: "Female × Hispanic or Latino". */
  group: string;
  count: number;
  selected: number;
  selectionRate: number;
  /** Share of the group scoring above the median score of the batch. */
  aboveMedianRate: number;
  /** selectionRate / the highest group's selectionRate; null when no group had anyone selected. */
  impactRatio: number | null;
  /** impactRatio < 0.8: the four-fifths rule's first sign of adverse impact. */
  fourFifths: boolean;
  /** Fisher's exact test, this group against the others of the attribute; null when there are no others. */
  pValue: number | null;
  /** Under 2% of the candidates with a known value: may be left out of impact-ratio calculations. */
  excludable: boolean;
}

/** One group's pass rate on one rubric check: which requirement drives a disparity. */
export interface CheckAuditRow {
  check: string;
  label: string;
  required: boolean;
  attribute: string;
  group: string;
  count: number;
  passed: number;
  passRate: number;
  impactRatio: number | null;
  fourFifths: boolean;
  pValue: number | null;
  excludable: boolean;
}

export interface AuditResult {
  report: {
    rubric: { id: string; name: string; sha256: string };
    tool: string;
    asOf: string;
    files: number;
    shard?: string;
  };
  /** What counts as selected: "meetsRequired", or "score >= N" with a cutoff. */
  selection: string;
  summary: {
    scored: number;
    /** Files that could not be read: not counted anywhere else. */
    errors: number;
    selected: number;
    medianScore: number | null;
    /** Scored candidates the groups file does not list: unknown for every attribute. */
    notInGroupsFile: number;
    /** Rows of the groups file that match no candidate of the report. */
    groupsNotInReport: number;
  };
  rows: AuditRow[];
  intersections: AuditRow[];
  checks: CheckAuditRow[];
  /** Scored candidates whose value is unknown, by attribute and by intersection. */
  unknown: Record<string, number>;
  notes: string[];
}
