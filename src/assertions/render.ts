// Prints assertion outcomes for a terminal or a CI log: failures first, each with the actual value and why.
import type { AssertionOutcome } from "./types.js";

export function renderOutcomes(outcomes: AssertionOutcome[], expectFile: string): string {
  const out: string[] = [];
  const failed = outcomes.filter((o) => !o.passed);
  for (const o of failed) {
    out.push(`${o.level === "error" ? "✗ error" : "! warn "} ${o.name}: expected ${o.expected}, got ${o.actual} (${expectFile}:${o.line})`);
    for (const detail of o.details) out.push(`    ${detail}`);
  }
  const errors = failed.filter((o) => o.level === "error").length;
  const warnings = failed.length - errors;
  if (failed.length) out.push("");
  out.push(`${outcomes.length} assertion${outcomes.length === 1 ? "" : "s"}: ${outcomes.length - failed.length} passed, ${errors} failed, ${warnings} warning${warnings === 1 ? "" : "s"}`);
  return out.join("\n") + "\n";
}
