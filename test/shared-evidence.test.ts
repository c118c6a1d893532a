import { describe, expect, it } from "vitest";
import type { ScoredCandidate } from "../src/model.js";
import { shareEvidence } from "../src/shared-evidence.js";
import { sampleReport } from "./report/sample-report.js";

const scored = sampleReport.candidates.filter((c): c is ScoredCandidate => c.status === "scored");

describe("shareEvidence", () => {
  it.each(scored.map((candidate) => [candidate.file, candidate] as const))("leaves %s printing exactly as before", (_, candidate) => {
    expect(JSON.stringify(shareEvidence(candidate), null, 2)).toBe(JSON.stringify(candidate, null, 2));
  });

  it("makes equal citations one object, and keeps different ones apart", () => {
    const line = { page: 1, line: 4, text: "Senior ML Engineer — PyTorch, AWS" };
    const other = { page: 1, line: 9, text: "Python, SQL" };
    const candidate: ScoredCandidate = {
      ...scored[0]!,
      profile: { ...scored[0]!.profile, skills: [{ id: "pytorch", mentions: 1, evidence: [{ ...line }] }, { id: "python", mentions: 1, evidence: [{ ...other }] }] },
      checks: [{ ...scored[0]!.checks[0]!, evidence: [{ ...line }, { ...other }] }],
    };
    const shared = shareEvidence(candidate);
    expect(shared.checks[0]!.evidence[0]).toBe(shared.profile.skills[0]!.evidence[0]);
    expect(shared.checks[0]!.evidence[1]).toBe(shared.profile.skills[1]!.evidence[0]);
    expect(shared.checks[0]!.evidence[0]).not.toBe(shared.checks[0]!.evidence[1]);
  });
});
