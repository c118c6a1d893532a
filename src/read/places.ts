// Places on a role's line: "Acme Corp   Seattle, WA", "Initech Berlin, Germany", "Remote". Extraction folds the
// gap between an organisation and its city into one space, so the city is taken off the end by its region.

const REGIONS = new Set(
  [
    // Countries
    "usa", "u.s.", "u.s.a.", "us", "united states", "uk", "u.k.", "united kingdom", "england", "scotland", "wales",
    "ireland", "canada", "mexico", "brazil", "argentina", "chile", "colombia", "peru", "germany", "france", "spain",
    "portugal", "italy", "netherlands", "the netherlands", "belgium", "luxembourg", "switzerland", "austria",
    "denmark", "norway", "sweden", "finland", "iceland", "poland", "czech republic", "czechia", "slovakia",
    "hungary", "romania", "bulgaria", "greece", "turkey", "ukraine", "russia", "estonia", "latvia", "lithuania",
    "serbia", "croatia", "slovenia", "israel", "egypt", "morocco", "nigeria", "kenya", "ghana", "south africa",
    "ethiopia", "india", "pakistan", "bangladesh", "sri lanka", "nepal", "china", "hong kong", "taiwan", "japan",
    "korea", "south korea", "s.korea", "singapore", "malaysia", "indonesia", "philippines", "vietnam", "thailand",
    "australia", "new zealand", "uae", "united arab emirates", "saudi arabia", "qatar", "iran", "iraq", "jordan",
    "lebanon",
    // US states
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "district of columbia", "d.c.",
    // Canadian provinces
    "ontario", "quebec", "québec", "british columbia", "alberta", "manitoba", "saskatchewan", "nova scotia",
    "new brunswick",
  ],
);

/** First words of cities of two or three words: "San Francisco", "New York", "Salt Lake City". */
const CITY_LEADS = new Set([
  "san", "santa", "los", "las", "new", "fort", "ft.", "saint", "st.", "el", "la", "le", "ann", "palo", "mountain",
  "menlo", "redwood", "long", "salt", "lake", "kansas", "oklahoma", "jersey", "baton", "grand", "cedar", "sioux",
  "des", "coral", "boca", "college", "rio", "buenos", "hong", "kuala", "tel", "são", "sao", "cape", "abu", "ho", "chi",
  "mexico", "north", "south", "east", "west", "virginia", "costa", "bay",
]);

const PLACE_WORD = /^(?:remote|hybrid|on-?site|worldwide|anywhere|greater\s.+|.+\s(?:area|region|metro))$/iu;

/** "WA", "Germany", "New York", "U.S.": a region that closes an address. */
export function isRegion(text: string): boolean {
  const t = text.trim();
  return /^[A-Z]{2}$/.test(t) || REGIONS.has(t.toLowerCase());
}

/** A phrase that is only a place: "Remote", "Greater Boston Area", "Seattle, WA", "Germany". */
export function isPlace(text: string): boolean {
  const t = text.trim();
  if (PLACE_WORD.test(t) || isRegion(t)) return true;
  const comma = /^([\p{Lu}][\p{L}.' -]{1,30}),\s*(.+)$/u.exec(t);
  return !!comma && comma[1]!.split(/\s+/).length <= 3 && isRegion(comma[2]!);
}

/** "Northwind Analytics Seattle" (before ", WA") → "Northwind Analytics"; a lone city gives "". */
export function withoutCity(text: string): string {
  const words = text.trim().split(/\s+/);
  words.pop();
  while (words.length > 0 && CITY_LEADS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.join(" ");
}
