import { describe, expect, it } from "vitest";
import { outlinePosting, sentences } from "../../src/rubric/draft-outline.js";
import { roleOfTitle } from "../../src/rubric/draft-requirements.js";

describe("outlinePosting", () => {
  it("tags each unit with its section, joins wrapped bullets and skips the title", () => {
    const outline = outlinePosting(
      [
        "Platform Engineer | Hollin Labs",
        "",
        "We build tools for field biologists.",
        "",
        "RESPONSIBILITIES",
        "- Run the build farm.",
        "",
        "**Must have**",
        "1. Four years of Linux administration,",
        "   including on-call rotations.",
        "2) Terraform.",
        "",
        "Nice to have:",
        "• Rust.",
        "",
        "## About us",
        "Hollin Labs is an equal opportunity employer.",
      ].join("\n"),
    );
    expect(outline.title).toBe("Platform Engineer | Hollin Labs");
    expect(outline.units).toEqual([
      { text: "We build tools for field biologists.", role: "intro" },
      { text: "Run the build farm.", role: "duties" },
      { text: "Four years of Linux administration, including on-call rotations.", role: "required" },
      { text: "Terraform.", role: "required" },
      { text: "Rust.", role: "bonus" },
      { text: "Hollin Labs is an equal opportunity employer.", role: "about" },
    ]);
  });

  it.each([
    ["Preferred qualifications", "bonus"],
    ["Minimum qualifications", "required"],
    ["What you bring", "requirements"],
    ["About you", "requirements"],
    ["What you'll do", "duties"],
    ["Benefits", "about"],
  ])("reads the heading %s as %s", (heading, role) => {
    expect(outlinePosting(`Title\n\n## ${heading}\n- Something.\n`).units[0]?.role).toBe(role);
  });
});

describe("sentences", () => {
  it("splits at full stops but not after abbreviations", () => {
    expect(sentences("An M.S. or Ph.D. in physics. Tools, e.g. Python. Three years. Go!")).toEqual([
      "An M.S. or Ph.D. in physics.",
      "Tools, e.g. Python.",
      "Three years.",
      "Go!",
    ]);
  });
});

describe("roleOfTitle", () => {
  it.each([
    ["Senior Machine Learning Engineer — Brightwater Robotics", "machine learning engineer"],
    ["Backend Engineer (Payments) at Tollgate", "backend engineer"],
    ["Registered Nurse, Intensive Care Unit", "registered nurse"],
    ["Data Analyst - Meadowlark Grocers", "data analyst"],
    [undefined, ""],
  ])("%s → %s", (title, role) => {
    expect(roleOfTitle(title)).toBe(role);
  });
});
