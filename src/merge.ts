// Shards → one report: the candidates of every shard, re-ranked exactly as a single run would rank them.
// Pure: the command reads the shard files and hands their parsed contents here.
import type { Candidate, ScreenReport } from "./model.js";
import { SCHEMA_VERSION } from "./model.js";
import { rankCandidates } from "./rubric/scoring.js";
import type { ReportHeader } from "./screen.js";

/** One shard as read: a whole JSON report, or the lines of an NDJSON report. */
export type Shard = { source: string; report: ScreenReport } | { source: string; lines: NdjsonLine[] };

export type NdjsonLine = Candidate & { schemaVersion: number; asOf: string; rubric: { id: string; sha256: string }; shard?: string };

export type MergeResult = { ok: true; report: ScreenReport } | { ok: false; problems: string[] };

/** `header` supplies what NDJSON lines do not carry (the rubric's name, path and checks, the tool). */
export function mergeShards(shards: Shard[], header: ReportHeader): MergeResult {
  const problems: string[] = [];
  const byFile = new Map<string, { candidate: Candidate; source: string }>();
  for (const shard of shards) {
    const entries = "report" in shard ? shard.report.candidates.map((c) => ({ c, ctx: shard.report })) : shard.lines.map((l) => ({ c: candidateOf(l), ctx: l }));
    if ("report" in shard && shard.report.schemaVersion !== SCHEMA_VERSION) problems.push(`${shard.source}: schemaVersion ${shard.report.schemaVersion}, expected ${SCHEMA_VERSION}`);
    for (const { c, ctx } of entries) {
      if (ctx.asOf !== header.asOf) problems.push(`${shard.source}: as of ${ctx.asOf}, but other shards are as of ${header.asOf}`);
      if (ctx.rubric.sha256 !== header.rubric.sha256) problems.push(`${shard.source}: screened with rubric ${ctx.rubric.id} (${ctx.rubric.sha256.slice(0, 12)}), not ${header.rubric.id} (${header.rubric.sha256.slice(0, 12)})`);
      const seen = byFile.get(c.file);
      if (seen) problems.push(`${c.file} is in both ${seen.source} and ${shard.source}`);
      else byFile.set(c.file, { candidate: c, source: shard.source });
    }
  }
  if (problems.length) return { ok: false, problems: [...new Set(problems)] };
  const candidates = rankCandidates([...byFile.values()].map((e) => e.candidate));
  const scored = candidates.filter((c) => c.status === "scored");
  return {
    ok: true,
    report: {
      ...header,
      summary: {
        files: candidates.length,
        scored: scored.length,
        errors: candidates.length - scored.length,
        meetsRequired: scored.filter((c) => c.status === "scored" && c.meetsRequired).length,
      },
      candidates,
    },
  };
}

function candidateOf(line: NdjsonLine): Candidate {
  const { schemaVersion: _v, asOf: _a, rubric: _r, shard: _s, ...candidate } = line;
  return candidate as Candidate;
}
