// An audit result as text, by the name --format takes. Renderers compute nothing: the numbers come finished.
import { renderAuditCsv } from "./render-csv.js";
import { renderAuditMarkdown } from "./render-markdown.js";
import { renderAuditTable } from "./render-table.js";
import type { AuditResult } from "./types.js";

export type AuditFormat = "table" | "md" | "json" | "csv";

const RENDERERS: Record<AuditFormat, (result: AuditResult) => string> = {
  table: renderAuditTable,
  md: renderAuditMarkdown,
  json: (result) => JSON.stringify(result, null, 2) + "\n",
  csv: renderAuditCsv,
};

export const AUDIT_FORMATS = Object.keys(RENDERERS) as AuditFormat[];

export function isAuditFormat(name: string): name is AuditFormat {
  return Object.hasOwn(RENDERERS, name);
}

export function renderAudit(result: AuditResult, format: AuditFormat): string {
  return RENDERERS[format](result);
}
