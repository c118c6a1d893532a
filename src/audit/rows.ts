// Rates as they are published: one row per group, numbers rounded once here so every format shows the same.
import type { ScreenReport } from "../model.js";
import type { GroupRates } from "./rates.js";
import type { AuditRow, CheckAuditRow } from "./types.js";

export function auditRow(attribute: string, rate: GroupRates): AuditRow {
  return {
    attribute,
    group: rate.group,
    count: rate.count,
    selected: rate.hits,
    selectionRate: round4(rate.rate),
    aboveMedianRate: round4(rate.aboveRate),
    ...comparisonFields(rate),
  };
}

export function checkRow(check: ScreenReport["checks"][number], attribute: string, rate: GroupRates): CheckAuditRow {
  return {
    check: check.id,
    label: check.label,
    required: check.required,
    attribute,
    group: rate.group,
    count: rate.count,
    passed: rate.hits,
    passRate: round4(rate.rate),
    ...comparisonFields(rate),
  };
}

function comparisonFields(rate: GroupRates): Pick<AuditRow, "impactRatio" | "fourFifths" | "pValue" | "excludable"> {
  return {
    impactRatio: rate.impactRatio === null ? null : round4(rate.impactRatio),
    fourFifths: rate.fourFifths,
    pValue: rate.pValue === null ? null : roundP(rate.pValue),
    excludable: rate.excludable,
  };
}

export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** Four significant digits: a tiny p-value stays visible instead of rounding to 0. */
export function roundP(value: number): number {
  return Number(value.toPrecision(4));
}
