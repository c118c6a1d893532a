// The HTML report's stylesheet: inline, so the file works offline and needs nothing else. Light and dark
// palettes with text contrast of at least 4.5:1; for print every candidate is expanded and controls are hidden.
// Decorative arrows carry empty alternative text (content: "…" / "") so they stay out of accessible names.
export const PAGE_STYLE = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa;
  --accent: #0b5cad; --track: #e3e8ee; --good: #116329; --good-bg: #dafbe1; --bad: #a40e26; --bad-bg: #ffebe9;
  --warn: #7d4e00; --warn-bg: #fff8c5; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9da7b3; --line: #30363d; --panel: #161b22; --accent: #58a6ff;
    --track: #30363d; --good: #7ee2a8; --good-bg: #0f3d24; --bad: #ffa198; --bad-bg: #4c1418; --warn: #e3b341;
    --warn-bg: #3b2e0a; }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif; }
header.page, main, footer.page { max-width: 1240px; margin: 0 auto; padding: 0 24px; }
header.page { padding-top: 28px; }
h1 { font-size: 1.65rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 32px 0 12px; }
h4 { margin: 12px 0 4px; font-size: .95rem; }
.meta { color: var(--muted); margin: 0; }
.skip-link { position: absolute; left: -999px; }
.skip-link:focus { left: 8px; top: 8px; background: var(--bg); padding: 4px 8px; }
.stats { display: flex; flex-wrap: wrap; gap: 12px; margin: 20px 0 0; }
.stat { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 8px 16px; min-width: 150px; }
.stat dt { color: var(--muted); font-size: .85rem; }
.stat dd { margin: 0; font-size: 1.6rem; font-weight: 650; font-variant-numeric: tabular-nums; }
.stat.good dd { color: var(--good); }
.stat.bad dd { color: var(--bad); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 16px; }
figure { margin: 0; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
figcaption { font-weight: 600; margin-bottom: 8px; }
.chart { display: block; width: 100%; max-width: 520px; height: auto; }
.chart-bar { fill: var(--accent); }
.chart-track { fill: var(--track); }
.chart-line { stroke: var(--muted); }
.chart-axis, .chart-value, .chart-label { fill: var(--fg); font-size: 12px; }
.chart-axis { fill: var(--muted); }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; margin-bottom: 12px; }
.controls label { font-weight: 600; }
.controls input { font: inherit; padding: 6px 10px; min-width: 300px; color: var(--fg); background: var(--bg);
  border: 1px solid var(--muted); border-radius: 6px; }
.controls button { font: inherit; padding: 5px 12px; color: var(--fg); background: var(--panel);
  border: 1px solid var(--muted); border-radius: 6px; cursor: pointer; }
#filter-status { color: var(--muted); }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; color: var(--muted); padding: 8px 12px; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: 8px 10px; border-top: 1px solid var(--line); }
thead th { font-size: .85rem; color: var(--muted); white-space: nowrap; background: var(--panel); vertical-align: bottom; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
abbr[title] { text-decoration: none; }
th button.sort { all: unset; cursor: pointer; border-radius: 3px; }
th button.sort::after { content: " ↕"; content: " ↕" / ""; opacity: .45; }
th[aria-sort="ascending"] button.sort::after { content: " ▲"; content: " ▲" / ""; opacity: 1; }
th[aria-sort="descending"] button.sort::after { content: " ▼"; content: " ▼" / ""; opacity: 1; }
th[aria-sort] { color: var(--fg); }
button:focus-visible, input:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
tbody.candidate:hover > tr.summary-row { background: var(--panel); }
tr.summary-row > * { border-top: 1px solid var(--line); }
tbody.candidate:has(> tr.details:not([hidden])) > tr.summary-row { background: var(--panel); }
.score { font-weight: 650; white-space: nowrap; }
.score-bar { display: block; margin: 5px 0 0 auto; }
.score-track { fill: var(--track); }
.score-fill { fill: var(--accent); }
.badge { display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: .85rem; font-weight: 600; white-space: nowrap; }
.badge.met { background: var(--good-bg); color: var(--good); }
.badge.not-met { background: var(--bad-bg); color: var(--bad); }
th.name { font-weight: 600; min-width: 10em; }
button.toggle { all: unset; cursor: pointer; border-radius: 3px; }
button.toggle::before { content: "▸\\00a0"; content: "▸\\00a0" / ""; color: var(--muted); }
button.toggle[aria-expanded="true"]::before { content: "▾\\00a0"; content: "▾\\00a0" / ""; }
td.file { color: var(--muted); font-size: .9rem; }
.file-name { display: block; max-width: 12em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
td.check { white-space: nowrap; font-size: .9rem; }
thead th.check-col { white-space: normal; font-size: .8rem; padding-left: 6px; padding-right: 6px; max-width: 7em; }
td.check.pass { color: var(--good); }
td.check.partial { color: var(--warn); }
td.check.fail { color: var(--bad); }
tr.details > td { background: var(--panel); padding: 12px 16px 16px; border-top: 0; }
.facts { display: flex; flex-wrap: wrap; gap: 4px 28px; margin: 0 0 12px; }
.facts > div { min-width: 0; max-width: 100%; }
.facts dt { font-size: .8rem; color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.checks { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 10px; }
li.check { background: var(--bg); border: 1px solid var(--line); border-left: 4px solid var(--good); border-radius: 6px; padding: 8px 12px; }
li.check.partial { border-left-color: var(--warn); }
li.check.fail { border-left-color: var(--bad); }
li.check .mark { font-weight: 700; margin-right: 4px; }
li.check.pass .mark { color: var(--good); }
li.check.partial .mark { color: var(--warn); }
li.check.fail .mark { color: var(--bad); }
.check-head { margin: 0; }
.check-score { color: var(--muted); font-size: .85rem; white-space: nowrap; }
.tag { font-size: .7rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; border: 1px solid currentColor; border-radius: 4px; padding: 0 4px; }
.tag.required { color: var(--accent); }
.tag.bonus { color: var(--muted); }
.check-label { margin: 2px 0; color: var(--muted); font-size: .88rem; }
.check-message { margin: 2px 0 6px; }
.evidence { list-style: none; margin: 0; padding: 0; }
.evidence li { border-left: 3px solid var(--track); padding-left: 8px; margin: 4px 0; font-size: .9rem; overflow-wrap: anywhere; }
.loc { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .8rem; color: var(--muted); }
.no-evidence { margin: 0; color: var(--muted); font-size: .9rem; }
.candidate-warnings { margin-top: 12px; background: var(--warn-bg); border-radius: 6px; padding: 4px 12px 8px; }
.candidate-warnings ul { margin: 0; padding-left: 18px; overflow-wrap: anywhere; }
table.plain { border: 1px solid var(--line); }
table.plain td, table.plain th { overflow-wrap: break-word; }
table.plain code { white-space: nowrap; }
table.plain thead th { color: var(--fg); }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; }
.note { color: var(--muted); }
footer.page { color: var(--muted); font-size: .9rem; padding-top: 24px; padding-bottom: 40px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media print {
  :root { --bg: #ffffff; --fg: #000000; --panel: #ffffff; }
  body { font-size: 10pt; }
  .controls, .skip-link { display: none !important; }
  tbody.candidate[hidden] { display: table-row-group !important; }
  tr.details[hidden] { display: table-row !important; }
  button.toggle::before, th button.sort::after { content: none !important; }
  .table-wrap { overflow: visible; border: 0; }
  tr.summary-row { break-after: avoid; }
  li.check, figure { break-inside: avoid; }
  h2 { break-after: avoid; }
}
`;
