import { describe, expect, it } from "vitest";
import { DEGREE_PATTERNS, findDegreeMentions } from "../../src/read/degree-patterns.js";
import { SCHOOL_DEPENDENT_PATTERNS } from "../../src/read/engineering-degrees.js";
import { caseFold, requiredTextIn, type RequiredText } from "../../src/read/required-text.js";

const PATTERNS: readonly RequiredText[] = [...DEGREE_PATTERNS, ...SCHOOL_DEPENDENT_PATTERNS];

// Known matches, between them covering every alternative of every pattern (checked below).
const KNOWN_MATCHES: string[] = [
  // Doctorates
  "PhD", "Ph.D.", "Ph. D", "PHD", "phd", "pH.d.", "DPhil", "D.Phil.", "D. PHIL",
  "Doctor of Philosophy", "DOCTOR OF PHILOSOPHY", "Doctor in Physics", "Doctor's", "doctor degree", "Doctor programme",
  "Doctorate", "DOCTORATE", "Doctoral candidate", "Doctoral studies",
  "Sc.D.", "Ed.D.", "Eng. D.", "Dr.-Ing.", "Dr. rer. nat.", "Dr phil", "Dr-sc",
  "J.D.", "Juris Doctor", "M.D.", "JD, Law", "MD (Internal Medicine)",
  "Doktor", "Doctorat", "Doctorado", "Dottorato", "DOUTORADO", "All But Dissertation", "all-but-dissertation", "ABD",
  // Masters
  "M.S.", "M.S", "M.Sc.", "M.S.E.", "MSc", "M.Sc", "M. Sc", "Msc", "MS in Statistics", "MSCS, 2019", "MSc Physics",
  "MEng", "M.Eng.", "M Eng", "M.Tech", "MTech", "M Tech", "MBA", "M.B.A.", "MPhil", "M.Phil", "M Phil", "M.A.", "M.A.Sc.",
  "MASc", "MRes", "M.Res", "MPH", "M.P.H.", "M.P.A.", "MPA", "MFA", "M.F.A.", "MEd", "M.Ed.", "MCA", "M.C.A.", "LL.M.",
  "LL.M in Law", "M.E.", "MSt", "MArch", "M.Arch", "MA in History", "MA, English",
  "Master of Science", "MASTER OF ARTS", "master of Engineering", "Masters in Data Science", "Master's", "Master degree",
  "Master programme", "Masters, Computer Science", "MASTER", "Master",
  "Magister", "Diplom", "Dipl.-Ing.", "Dipl.- Inf", "Laurea Magistrale", "Laurea Specialistica", "Máster Universitario",
  "MASTER UNIVERSITARIO", "Maestría", "Maestria", "Mestrado", "Diplôme d'ingénieur", "DIPLOME D’INGENIEUR",
  "Ingénieur diplômé", "INGENIEUR DIPLOME", "Titre d'ingénieur", "Ingénieur d'état", "Ingenieur d’Etat",
  "State Engineering Degree", "State Engineer Diploma", "Civilingenjör", "Civilingeniør", "Sivilingeniør", "Sivilingenjør",
  "Ingeniero Superior", "Ingeniería Superior", "mgr inż.", "Mgr. inz", "Engineer's Degree", "Engineers Diploma",
  "Laurea a ciclo unico", "Laurea Magistrale a ciclo unico", "Laurea quinquennale", "Máster en Ingeniería",
  "Master em Computação", "Máster", "MÁSTER",
  "Ingénieur civil", "Master 2", "Master II", "D.E.A.", "DEA", "D.E.S.S.", "DESS",
  // Bachelors
  "B.S.", "B. S.", "B.Sc.", "B.S.E.", "BSc", "B.Sc", "Bsc", "B.A.", "B.Tech", "BTech", "B Tech", "B.E.", "BEng", "B.Eng",
  "B Eng", "BBA", "B.B.A.", "BCom", "B.Com", "BFA", "B.F.A.", "BASc", "BArch", "B.Arch", "LLB", "LL.B.", "A.B.", "S.B.",
  "BS in Biology", "BSc Physics", "BSCS, 2018", "BA, History", "BE in Mechanical", "BCA (Computer Applications)", "BCS: Computing",
  "Bachelor of Science", "BACHELOR OF ENGINEERING", "Bachelors in Economics", "Bachelor's", "bachelor degree",
  "Undergraduate Degree", "UNDERGRADUATE degree", "Bachelors, Economics", "BACHELOR",
  "Honours degree", "Honors Degree", "HONOURS DEGREE",
  "Licenciatura", "Laurea", "Laurea Triennale", "Grado en Física", "Licence en Informatique", "Licence professionnelle",
  "Dipl.-Ing. (FH)", "Dipl.-Inform. (FH)", "Diplom (FH)", "Diplom-Informatiker (FH)",
  "Ingeniero Técnico", "Ingeniera Tecnica", "Inżynier", "Inzynier", "Bacharelado", "Bacharel em", "Ingeniero en Sistemas",
  "Ingeniera de Software",
  // Associates
  "Associate of Science", "Associate's in Applied Science", "Associates of General Studies", "Associate degree", "A.A.S.",
  "A.A.", "A.S.", "Foundation Degree",
  // Engineering degrees whose level depends on the school
  "Engineering degree", "ENGINEERING DEGREE", "engineering Degree", "Degree in Computer Engineering", "degree in engineering",
  "Engineering Diploma", "engineering diploma", "ENGINEERING DIPLOMA",
  // Letters that a case-insensitive Unicode regex takes for ASCII ones: the long s and the Kelvin sign.
  "Aſſociate degree", "Do\u212Ator", "HONOURſ DEGREE", "Magiſter", "Maſter Universitario",
];

