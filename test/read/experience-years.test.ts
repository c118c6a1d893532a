import { describe, expect, it } from "vitest";
import { WORKED_KINDS, professionalYears, relevantYears, totalYears } from "../../src/read/experience.js";
import type { Period, PeriodKind } from "../../src/read/resume.js";

const period = (start: string, end: string, kind: PeriodKind = "job", title = "Engineer", details: string[] = []): Period => ({
  start,
  end,
  kind,
  title,
  evidence: { page: 1, line: 1, text: `${title} ${start} – ${end}` },
  details: details.map((text, i) => ({ page: 1, line: i + 2, text })),
});

describe("totalYears", () => {
  it.each<[string, Period[], string, number]>([
    ["both end months count", [period("2019-01", "2019-12")], "2026-01-01", 1],
    ["present is the as-of month", [period("2024-01", "present")], "2026-06-15", 2.5],
    ["overlaps count once", [period("2018-01", "2020-12"), period("2020-01", "2021-12")], "2026-01-01", 4],
    ["a role inside another adds nothing", [period("2010-01", "2019-12"), period("2012-01", "2012-12")], "2026-01-01", 10],
    ["gaps are not counted", [period("2010-01", "2010-12"), period("2015-01", "2016-06")], "2026-01-01", 2.5],
    ["internships count", [period("2020-01", "2021-12"), period("2019-06", "2019-09", "internship")], "2026-01-01", 2.3],
    ["student jobs count, volunteering does not", [period("2015-01", "2019-01", "student"), period("2010-01", "2020-01", "volunteer")], "2026-01-01", 4.1],
    ["research counts", [period("2016-01", "2017-12", "research"), period("2018-01", "2018-12")], "2026-01-01", 3],
    ["ends after as-of are cut there", [period("2025-01", "2030-01")], "2025-12-31", 1],
    ["roles starting after as-of count nothing", [period("2027-01", "present")], "2026-01-01", 0],
    ["a single month counts one month", [period("2020-05", "2020-05")], "2026-01-01", 0.1],
    ["year-only dates sit mid-year", [period("2016-07", "2018-06"), period("2021-07", "present")], "2023-06-17", 4],
    ["nothing", [], "2026-01-01", 0],
  ])("%s", (_, periods, asOf, years) => {
    expect(totalYears(periods, asOf)).toBe(years);
  });

  it("rounds to one decimal", () => {
    expect(totalYears([period("2019-01", "2020-04")], "2026-01-01")).toBe(1.3);
  });

  it("is zero for an unreadable as-of date or odd periods", () => {
    expect(totalYears([period("2019-01", "2020-01")], "yesterday")).toBe(0);
    expect(totalYears([period("soon", "later"), period("2020-01", "2019-01")], "2026-01-01")).toBe(0);
  });
});

describe("professionalYears", () => {
  it.each<[string, Period[], number]>([
    ["jobs and research count", [period("2016-01", "2017-12", "research"), period("2018-01", "2018-12")], 3],
    ["internships do not", [period("2020-01", "2021-12"), period("2019-06", "2019-09", "internship")], 2],
    ["student jobs and volunteering do not", [period("2015-01", "2019-01", "student"), period("2010-01", "2020-01", "volunteer")], 0],
  ])("%s", (_, periods, years) => {
    expect(professionalYears(periods, "2026-01-01")).toBe(years);
  });
});

describe("relevantYears", () => {
  const periods = [
    period("2020-01", "2025-12", "job", "Machine Learning Engineer"),
    period("2016-01", "2019-12", "job", "Frontend Developer", ["Built HTML emails"]),
    period("2014-01", "2015-12", "job", "Analyst", ["Trained churn models with deep learning"]),
    period("2013-01", "2013-06", "internship", "ML Intern"),
  ];

  it("sums the roles whose title or details name a term, whole words only", () => {
    const result = relevantYears(periods, ["ml", "machine learning", "deep learning"], "2026-01-01");
    expect(result.years).toBe(8);
    expect(result.periods.map((p) => p.title)).toEqual(["Machine Learning Engineer", "Analyst"]);
  });

  it("counts a relevant internship only when asked to", () => {
    expect(relevantYears(periods, ["ml"], "2026-01-01").periods).toEqual([]);
    expect(relevantYears(periods, ["ml"], "2026-01-01", WORKED_KINDS)).toMatchObject({ years: 0.5, periods: [{ title: "ML Intern" }] });
  });

  it("does not read 'ml' in 'HTML'", () => {
    expect(relevantYears(periods, ["ml"], "2026-01-01").periods.map((p) => p.title)).toEqual([]);
  });

  it("is zero with no terms", () => {
    expect(relevantYears(periods, [], "2026-01-01")).toEqual({ years: 0, periods: [] });
  });
});
