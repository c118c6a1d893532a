// Name, e-mail, phone and links. Links are only read from the text, never fetched.
import type { Contact, SectionKind } from "./resume.js";
import { matchHeading } from "./headings.js";
import { evidenceOf, type TextLine } from "./lines.js";

// The top-level domain stops at a change of case: icon glyphs extracted as letters stick to it ("…@mail.comI").
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:\p{Ll}{2,}(?!\p{Ll})|\p{Lu}{2,}(?!\p{L}))/u;
// A run of digit groups with an optional +country code and (area) code: 7 to 15 digits in all.
const PHONE = /(?<![\p{L}\p{N}/])(?:\(?\+\s?\d{1,3}\)?[\s.–-]?)?(?:\(\s?0?\d{1,4}\s?\)[\s.–-]?)?(?:\d{2,5}(?:[\s.–-]{1,2}\d{2,5}){1,4}|\d{7,12})(?![\p{L}\p{N}])/u;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'|,;]+|\b(?:[\w-]+\.)*(?:linkedin|github|gitlab|bitbucket|behance|dribbble|medium|stackoverflow|kaggle|scholar\.google|orcid)\.(?:com|org|io|net)\/[^\s<>"'|,;]*/giu;
const EMAIL_ALL = new RegExp(EMAIL.source, "gu");
/** Longer words are neither addresses nor links. */
const MAX_WORD = 300;
/** A phone number sits on a short line; longer ones are prose. */
const MAX_PHONE_LINE = 200;
const PROFILE_SITE = /\b(?:linkedin\.com\/in|github\.com\/[^/\s]+\/?$|gitlab\.com|scholar\.google|orcid\.org|kaggle\.com|stackoverflow\.com\/users)/iu;
const BARE_DOMAIN = /(?<![@\p{L}\p{N}.])(?:[a-z0-9-]+\.)+(?:com|io|dev|me|org|net|ai|co|app|tech|site|page|xyz)(?:\/[^\s<>"'|,;]*)?(?![\p{L}\p{N}@])/giu;

/** Words that put a line out of the running for a name: titles, document labels, places. */
const NOT_NAME = /\b(?:resume|résumé|curriculum|vitae|cv|linkedin|github|gitlab|twitter|email|e-mail|phone|mobile|address|portfolio|website|contact|engineer|developer|scientist|manager|analyst|designer|consultant|architect|director|student|intern|specialist|officer|lead|leader|administrator|technician|accountant|page|street|st|avenue|ave|road|rd|suite|university|college|inc|llc|ltd|corp)\b/iu;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)$/u;

/** Letters after a name: "Ada Byron, PhD", "Ada Byron MSc." */
const CREDENTIALS = /(?:,?\s+(?:Ph\.?\s?D|M\.?Sc|MSc|M\.?S|MBA|M\.?A|B\.?Sc|B\.?S|CPA|PMP|P\.?Eng|Jr|Sr|II|III)\.?)+$/u;

function nameFrom(raw: string): string | null {
  // A title run onto the name in extraction: "Ada ByronSOFTWARE ENGINEER".
  const text = raw.split(/(?<=\p{Ll})(?=\p{Lu}{2,})/u)[0] ?? raw;
  // The name usually leads a line that may go on with contact details: "Ada Byron | ada@example.com".
  const head = text.replace(CREDENTIALS, "").split(/\s*(?:[|•·,;–—]|\s-\s|\s{2,}|(?:e-?mail|phone|tel|mobile|cell)\s*:)\s*/iu)[0]?.trim() ?? "";
  let words = head.split(/\s+/).filter(Boolean);
  // Letter-spaced capitals ("J A N E  D O E") lost their word breaks in extraction: no reliable name.
  if (words.filter((w) => /^\p{L}$/u.test(w)).length >= 3) return null;
  // A trailing lone letter is an icon glyph, not an initial ("Ada Byron I (555) …").
  while (words.length > 2 && /^\p{L}$/u.test(words[words.length - 1]!)) words = words.slice(0, -1);
  if (words.length < 2 || words.length > 4) return null;
  if (!words.every((w) => NAME_WORD.test(w))) return null;
  const name = words.join(" ");
  if (NOT_NAME.test(name) || matchHeading(name)) return null;
  return name;
}

/** A name set large over two lines, one word each ("Ada" / "Byron"). */
function twoLineName(lines: readonly TextLine[], i: number): string | null {
  const [a, b] = [lines[i], lines[i + 1]];
  if (!a || !b || a.page !== b.page || a.fontSize === undefined || a.fontSize !== b.fontSize) return null;
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(a.text) || !/^\p{Lu}[\p{L}'’-]+$/u.test(b.text)) return null;
  return nameFrom(`${a.text} ${b.text}`);
}

function cleanLink(raw: string): string {
  return raw.replace(/[.)\]]+$/, "");
}

