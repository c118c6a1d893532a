// A ranking diff as a terminal table, as Markdown for a pull-request comment, or as JSON.
import type { RankingDiff } from "./compare.js";
import { sanitizeText } from "../report/sanitize.js";

export type DiffFormat = "table" | "md" | "json";

export function renderDiff(diff: RankingDiff, format: DiffFormat): string {
  if (format === "json") return JSON.stringify(diff, null, 2) + "\n";
  return format === "md" ? markdown(diff) : table(diff);
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const rankText = (r: number | null) => (r === null ? "–" : `#${r}`);
const req = (m: boolean | null) => (m === null ? "–" : m ? "meets" : "does not meet");

function headline(diff: RankingDiff): string {
  const s = diff.summary;
  return `${s.changed} of ${s.files} candidates changed (${s.rankChanged} moved rank, ${s.requiredChanged} changed required status); meeting required checks: ${s.baseMeetsRequired} → ${s.headMeetsRequired}`;
}

function checkLine(diff: RankingDiff): string[] {
  const parts = [
    diff.checks.added.length ? `added ${diff.checks.added.join(", ")}` : "",
    diff.checks.removed.length ? `removed ${diff.checks.removed.join(", ")}` : "",
    diff.checks.changed.length ? `changed ${diff.checks.changed.join(", ")}` : "",
  ].filter(Boolean);
  return parts.length ? [`checks: ${parts.join("; ")}`] : [];
}

function table(diff: RankingDiff): string {
  const out = [`${diff.base.path} → ${diff.head.path} (as of ${diff.asOf})`, headline(diff), ...checkLine(diff), ""];
  for (const c of diff.changes) {
    const who = sanitizeText(c.name ? `${c.name} (${c.file})` : c.file);
    out.push(`${rankText(c.base.rank)} → ${rankText(c.head.rank)}  ${String(c.base.score)} → ${String(c.head.score)} (${signed(c.scoreDelta)})  ${who}`);
    if (c.requiredChanged) out.push(`    required checks: ${req(c.base.meetsRequired)} → ${req(c.head.meetsRequired)}`);
    for (const d of c.drivers) out.push(`    ${d.check}: ${d.base ?? "–"} → ${d.head ?? "–"} points (${signed(d.delta)})`);
  }
  if (diff.changes.length === 0) out.push("No candidate's rank, score or required status changed.");
  return out.join("\n") + "\n";
}

function md(text: string): string {
  return sanitizeText(text).replace(/[\\`*_{}\[\]<>()#+!|]/g, (ch) => `\\${ch}`);
}

function markdown(diff: RankingDiff): string {
  const out = [`### Rubric change: ${md(diff.base.path)} → ${md(diff.head.path)}`, "", headline(diff), ...checkLine(diff).map((l) => `\n${md(l)}`), ""];
  if (diff.changes.length === 0) {
    out.push("No candidate's rank, score or required status changed.");
    return out.join("\n") + "\n";
  }
  out.push("| rank | score | required checks | candidate | moved by |", "| --- | --- | --- | --- | --- |");
  for (const c of diff.changes) {
    const drivers = c.drivers.map((d) => `${md(d.check)} ${signed(d.delta)}`).join(", ");
    const required = c.requiredChanged ? `${req(c.base.meetsRequired)} → ${req(c.head.meetsRequired)}` : req(c.head.meetsRequired);
    out.push(`| ${rankText(c.base.rank)} → ${rankText(c.head.rank)} | ${c.base.score} → ${c.head.score} (${signed(c.scoreDelta)}) | ${required} | ${md(c.name ?? c.file)} | ${drivers} |`);
  }
  return out.join("\n") + "\n";
}
