import { describe, expect, it } from "vitest";
import { computeAudit, intersectionsOf, unmatchedKeys } from "../../src/audit/compute.js";
import { roundP } from "../../src/audit/rows.js";
import { parseGroupsCsv } from "../../src/audit/groups.js";
import { buildReport, cohort, csv, type Spec } from "./helpers.js";

// Ten candidates: group A, 4 of 5 selected; group B, 2 of 5. Scores put the batch median at (55 + 60) / 2 = 57.5.
const A_SCORES = [90, 80, 70, 60, 20];
const B_SCORES = [85, 55, 40, 30, 10];
const A_DEGREE = [true, true, true, true, true];
const B_DEGREE = [true, true, true, false, false];
const ML_YEARS = [true, false, true, false, false];
const TEN: Spec[] = [
  ...A_SCORES.map((score, i) => ({ file: `a${i + 1}.pdf`, score, meets: i < 4, passed: { degree: A_DEGREE[i] === true, "ml-years": ML_YEARS[i] === true } })),
  ...B_SCORES.map((score, i) => ({ file: `b${i + 1}.pdf`, score, meets: i < 2, passed: { degree: B_DEGREE[i] === true, "ml-years": ML_YEARS[i] === true } })),
];
// race: A = X X X Y Y; B = X Y Y Y and one who preferred not to say.
const TEN_GROUPS = csv(["file", "group", "race"], [
  ["a1.pdf", "A", "X"], ["a2.pdf", "A", "X"], ["a3.pdf", "A", "X"], ["a4.pdf", "A", "Y"], ["a5.pdf", "A", "Y"],
  ["b1.pdf", "B", "X"], ["b2.pdf", "B", "Y"], ["b3.pdf", "B", "Y"], ["b4.pdf", "B", "Y"], ["b5.pdf", "B", "prefer not to say"],
]);

const audit = (specs: Spec[], groupsCsv: string, options = {}, failures: string[] = []) =>
  computeAudit(buildReport(specs, failures), parseGroupsCsv(groupsCsv), options);

describe("computeAudit: selection by attribute", () => {
  const result = audit(TEN, TEN_GROUPS);

  it("gives selection rates, impact ratios, the four-fifths flag and Fisher's p-value", () => {
    expect(result.rows.filter((row) => row.attribute === "group")).toEqual([
      { attribute: "group", group: "A", count: 5, selected: 4, selectionRate: 0.8, aboveMedianRate: 0.8, impactRatio: 1, fourFifths: false, pValue: 0.5238, excludable: false },
      { attribute: "group", group: "B", count: 5, selected: 2, selectionRate: 0.4, aboveMedianRate: 0.2, impactRatio: 0.5, fourFifths: true, pValue: 0.5238, excludable: false },
    ]);
  });

  it("leaves unknown values out of the groups and counts them", () => {
    expect(result.rows.filter((row) => row.attribute === "race")).toEqual([
      { attribute: "race", group: "X", count: 4, selected: 4, selectionRate: 1, aboveMedianRate: 1, impactRatio: 1, fourFifths: false, pValue: 0.1667, excludable: false },
      { attribute: "race", group: "Y", count: 5, selected: 2, selectionRate: 0.4, aboveMedianRate: 0.2, impactRatio: 0.4, fourFifths: true, pValue: 0.1667, excludable: false },
    ]);
    expect(result.unknown).toEqual({ group: 0, race: 1, "group × race": 1 });
  });

  it("summarises the batch", () => {
    expect(result.selection).toBe("meetsRequired");
    expect(result.summary).toEqual({ scored: 10, errors: 0, selected: 6, medianScore: 57.5, notInGroupsFile: 0, groupsNotInReport: 0 });
    expect(result.report).toEqual({
      rubric: { id: "ml-engineer", name: "Machine Learning Engineer", sha256: "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a1c3e5b7d9f0a2c4e6b8d0f" },
      tool: "0.1.0",
      asOf: "2026-11-29",
      files: 10,
    });
  });

  it("crosses the attributes, measuring each intersection against the best one", () => {
    expect(result.intersections.map((r) => [r.attribute, r.group, r.count, r.selected, r.selectionRate, r.aboveMedianRate, r.impactRatio, r.fourFifths, r.pValue])).toEqual([
      ["group × race", "A × X", 3, 3, 1, 1, 1, false, 0.4643],
      ["group × race", "A × Y", 2, 1, 0.5, 0.5, 0.5, true, 1],
      ["group × race", "B × X", 1, 1, 1, 1, 1, false, 1],
      ["group × race", "B × Y", 3, 1, 0.3333, 0, 0.3333, true, 0.2262],
    ]);
  });

  it("breaks selection down by rubric check", () => {
    const degree = result.checks.filter((row) => row.check === "degree" && row.attribute === "group");
    expect(degree).toEqual([
      { check: "degree", label: "Master's or PhD in CS, EE, Statistics or a related field", required: true, attribute: "group", group: "A", count: 5, passed: 5, passRate: 1, impactRatio: 1, fourFifths: false, pValue: 0.4444, excludable: false },
      { check: "degree", label: "Master's or PhD in CS, EE, Statistics or a related field", required: true, attribute: "group", group: "B", count: 5, passed: 3, passRate: 0.6, impactRatio: 0.6, fourFifths: true, pValue: 0.4444, excludable: false },
    ]);
    const years = result.checks.filter((row) => row.check === "ml-years" && row.attribute === "group");
    expect(years.map((row) => [row.group, row.passed, row.passRate, row.impactRatio, row.fourFifths, row.pValue])).toEqual([
      ["A", 2, 0.4, 1, false, 1],
      ["B", 2, 0.4, 1, false, 1],
    ]);
    expect(result.checks.map((row) => `${row.check}/${row.attribute}`)).toEqual([
      "degree/group", "degree/group", "degree/race", "degree/race",
      "ml-years/group", "ml-years/group", "ml-years/race", "ml-years/race",
    ]);
  });

  it("always carries the standing notes", () => {
    expect(result.notes.join("\n")).toMatch(/first sign to investigate, not a finding/);
    expect(result.notes.join("\n")).toMatch(/Small groups make p-values unreliable/);
    expect(result.notes.join("\n")).toMatch(/does not infer demographics/);
  });
});

