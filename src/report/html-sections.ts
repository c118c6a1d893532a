// The parts of the HTML report around the ranking: the batch in numbers, every warning in one place, and the
// files that could not be read.
import type { FailedCandidate, ScoredCandidate, ScreenReport } from "../model.js";
import { escapeHtml } from "./escape-html.js";
import { sanitizeText } from "./sanitize.js";
import { candidateLabel, warningLocation } from "./view.js";

const h = (value: string): string => escapeHtml(sanitizeText(value));

export function statsList(report: ScreenReport): string {
  const { files, scored, errors, meetsRequired } = report.summary;
  const stats: [string, number, string][] = [
    ["Files", files, ""],
    ["Scored", scored, ""],
    ["Meet required checks", meetsRequired, " good"],
    ["Could not be read", errors, errors > 0 ? " bad" : ""],
  ];
  return `<dl class="stats">${stats
    .map(([term, value, tone]) => `<div class="stat${tone}"><dt>${term}</dt><dd>${value}</dd></div>`)
    .join("")}</dl>`;
}

export function warningsSection(report: ScreenReport, scored: ScoredCandidate[]): string {
  const rows = scored.flatMap((candidate) =>
    candidate.warnings.map((warning) => {
      const quote = warning.text === undefined ? "" : `<q>${h(warning.text)}</q>`;
      return `<tr><th scope="row">${h(candidateLabel(report, candidate))}</th><td>${h(candidate.file)}</td><td><code>${h(warning.code)}</code></td><td>${h(warning.message)}</td><td>${warningLocation(warning)}</td><td>${quote}</td></tr>`;
    }),
  );
  if (rows.length === 0) return "";
  return section("warnings", "Warnings", [
    `<p>Problems met while reading these files. They did not stop the screening; text marked hidden was not scored.</p>`,
    `<table class="plain"><thead><tr><th scope="col">Candidate</th><th scope="col">File</th><th scope="col">Code</th><th scope="col">Message</th><th scope="col">Where</th><th scope="col">Text</th></tr></thead>`,
    `<tbody>${rows.join("\n")}</tbody></table>`,
  ]);
}

export function failedSection(failed: FailedCandidate[]): string {
  if (failed.length === 0) return "";
  const rows = failed.map(
    (candidate) => `<tr><th scope="row">${h(candidate.file)}</th><td><code>${h(candidate.error.code)}</code></td><td>${h(candidate.error.message)}</td></tr>`,
  );
  return section("errors", `Files that could not be read (${failed.length})`, [
    `<table class="plain"><thead><tr><th scope="col">File</th><th scope="col">Code</th><th scope="col">Message</th></tr></thead>`,
    `<tbody>${rows.join("\n")}</tbody></table>`,
  ]);
}

export function section(id: string, title: string, body: string[]): string {
  return [`<section id="${id}" aria-labelledby="${id}-heading">`, `<h2 id="${id}-heading">${title}</h2>`, ...body, `</section>`].join("\n");
}
