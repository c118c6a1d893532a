// What a candidate's row expands to in the HTML report: the facts read from the résumé, then every check with
// its score, what it looked for, what it found and the quoted lines (page and line) that prove it.
import type { CheckResult, ScoredCandidate, ScreenReport } from "../model.js";
import { escapeHtml } from "./escape-html.js";
import { sanitizeText } from "./sanitize.js";
import { candidateLabel, checkRole, evidenceLocation, formatCheckScore, showsIdentity, warningLocation } from "./view.js";

const h = (value: string): string => escapeHtml(sanitizeText(value));

export function candidateDetails(report: ScreenReport, candidate: ScoredCandidate): string {
  const facts: [string, string][] = [
    ["File", h(candidate.file)],
    ["Required checks", candidate.meetsRequired ? "met" : "does not meet required checks"],
    ["Highest degree", h(candidate.profile.highestDegree)],
    ["Experience", experienceSummary(candidate.profile.experience)],
  ];
  if (showsIdentity(report)) {
    const { email, phone, links } = candidate.contact;
    const reach = [email, phone].filter((value): value is string => value !== undefined);
    if (reach.length > 0) facts.push(["Contact", reach.map(h).join(" · ")]);
    if (links.length > 0) facts.push(["Links", links.map(h).join(" · ")]);
  }
  const warnings = candidate.warnings.map((warning) => {
    const where = warningLocation(warning);
    const quote = warning.text === undefined ? "" : ` <q>${h(warning.text)}</q>`;
    return `<li><strong>${h(warning.code)}</strong> ${h(warning.message)}${where === "" ? "" : ` <span class="loc">${where}</span>`}${quote}</li>`;
  });
  return [
    `<div class="details-body">`,
    `<h3 class="visually-hidden">Checks for ${h(candidateLabel(report, candidate))}</h3>`,
    `<dl class="facts">${facts.map(([term, value]) => `<div><dt>${term}</dt><dd>${value}</dd></div>`).join("")}</dl>`,
    `<ol class="checks">${candidate.checks.map(checkItem).join("\n")}</ol>`,
    ...(warnings.length > 0 ? [`<div class="candidate-warnings"><h4>Warnings</h4><ul>${warnings.join("")}</ul></div>`] : []),
    `</div>`,
  ].join("\n");
}

function checkItem(check: CheckResult): string {
  const state = check.passed ? "pass" : check.score > 0 ? "partial" : "fail";
  const role = checkRole(check);
  const evidence =
    check.evidence.length === 0
      ? `<p class="no-evidence">No evidence lines.</p>`
      : `<ul class="evidence">${check.evidence
          .map((line) => `<li><span class="loc">${evidenceLocation(line)}</span> <q>${h(line.text)}</q></li>`)
          .join("")}</ul>`;
  return [
    `<li class="check ${state}">`,
    `<p class="check-head"><span class="mark" aria-hidden="true">${check.passed ? "✓" : "✗"}</span>`,
    `<span class="visually-hidden">${check.passed ? "Passed" : "Not passed"}: </span>`,
    `<strong>${h(check.id)}</strong>${role === "standard" ? "" : ` <span class="tag ${role}">${role}</span>`}`,
    ` <span class="check-score">score ${formatCheckScore(check.score)} · weight ${check.weight}</span></p>`,
    `<p class="check-label">${h(check.label)}</p>`,
    `<p class="check-message">${h(check.message)}</p>`,
    evidence,
    `</li>`,
  ].join("");
}

/** "7.5 years (6.0 in jobs and research)": the second figure only when internships or student jobs add to the first. */
function experienceSummary(experience: { totalYears: number; professionalYears: number }): string {
  const total = `${experience.totalYears.toFixed(1)} years`;
  return experience.professionalYears === experience.totalYears ? total : `${total} (${experience.professionalYears.toFixed(1)} in jobs and research)`;
}
