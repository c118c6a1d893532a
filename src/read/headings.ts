// Which section a heading names, from its words alone. Layout (font size, position) is judged in sections.ts.
import type { SectionKind } from "./resume.js";

/** Heading phrases per section kind, lower case, words separated by single spaces. */
const PHRASES: Record<Exclude<SectionKind, "other">, string[]> = {
  experience: [
    "experience", "experiences", "employment", "employment history", "work history", "career history", "career",
    "professional history", "professional background", "positions", "positions held", "appointments", "work",
    "internships", "internship", "research", "teaching", "military service", "berufserfahrung", "berufliche erfahrung",
    "expérience", "expériences", "experience professionnelle", "expérience professionnelle", "parcours professionnel",
    "experiencia", "experiencia laboral", "experiencia profesional", "esperienza", "esperienze", "esperienza lavorativa",
    "werkervaring", "experiência", "experiência profissional",
  ],
  education: [
    "education", "educational background", "academic background", "academic history", "academics", "academic",
    "academic credentials", "degrees", "coursework", "relevant coursework", "courses", "relevant courses", "studies", "ausbildung", "bildung",
    "studium", "formation", "études", "educación", "formación", "formación académica", "istruzione", "formazione",
    "opleiding", "educação", "formação",
  ],
  skills: [
    "skills", "skill", "skillset", "skill set", "technical skills", "competencies", "core competencies", "competences",
    "technologies", "tech stack", "tools", "toolbox", "technical proficiencies", "proficiencies",
    "expertise", "areas of expertise", "programming languages", "programming", "computer skills", "summary of skills",
    "kenntnisse", "fähigkeiten", "compétences", "habilidades", "competencias", "competenze", "vaardigheden",
  ],
  projects: ["projects", "project", "portfolio", "open source", "hackathons", "projekte", "projets", "proyectos", "progetti"],
  publications: ["publications", "publication", "papers", "patents", "presentations", "talks", "preprints", "veröffentlichungen"],
  certifications: [
    "certifications", "certification", "certificates", "certificate", "licenses", "licences", "licenses and certifications",
    "training", "trainings", "professional development", "credentials", "accreditations", "zertifikate",
  ],
  awards: [
    "awards", "award", "honors", "honours", "achievements", "accomplishments", "scholarships", "fellowships",
    "distinctions", "recognition", "recognitions", "grants", "auszeichnungen", "prix",
  ],
  summary: [
    "summary", "profile", "objective", "about", "about me", "overview", "highlights", "introduction",
    "personal statement", "summary of qualifications", "qualifications", "executive summary", "bio", "profil",
    "perfil", "profilo", "career objective", "career summary", "professional profile",
  ],
  languages: ["languages", "language", "language skills", "spoken languages", "sprachen", "langues", "idiomas", "lingue", "talen"],
  interests: ["interests", "hobbies", "research interests", "interessen", "intérêts", "intereses", "interessi", "passions"],
  references: ["references", "referees", "referenzen", "références", "referencias"],
  volunteer: [
    "volunteer", "volunteering", "volunteer work", "community service", "community involvement", "community",
    "leadership", "activities", "extracurricular", "extracurriculars", "extracurricular activities", "involvement",
    "campus involvement", "on campus involvement", "organizations", "affiliations", "memberships", "service",
    "ehrenamt", "bénévolat", "voluntariado", "volontariato",
  ],
  contact: [
    "contact", "contacts", "contact information", "contact info", "contact details", "personal information",
    "personal details", "personal data", "kontakt", "coordonnées", "contacto", "contatti",
  ],
};

/** Words that may sit in a heading next to its key phrase ("Relevant Work Experience"). */
const FILLER = new Set([
  "professional", "relevant", "selected", "technical", "core", "key", "personal", "additional", "other", "my", "and",
  "of", "related", "recent", "previous", "prior", "industry", "academic", "work", "history", "&", "the",
  "select", "notable", "major", "main", "full", "detailed", "general", "summary", "information", "in", "de", "y", "et",
  "und", "e",
]);

const ORGANISATION_WORDS = new Set([
  "university", "universität", "université", "universidad", "college", "institute", "institut", "school", "inc",
  "llc", "ltd", "gmbh", "corporation", "corp", "company", "labs", "laboratory", "foundation", "association", "society",
]);

/** Words that name a section only when no stronger phrase is present ("Research Projects" is projects). */
const WEAK = new Set([
  "research", "teaching", "work", "academic", "community", "service", "software", "technology", "programming",
  "career", "about", "leadership", "involvement", "training", "language", "project", "organizations",
  "technologies", "tools", "toolbox", "expertise", "proficiencies", "competencies", "internship", "internships",
]);

