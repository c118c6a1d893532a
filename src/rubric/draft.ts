// A job posting → a draft rubric (YAML) to review and edit: `shortlist init --from posting`.
// Each check is preceded by a comment quoting the posting text it came from; requirements that became no check
// are listed at the end, so nothing the posting asks for is silently dropped.
import { Document, isMap, isSeq, type YAMLMap } from "yaml";
import type { Vocabulary } from "../read/vocabulary.js";
import { outlinePosting, type PostingUnit } from "./draft-outline.js";
import { requirementsOf, roleOfTitle, type DraftRequirement } from "./draft-requirements.js";

export interface DraftOptions {
  /** Written as `posting:`: the posting's path relative to the rubric. */
  posting?: string;
  /** Written as the `# yaml-language-server: $schema=…` line. */
  schema?: string;
}

interface Drafted extends DraftRequirement {
  quote: string;
}

/** Starting weights by kind: experience says most about a candidate, keywords the least. */
const BASE_WEIGHT = { degree: 15, experience: 25, skills: 15, keywords: 10 } as const;
const BONUS_WEIGHT = 5;
const QUOTE_WIDTH = 100;

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40).replace(/-$/, "");

function baseId(drafted: Drafted, vocabulary: Vocabulary): string {
  const { spec } = drafted;
  switch (spec.kind) {
    case "degree":
      return "degree";
    case "experience": {
      const shortest = [...spec.relevant].sort((a, b) => a.length - b.length)[0];
      return shortest ? `${slug(shortest)}-years` : "years";
    }
    case "skills": {
      const ids = spec.any ?? spec.all ?? [];
      if (ids.length === 1) return slug(ids[0]!) || "skill";
      const categories = new Set(ids.map((id) => vocabulary.skills.find((s) => s.id === id)?.category));
      const [category] = categories;
      if (categories.size === 1 && category) return plural(category);
      return ids.slice(0, 2).map(slug).join("-");
    }
    case "keywords":
      return slug(spec.any[0]!) || "keywords";
  }
}

const plural = (noun: string): string =>
  /(?:s|cloud|data|devops)$/.test(noun) ? noun : noun.endsWith("y") ? `${noun.slice(0, -1)}ies` : `${noun}s`;

/**
 * Regular weights from kind and emphasis, scaled to add up to 100 in steps of 5 (largest remainder, so the sum
 * is exact); bonus checks get a flat 5 on top.
 */
function weights(drafted: Drafted[]): number[] {
  const raw = drafted.map((d) => (d.bonus ? 0 : Math.max(5, BASE_WEIGHT[d.spec.kind] + 5 * d.emphasis)));
  const regular = raw.filter((w) => w > 0).length;
  const step = regular <= 20 ? 5 : 1;
  const slots = 100 / step;
  const total = raw.reduce((a, b) => a + b, 0);
  const exact = raw.map((w) => (w === 0 ? 0 : (w / total) * slots));
  const given = exact.map((e) => (e === 0 ? 0 : Math.max(1, Math.floor(e))));
  let left = slots - given.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).filter(({ i }) => raw[i]! > 0).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0 && byRemainder.length > 0; k++, left--) given[byRemainder[k % byRemainder.length]!.i]! += 1;
  return drafted.map((d, i) => (d.bonus ? BONUS_WEIGHT : given[i]! * step));
}

function wrap(text: string, width = QUOTE_WIDTH): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/)) {
    if (current && current.length + word.length + 1 > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return current ? [...lines, current] : lines;
}

const quoteComment = (text: string): string => wrap(`"${text}"`).map((line) => ` ${line}`).join("\n");

/** Units that state requirements; with no requirement headings at all, every sentence outside the duties. */
function requirementUnits(units: PostingUnit[]): { unit: PostingUnit; section: "required" | "requirements" | "bonus" }[] {
  const sectioned = units.some((u) => u.role === "required" || u.role === "requirements" || u.role === "bonus");
  return units.flatMap((unit) => {
    if (unit.role === "required" || unit.role === "requirements" || unit.role === "bonus") return [{ unit, section: unit.role }];
    return !sectioned && unit.role === "intro" ? [{ unit, section: "requirements" as const }] : [];
  });
}

export function draftRubric(postingText: string, vocabulary: Vocabulary, options: DraftOptions = {}): string {
  const outline = outlinePosting(postingText);
  // A draft names what the posting names: SageMaker, not also the AWS it implies.
  const direct: Vocabulary = { skills: vocabulary.skills.map(({ implies: _implies, ...skill }) => skill) };
  const drafted: Drafted[] = [];
  const unconverted: string[] = [];
  for (const { unit, section } of requirementUnits(outline.units)) {
    const found = requirementsOf(unit.text, section, outline.title, direct);
    if (found.length === 0) unconverted.push(unit.text);
    drafted.push(...found.map((requirement) => ({ ...requirement, quote: unit.text })));
  }
  const weight = weights(drafted);
  const used = new Map<string, number>();
  const checks = drafted.map((d, i) => {
    const base = baseId(d, vocabulary);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return {
      id: count === 1 ? base : `${base}-${count}`,
      kind: d.spec.kind,
      ...(d.required ? { required: true } : {}),
      ...(d.bonus ? { bonus: true } : {}),
      weight: weight[i],
      // Defaults stay out of the draft: an empty field list and a min of 1 say nothing.
      ...Object.fromEntries(Object.entries(d.spec).filter(([key, value]) => key !== "kind" && !(Array.isArray(value) && value.length === 0) && !(key === "min" && value === 1))),
    };
  });
  const name = (outline.title ?? "Untitled role").split(/\s+[—–|]\s+|\s+-\s+|\s+at\s+/)[0]!.trim();
  const doc = new Document({
    id: slug(roleOfTitle(outline.title)) || "draft",
    name,
    ...(options.posting ? { posting: options.posting } : {}),
    checks,
  });
  const header = [
    ...(options.schema ? [` yaml-language-server: $schema=${options.schema}`] : []),
    " A draft written from a job posting. Each check quotes the text it came from: review the weights, the",
    " fields, the terms and what is required before screening with it (shortlist validate checks the format).",
  ];
  doc.commentBefore = header.join("\n");
  const seq = doc.get("checks", true);
  if (isSeq(seq)) {
    seq.items.forEach((item, i) => {
      if (!isMap(item)) return;
      (item as YAMLMap).commentBefore = quoteComment(drafted[i]!.quote);
      for (const pair of item.items) if (isSeq(pair.value)) pair.value.flow = true;
    });
    seq.spaceBefore = true;
  }
  if (unconverted.length > 0) {
    doc.comment = [" Not turned into checks (add keywords checks by hand if they matter):", ...unconverted.flatMap((text) => wrap(`"${text}"`).map((l) => `   ${l}`))].join("\n");
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