/** The parts of a regex source separated by `|` outside any group or class. */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, source.slice(start)];
}

describe("the text every degree pattern needs", () => {
  it.each(PATTERNS.map((pattern, i) => [i, pattern] as const))("pattern %i: every known match holds some of its needs", (_, pattern) => {
    let matches = 0;
    for (const text of KNOWN_MATCHES) {
      for (const m of text.matchAll(pattern.re)) {
        matches++;
        expect(requiredTextIn(m[0])(pattern), `${JSON.stringify(m[0])} in ${JSON.stringify(text)}`).toBe(true);
        expect(requiredTextIn(text)(pattern), JSON.stringify(text)).toBe(true);
      }
    }
    expect(matches).toBeGreaterThan(0);
  });

  it.each(PATTERNS.map((pattern, i) => [i, pattern] as const))("pattern %i: each alternative has a known match", (_, pattern) => {
    for (const alternative of topLevelAlternatives(pattern.re.source)) {
      const re = new RegExp(alternative, pattern.re.flags.replace("g", ""));
      expect(KNOWN_MATCHES.some((text) => re.test(text)), alternative).toBe(true);
    }
  });

  it("writes the needs of case-insensitive patterns in lower case", () => {
    for (const pattern of PATTERNS) {
      expect(pattern.needs.length).toBeGreaterThan(0);
      if (pattern.re.ignoreCase) for (const needle of pattern.needs) expect(caseFold(needle)).toBe(needle);
    }
  });

  it("folds every character that a case-insensitive regex takes for a needed letter into exactly that letter", () => {
    const needed = [...new Set(PATTERNS.filter((p) => p.re.ignoreCase).flatMap((p) => [...p.needs.join("")]))];
    const escape = (c: string): string => c.replace(/[\\\]\[^-]/u, "\\$&");
    const anyNeeded = new RegExp(`^[${needed.map(escape).join("")}]$`, "iu");
    let candidates = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (!anyNeeded.test(ch)) continue;
      candidates++;
      for (const letter of needed) if (new RegExp(`^[${escape(letter)}]$`, "iu").test(ch)) expect(caseFold(ch), `U+${cp.toString(16)}`).toBe(letter);
    }
    expect(candidates).toBeGreaterThan(needed.length); // upper-case forms, "ſ" and "K" among them
    expect(caseFold("\u017F\u212A")).toBe("sk");
  });

  it("finds degrees written with the long s or the Kelvin sign", () => {
    expect(findDegreeMentions("Aſſociate degree, 2012", true).map((m) => m.level)).toEqual(["associate"]);
    expect(findDegreeMentions("Do\u212Ator der Informatik", true).map((m) => m.level)).toEqual(["phd"]);
  });

  it("runs no pattern on a line that holds none of the needed text", () => {
    const mayMatch = requiredTextIn("Led a team of five building payment services for retail clients");
    expect(PATTERNS.filter(mayMatch)).toEqual([]);
  });
});