interface Phrase {
  kind: SectionKind;
  words: string[];
  weak: boolean;
}
const PHRASE_LIST: Phrase[] = Object.entries(PHRASES).flatMap(([kind, phrases]) =>
  phrases.map((p) => ({ kind: kind as SectionKind, words: p.split(" "), weak: WEAK.has(p) })),
);

const FIRST_WORDS = new Set(PHRASE_LIST.map((p) => p.words[0]!));

/** Lower-case words of a heading: icons, bullets, numbering and decoration removed, "&" kept. */
export function headingWords(text: string): string[] {
  let t = text.normalize("NFC").toLowerCase();
  if (isLetterSpaced(t)) t = t.replace(/\s+/g, "");
  return t
    .replace(/[&+]/g, " & ")
    .replace(/[^\p{L}&\s'-]/gu, " ")
    .split(/[\s/-]+/)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter(Boolean);
}

/** "E X P E R I E N C E", "E XPERIENCE", "W ORK E XPERIENCE": spaced-out capitals. */
function isLetterSpaced(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  const singles = tokens.filter((w) => /^\p{L}$/u.test(w)).length;
  return tokens.length >= 2 && singles / tokens.length >= 0.5 && /^[\p{L}\s]+$/u.test(text.trim());
}

export interface HeadingMatch {
  kind: SectionKind;
  /** Words the heading holds beyond its key phrase and fillers. */
  extraWords: number;
}

/**
 * The section kind a short heading names, or null. The earliest key phrase wins ("Experience & Leadership" is
 * experience, "Leadership Experience" is activities), the longer one at the same place ("Research Interests").
 */
export function matchHeading(text: string): HeadingMatch | null {
  let words = headingWords(text);
  if (words.length === 0 || words.length > 6) return null;
  // A letter-spaced heading loses its word breaks: look for the phrases inside the one long word.
  const compact = isLetterSpaced(text.toLowerCase()) ? words.join("") : null;
  if (words.length === 1 && !compact) words = splitRunTogether(words[0]!);
  // Most lines asked about are not headings: with no word that starts a phrase, no phrase can be found.
  if (compact === null && !words.some((w) => FIRST_WORDS.has(w))) return null;
  let best: { kind: SectionKind; at: number; length: number; weak: boolean } | null = null;
  for (const phrase of PHRASE_LIST) {
    const at = indexOfWords(words, phrase.words);
    const found = at >= 0 ? at : compact !== null ? compact.indexOf(phrase.words.join("")) : -1;
    if (found < 0) continue;
    const better =
      !best ||
      (best.weak && !phrase.weak) ||
      (best.weak === phrase.weak && (found < best.at || (found === best.at && phrase.words.length > best.length)));
    if (better) best = { kind: phrase.kind, at: found, length: phrase.words.length, weak: phrase.weak };
  }
  if (!best) return null;
  // Names of places and organisations are not headings, whatever words they share with one.
  if (words.some((w) => ORGANISATION_WORDS.has(w))) return null;
  const covered = new Set<number>();
  for (const phrase of PHRASE_LIST) {
    const at = indexOfWords(words, phrase.words);
    if (at >= 0) phrase.words.forEach((_, i) => covered.add(at + i));
  }
  const extraWords = compact !== null ? 0 : words.filter((w, i) => !covered.has(i) && !FILLER.has(w)).length;
  // A weak word ("Technology", "Research") heads a section only on its own.
  if (best.weak && extraWords > 0) return null;
  // "Languages & Frameworks", "Languages and Tools": programming languages, so a list of skills.
  if (best.kind === "languages" && words.some((w) => TECHNICAL_WORDS.has(w))) return { kind: "skills", extraWords: 0 };
  return { kind: best.kind, extraWords };
}

/** Words that make "languages" beside them programming languages. */
const TECHNICAL_WORDS = new Set(["frameworks", "framework", "libraries", "tools", "technologies", "platforms", "databases", "software", "stack", "technical"]);

/** Every word any heading phrase uses, for splitting "WORKEXPERIENCE" back into "work experience". */
const HEADING_VOCABULARY = new Set([...PHRASE_LIST.flatMap((p) => p.words), ...FILLER]);

function splitRunTogether(word: string): string[] {
  for (let cut = 2; cut <= word.length - 2; cut++) {
    const [a, b] = [word.slice(0, cut), word.slice(cut)];
    if (HEADING_VOCABULARY.has(a) && HEADING_VOCABULARY.has(b) && a.length > 2 && b.length > 2) return [a, b];
  }
  return [word];
}

function indexOfWords(words: string[], phrase: string[]): number {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return i;
  }
  return -1;
}