/** Where to look for a name: the top of the first page, before the first real section. */
function nameCandidates(lines: readonly TextLine[], kinds: readonly SectionKind[]): number[] {
  // With font sizes the name stands out wherever it is (a sidebar may come first); without, it leads the page.
  const sized = lines.length > 0 && lines.slice(0, 20).every((l) => l.fontSize !== undefined);
  const out: number[] = [];
  for (let i = 0; i < lines.length && out.length < (sized ? 20 : 8); i++) {
    if (lines[i]!.page !== lines[0]!.page) break;
    if (!sized && kinds[i] !== "contact" && kinds[i] !== "summary" && i > 2) continue;
    out.push(i);
  }
  return out;
}

const PHONE_LABEL = /\b(?:phone|tel|mobile|cell)\b/i;
/**
 * Text every link holds: "://", "www." or a dot before a letter (the site's or top-level domain's name, in
 * both URL and BARE_DOMAIN). A sentence's closing dot is none of these.
 */
const LINK_HINT = /:\/\/|www\.|\.\p{L}/iu;

export function extractContact(lines: readonly TextLine[], kinds: readonly SectionKind[]): Contact {
  const contact: Contact = { links: [], evidence: [] };
  const cited = new Set<number>();
  const cite = (i: number): void => {
    if (!cited.has(i)) contact.evidence.push(evidenceOf(lines[i]!));
    cited.add(i);
  };

  const candidates = nameCandidates(lines, kinds);
  const sized = candidates.filter((i) => lines[i]!.fontSize !== undefined);
  const order = sized.length === candidates.length && sized.length > 0
    ? [...candidates].sort((a, b) => (lines[b]!.fontSize ?? 0) - (lines[a]!.fontSize ?? 0) || a - b)
    : candidates;
  for (const i of order) {
    const name = nameFrom(lines[i]!.text) ?? twoLineName(lines, i);
    if (name) {
      contact.name = name;
      cite(i);
      break;
    }
  }

  lines.forEach((line, i) => {
    // Most lines hold no address, phone or link: without an "@" or a hint of a link (LINK_HINT), and where no
    // phone is looked for, there is nothing below to find.
    const phoneWanted = !contact.phone && line.text.length <= MAX_PHONE_LINE && (kinds[i] === "contact" || i < 12 || PHONE_LABEL.test(line.text));
    const hasAt = line.text.includes("@");
    if (!phoneWanted && !hasAt && !LINK_HINT.test(line.text)) return;
    // Word by word: an address or a link is one word, and a bounded word keeps the scan linear on long lines.
    const words = line.text.split(/\s+/).filter((w) => w.length > 0 && w.length <= MAX_WORD);
    if (!contact.email && hasAt) {
      const email = words.map((w) => (w.includes("@") ? EMAIL.exec(w)?.[0] : undefined)).find(Boolean);
      if (email) {
        contact.email = email;
        cite(i);
      }
    }
    const withoutEmail = hasAt ? words.map((w) => (w.includes("@") ? w.replace(EMAIL_ALL, " ") : w)).join(" ") : words.join(" ");
    if (phoneWanted) {
      const m = PHONE.exec(withoutEmail);
      const digits = m ? m[0].replace(/\D/g, "").length : 0;
      if (m && digits >= 7 && digits <= 15 && !/^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/.test(m[0].trim())) {
        contact.phone = m[0].trim();
        cite(i);
      }
    }
    // Company and project addresses in the body are not the candidate's: outside the contact block only
    // profile sites count.
    const inContact = kinds[i] === "contact";
    const links: string[] = [];
    // Without an "@" nothing was taken out, and the words are the words.
    for (const word of hasAt ? withoutEmail.split(" ") : words) {
      // Most words ("experience.") can hold no link and skip the costly patterns.
      if (!LINK_HINT.test(word)) continue;
      const urls = [...word.matchAll(URL)].map((m) => cleanLink(m[0]));
      links.push(...urls.filter((l) => inContact || PROFILE_SITE.test(l)));
      if (inContact && !urls.length) links.push(...[...word.matchAll(BARE_DOMAIN)].map((m) => cleanLink(m[0])));
    }
    for (const link of links) {
      if (!contact.links.includes(link)) {
        contact.links.push(link);
        cite(i);
      }
    }
  });
  return contact;
}
