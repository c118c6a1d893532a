// Two inline SVG charts for the HTML report: how the batch's scores spread (ten bins of ten points) and how often
// each check passed. The counts are read off the finished report at render time; nothing is scored here.
import type { ScoredCandidate, ScreenReport } from "../model.js";
import { escapeHtml } from "./escape-html.js";
import { sanitizeText } from "./sanitize.js";
import { truncateEnd } from "./text-width.js";
import { plural } from "./view.js";

const BINS = 10;
const h = (value: string): string => escapeHtml(sanitizeText(value));

/** Scores 0..100 in ten bins; 100 falls in the last one. */
export function scoreBins(candidates: ScoredCandidate[]): number[] {
  const bins = new Array<number>(BINS).fill(0);
  for (const candidate of candidates) {
    const index = Math.min(BINS - 1, Math.max(0, Math.floor(candidate.score / 10)));
    bins[index] = (bins[index] ?? 0) + 1;
  }
  return bins;
}

export function scoreHistogram(candidates: ScoredCandidate[]): string {
  const bins = scoreBins(candidates);
  const [width, height, left, bottom, top] = [400, 180, 12, 28, 20];
  const plotHeight = height - bottom - top;
  const slot = (width - 2 * left) / BINS;
  const most = Math.max(1, ...bins);
  const bars = bins.map((count, index) => {
    const barHeight = Math.round((count / most) * plotHeight);
    const x = left + index * slot;
    const y = top + plotHeight - barHeight;
    const label = count > 0 ? `<text class="chart-value" x="${x + slot / 2}" y="${y - 5}" text-anchor="middle">${count}</text>` : "";
    return `<rect class="chart-bar" x="${x + 2}" y="${y}" width="${slot - 4}" height="${barHeight}"><title>${binName(index)}: ${plural(count, "candidate")}</title></rect>${label}`;
  });
  const ticks = Array.from({ length: BINS + 1 }, (_, index) => {
    const x = left + index * slot;
    return `<text class="chart-axis" x="${x}" y="${height - 8}" text-anchor="middle">${index * 10}</text>`;
  });
  const baseline = `<line class="chart-line" x1="${left}" x2="${width - left}" y1="${top + plotHeight}" y2="${top + plotHeight}"/>`;
  const description = bins.map((count, index) => `${binName(index)}: ${count}`).join("; ");
  return svg("score-histogram", width, height, "Distribution of scores", description, [...bars, baseline, ...ticks]);
}

export function passRateChart(report: ScreenReport, candidates: ScoredCandidate[]): string {
  const [width, rowHeight, labelWidth, barWidth] = [420, 28, 124, 200];
  const total = candidates.length;
  const rates = report.checks.map((check) => ({
    check,
    passed: candidates.filter((c) => c.checks.some((result) => result.id === check.id && result.passed)).length,
  }));
  const rows = rates.map(({ check, passed }, index) => {
    const percent = total === 0 ? 0 : Math.round((100 * passed) / total);
    const y = 8 + index * rowHeight;
    const label = truncateEnd(sanitizeText(check.id), 18) + (check.required ? "*" : check.bonus ? "+" : "");
    return [
      `<g><title>${h(check.label)}: ${passed} of ${total} passed</title>`,
      `<text class="chart-label" x="${labelWidth - 8}" y="${y + 14}" text-anchor="end">${escapeHtml(label)}</text>`,
      `<rect class="chart-track" x="${labelWidth}" y="${y + 3}" width="${barWidth}" height="14" rx="3"/>`,
      `<rect class="chart-bar" x="${labelWidth}" y="${y + 3}" width="${(barWidth * percent) / 100}" height="14" rx="3"/>`,
      `<text class="chart-value" x="${labelWidth + barWidth + 8}" y="${y + 14}">${percent}% (${passed}/${total})</text></g>`,
    ].join("");
  });
  const description = rates.map(({ check, passed }) => `${h(check.id)}: ${passed} of ${total} passed`).join("; ");
  return svg("pass-rate", width, 16 + rates.length * rowHeight, "Pass rate of each check", description, rows);
}

function binName(index: number): string {
  return index === BINS - 1 ? "90–100" : `${index * 10}–${index * 10 + 9.9}`;
}

function svg(id: string, width: number, height: number, title: string, description: string, body: string[]): string {
  return [
    `<svg class="chart" id="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${title}</title><desc id="${id}-desc">${description}</desc>`,
    ...body,
    "</svg>",
  ].join("\n");
}
