import { describe, expect, it } from "vitest";
import { findDateRanges, leadingRangeEnd } from "../../src/read/dates.js";

// [text, start, end] for the first range found in the text.
const RANGES: [string, string, string][] = [
  ["Jan 2019 – Present", "2019-01", "present"],
  ["January 2019 - Current", "2019-01", "present"],
  ["Sept. 2018 — to date", "2018-09", "present"],
  ["Oct. 2021 – Current", "2021-10", "present"],
  ["Jul. 2019 – Present", "2019-07", "present"],
  ["03/2017 - 06/2020", "2017-03", "2020-06"],
  ["3/2017 – 6/2020", "2017-03", "2020-06"],
  ["2017-03 to 2020-06", "2017-03", "2020-06"],
  ["2017.03 – 2020.06", "2017-03", "2020-06"],
  ["Aug 2012 – Dec 2013", "2012-08", "2013-12"],
  ["August 2013 – Present", "2013-08", "present"],
  ["Jan '22 – Mar '23", "2022-01", "2023-03"],
  ["Jan. 5, 2019 - Feb 3, 2020", "2019-01", "2020-02"],
  ["2015–2019", "2015-07", "2019-06"],
  ["2015 - 19", "2015-07", "2019-06"],
  ["2019 – now", "2019-07", "present"],
  ["(2021–Present)", "2021-07", "present"],
  ["'16 - '24", "2016-07", "2024-06"],
  ["from 2019 to 2021", "2019-07", "2021-06"],
  ["Since 2019", "2019-07", "present"],
  ["since Jan 2019", "2019-01", "present"],
  ["Fall 2020 – Spring 2021", "2020-09", "2021-05"],
  ["Summer 2021", "2021-06", "2021-08"],
  ["May 2020", "2020-05", "2020-05"],
  ["2019", "2019-04", "2019-09"],
  ["Jan – Mar 2023", "2023-01", "2023-03"],
  ["Nov – Feb 2023", "2022-11", "2023-02"],
  ["janv. 2019 – mars 2020", "2019-01", "2020-03"],
  ["März 2018 - heute", "2018-03", "present"],
  ["enero 2017 - junio 2019", "2017-01", "2019-06"],
  ["septembre 2015 – août 2016", "2015-09", "2016-08"],
  ["Sep. 2023 Mar. 2024", "2023-09", "2024-03"],
  ["Software Engineer Oct 2016 – Present", "2016-10", "present"],
  ["04/2021 - Present Austin, TX", "2021-04", "present"],
  ["Globex Corp · Austin, TX · Jan 2016 - Dec 2018", "2016-01", "2018-12"],
  ["2018 – Mar 2021", "2018-07", "2021-03"],
  ["Jan/2019 – Mar/2021", "2019-01", "2021-03"],
  ["Feb-2016 to Jun-2018", "2016-02", "2018-06"],
  ["06/16 – 08/18", "2016-06", "2018-08"],
  ["09/19 - Present", "2019-09", "present"],
  ["2016 – Pres.", "2016-07", "present"],
  ["Q1 2019 – Q3 2020", "2019-01", "2020-09"],
  ["Spring Semester 2019 – Fall Term 2020", "2019-03", "2020-12"],
  ["Été 2019 – Hiver 2020", "2019-06", "2020-03"],
  ["Sommer 2019", "2019-06", "2019-08"],
  ["verano 2018 - otoño 2019", "2018-06", "2019-12"],
  ["maj 2015 – augusti 2018", "2015-05", "2018-08"],
  ["Mai 2016 – Août 2018", "2016-05", "2018-08"],
  ["Oct 2015 – Till Date", "2015-10", "present"],
  ["01.2019 – 12.2020", "2019-01", "2020-12"],
];

describe("findDateRanges", () => {
  it.each(RANGES)("reads %j", (text, start, end) => {
    const [range] = findDateRanges(text);
    expect(range, text).toBeDefined();
    expect([range!.start, range!.end]).toEqual([start, end]);
  });

  it("marks year-only bounds as approximate and month ones as exact", () => {
    expect(findDateRanges("2016 – 2018")[0]!.approximate).toBe(true);
    expect(findDateRanges("Mar 2016 – Jun 2018")[0]!.approximate).toBe(false);
  });

  it("tells single dates from ranges", () => {
    expect(findDateRanges("May 2020")[0]!.single).toBe(true);
    expect(findDateRanges("May 2020 – Jun 2020")[0]!.single).toBe(false);
    // A range within one year is that year, not zero months.
    expect(findDateRanges("2016 – 2016")[0]).toMatchObject({ single: true, start: "2016-04", end: "2016-09" });
  });

  it("flags a range that ends before it starts", () => {
    expect(findDateRanges("Jan 2018 – Jan 2017")[0]).toMatchObject({ reversed: true });
    expect(findDateRanges("2018 - 2017")[0]).toMatchObject({ reversed: true });
  });

  it("keeps an open range for the next line to finish", () => {
    const [range] = findDateRanges("2021 – Machine Learning Engineer, Acme");
    expect(range).toMatchObject({ open: true, start: "2021-07", end: "present", alone: { start: "2021-04", end: "2021-09" } });
  });

  it("notes dates written to the day", () => {
    expect(findDateRanges("June 3, 2026")[0]!.exactDay).toBe(true);
    expect(findDateRanges("June 2026")[0]!.exactDay).toBeUndefined();
  });

  it.each([
    ["2048 requests per second"],
    ["revenue up 2015%"],
    ["a budget of $2019"],
    ["ISBN 978-3-16-148410-0"],
    ["'19 alone is not a date"],
    ["call 555-2019"],
    ["scored 06/10 on the final"],
    ["pages 10/12"],
  ])("finds no date in %j", (text) => {
    expect(findDateRanges(text)).toEqual([]);
  });

  it("finds every date in a line, left to right", () => {
    const found = findDateRanges("Dean's List 2015–2017, Prize 2019");
    expect(found.map((r) => [r.start, r.end])).toEqual([
      ["2015-07", "2017-06"],
      ["2019-04", "2019-09"],
    ]);
  });

  it("gives where the dates are in the text", () => {
    const text = "Acme | Jan 2019 – Mar 2020 | Remote";
    const [range] = findDateRanges(text);
    expect(text.slice(range!.index, range!.index + range!.length)).toBe("Jan 2019 – Mar 2020");
  });
});

describe("leadingRangeEnd", () => {
  it.each([
    ["Present Leading a team", "present"],
    ["– Mar 2021 Built things", "2021-03"],
    ["Current", "present"],
    ["2021 Data Scientist", "2021-06"],
  ])("reads the end at the start of %j", (text, end) => {
    expect(leadingRangeEnd(text)?.end).toBe(end);
  });

  it("finds nothing in ordinary text", () => {
    expect(leadingRangeEnd("Led a team of five")).toBeNull();
  });
});
