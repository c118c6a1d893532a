// Month and season names as résumés write them, in the languages where the cost is one table row.

/** Month number (1–12) for each spelling, lower case, without a trailing period. */
const MONTH_SPELLINGS: Record<number, string[]> = {
  1: ["january", "jan", "janv", "janvier", "januar", "jänner", "jän", "enero", "ene", "gennaio", "gen", "janeiro", "januari"],
  2: ["february", "feb", "febr", "février", "fevrier", "févr", "fevr", "fév", "fev", "februar", "febrero", "febbraio", "fevereiro", "februari"],
  3: ["march", "mar", "mars", "märz", "maerz", "mär", "marzo", "março", "marco", "maart", "mrt", "marts"],
  4: ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
  5: ["may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj"],
  6: ["june", "jun", "juin", "juni", "junio", "giugno", "giu", "junho"],
  7: ["july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho"],
  8: ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti"],
  9: ["september", "sept", "sep", "septembre", "septiembre", "setiembre", "settembre", "setembro"],
  10: ["october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro"],
  11: ["november", "nov", "novembre", "noviembre", "novembro"],
  12: ["december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro", "desember"],
};

export const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  Object.entries(MONTH_SPELLINGS).flatMap(([month, names]) => names.map((n) => [n, Number(month)] as const)),
);

/** Longest first, so that "sept" wins over "sep" inside one alternation. */
export const MONTH_NAMES_PATTERN = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join("|");

/** A season covers these months: the first when it starts a range, the last when it ends one. */
const SEASON_SPELLINGS: Array<[string[], { first: number; last: number }]> = [
  [["spring", "printemps", "frühling", "frühjahr", "primavera", "lente", "voorjaar", "vår"], { first: 3, last: 5 }],
  [["summer", "été", "ete", "sommer", "verano", "verão", "verao", "zomer"], { first: 6, last: 8 }],
  [["fall", "autumn", "automne", "herbst", "otoño", "otono", "autunno", "outono", "herfst", "najaar", "höst"], { first: 9, last: 12 }],
  [["winter", "hiver", "invierno", "inverno", "vinter"], { first: 1, last: 3 }],
];
export const SEASONS: ReadonlyMap<string, { first: number; last: number }> = new Map(
  SEASON_SPELLINGS.flatMap(([names, months]) => names.map((name) => [name, months] as const)),
);

export const SEASON_NAMES_PATTERN = [...SEASONS.keys()].sort((a, b) => b.length - a.length).join("|");

/** Words that mean "until now" at the end of a range. */
export const PRESENT_PATTERN = [
  "present",
  "pres\\.",
  "current(?:ly)?",
  "now",
  "today",
  "to\\s+date",
  "till\\s+(?:date|now)",
  "until\\s+now",
  "ongoing",
  "date",
  "heute",
  "aujourd['’]hui",
  "présent",
  "actuel(?:lement)?",
  "actualidad",
  "presente",
  "atual",
  "oggi",
  "heden",
].join("|");