describe("computeAudit: edge cases", () => {
  it("selects by score with a cutoff, a score equal to it included", () => {
    const result = audit(TEN, TEN_GROUPS, { cutoff: 60 });
    expect(result.selection).toBe("score >= 60");
    expect(result.summary.selected).toBe(5);
    expect(result.rows.filter((r) => r.attribute === "group").map((r) => [r.group, r.selected, r.selectionRate, r.impactRatio, r.fourFifths])).toEqual([
      ["A", 4, 0.8, 1, false],
      ["B", 1, 0.2, 0.25, true],
    ]);
  });

  it("counts files that could not be read apart from everything else", () => {
    const result = audit(TEN, TEN_GROUPS, {}, ["broken.pdf"]);
    expect(result.summary.errors).toBe(1);
    expect(result.summary.scored).toBe(10);
    expect(result.rows.reduce((sum, row) => sum + (row.attribute === "group" ? row.count : 0), 0)).toBe(10);
    expect(result.notes).toContain("1 file could not be read and is not counted.");
  });

  it("counts candidates missing from the groups file as unknown, and names rows matching no one", () => {
    const groups = csv(["file", "sex"], [["a1.pdf", "F"], ["a2.pdf", "M"], ["ghost.pdf", "F"], ["broken.pdf", "M"]]);
    const report = buildReport(TEN.slice(0, 3), ["broken.pdf"]);
    const result = computeAudit(report, parseGroupsCsv(groups), {});
    expect(result.unknown).toEqual({ sex: 1 });
    expect(result.summary.notInGroupsFile).toBe(1);
    expect(result.summary.groupsNotInReport).toBe(1);
    expect(unmatchedKeys(report, parseGroupsCsv(groups))).toEqual(["ghost.pdf"]);
    expect(result.notes).toContain("1 scored candidate is not in the groups file and counts as unknown.");
  });

  it("marks a group under 2% of known values excludable without dropping it", () => {
    // 1 of 51 (1.96%) is under 2%; 2 of 100 is exactly 2% and stays in.
    const specs = [...cohort("m", 50, 25), ...cohort("o", 1, 1), ...cohort("w", 49, 20)];
    const rows = specs.map((s) => [s.file, s.file[0] === "m" ? "Man" : s.file[0] === "o" ? "Other" : "Woman"]);
    const small = audit(specs.slice(0, 51), csv(["file", "sex"], rows.slice(0, 51)));
    expect(small.rows.map((r) => [r.group, r.count, r.excludable, r.impactRatio])).toEqual([
      ["Man", 50, false, 0.5],
      ["Other", 1, true, 1],
    ]);
    expect(small.notes.some((note) => note.startsWith('sex: the highest selection rate, which every impact ratio is measured against, belongs to "Other"'))).toBe(true);
    const edge = audit([...specs.slice(0, 50), ...cohort("p", 2, 1), ...cohort("w", 48, 20)], csv(["file", "sex"], [
      ...rows.slice(0, 50), ["p-1.pdf", "Other"], ["p-2.pdf", "Other"], ...cohort("w", 48, 0).map((s) => [s.file, "Woman"]),
    ]));
    expect(edge.rows.map((r) => [r.group, r.count, r.excludable])).toEqual([["Man", 50, false], ["Other", 2, false], ["Woman", 48, false]]);
  });

  it("does not flag an impact ratio of exactly 0.8", () => {
    const specs = [...cohort("a", 10, 5), ...cohort("b", 10, 4)];
    const result = audit(specs, csv(["file", "g"], specs.map((s) => [s.file, s.file[0] ?? ""])));
    expect(result.rows.map((r) => [r.group, r.impactRatio, r.fourFifths])).toEqual([["a", 1, false], ["b", 0.8, false]]);
  });

  it("gives no impact ratio when nobody with a known value was selected", () => {
    const specs = cohort("a", 3, 0).concat(cohort("b", 3, 0));
    const result = audit(specs, csv(["file", "g"], specs.map((s) => [s.file, s.file[0] ?? ""])));
    expect(result.rows.map((r) => [r.impactRatio, r.fourFifths])).toEqual([[null, false], [null, false]]);
    expect(result.notes).toContain("No candidate was selected: impact ratios are undefined.");
  });

  it("gives no p-value when a single group has a known value", () => {
    const specs = cohort("a", 3, 2);
    const result = audit(specs, csv(["file", "g"], specs.map((s) => [s.file, "a"])));
    expect(result.rows).toEqual([
      { attribute: "g", group: "a", count: 3, selected: 2, selectionRate: 0.6667, aboveMedianRate: 0.3333, impactRatio: 1, fourFifths: false, pValue: null, excludable: false },
    ]);
    expect(result.notes).toContain('g: only one group ("a") has a known value, so there is nothing to compare.');
  });

  it("keeps a tiny p-value visible at four significant digits", () => {
    const specs = [...cohort("a", 100, 90), ...cohort("b", 100, 10)];
    const result = audit(specs, csv(["file", "g"], specs.map((s) => [s.file, s.file[0] ?? ""])));
    const p = result.rows[0]?.pValue ?? 0;
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-20);
    expect(String(p)).toMatch(/^\d\.\d{3}e-\d+$/);
    expect(roundP(2.3329872395617751e-7)).toBe(2.333e-7);
    expect(roundP(0.5238095238)).toBe(0.5238);
  });

  it("orders groups by code point and intersections attribute by attribute", () => {
    const names = ["b", "Z", "É", "a", "A B", "A"];
    const specs = names.map((_, i) => ({ file: `${i}.pdf`, score: 50, meets: true }));
    const result = audit(specs, csv(["file", "g", "h"], names.map((name, i) => [`${i}.pdf`, name, i % 2 === 0 ? "y" : "x"])));
    expect(result.rows.filter((r) => r.attribute === "g").map((r) => r.group)).toEqual(["A", "A B", "Z", "a", "b", "É"]);
    expect(result.intersections.map((r) => r.group)).toEqual(["A × x", "A B × y", "Z × x", "a × x", "b × y", "É × y"]);
  });

  it("with three attributes, crosses all of them and then each pair", () => {
    const specs = cohort("a", 4, 2);
    const result = audit(specs, csv(["file", "sex", "race", "age"], specs.map((s, i) => [s.file, i % 2 ? "F" : "M", "X", i < 2 ? "40+" : "<40"])));
    expect([...new Set(result.intersections.map((r) => r.attribute))]).toEqual(["sex × race × age", "sex × race", "sex × age", "race × age"]);
    expect(Object.keys(result.unknown)).toEqual(["sex", "race", "age", "sex × race × age", "sex × race", "sex × age", "race × age"]);
    expect(result.intersections.filter((r) => r.attribute === "sex × age").map((r) => [r.group, r.count, r.selected])).toEqual([
      ["F × 40+", 1, 1], ["F × <40", 1, 0], ["M × 40+", 1, 1], ["M × <40", 1, 0],
    ]);
  });

  it("matches a blind report by candidate id", () => {
    const specs = TEN.map((spec, i) => ({ ...spec, candidateId: `C-${String(i + 1).padStart(4, "0")}` }));
    const groups = csv(["candidateId", "group"], specs.map((s) => [s.candidateId, s.file[0] === "a" ? "A" : "B"]));
    const result = audit(specs, groups);
    expect(result.rows.map((r) => [r.group, r.selected, r.impactRatio])).toEqual([["A", 4, 1], ["B", 2, 0.5]]);
  });

  it("is the same for the same inputs", () => {
    expect(JSON.stringify(audit(TEN, TEN_GROUPS))).toBe(JSON.stringify(audit([...TEN].reverse(), TEN_GROUPS)));
  });
});

describe("intersectionsOf", () => {
  it.each([
    [[], []],
    [["sex"], []],
    [["sex", "race"], [["sex", "race"]]],
    [["sex", "race", "age"], [["sex", "race", "age"], ["sex", "race"], ["sex", "age"], ["race", "age"]]],
  ])("%j → %j", (attributes, expected) => {
    expect(intersectionsOf(attributes)).toEqual(expected);
  });
});
