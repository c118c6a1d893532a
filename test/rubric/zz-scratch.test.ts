import { it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { outlinePosting } from "../../src/rubric/draft-outline.js";
it("s", () => {
  for (const f of readdirSync("test/rubric/postings")) {
    const o = outlinePosting(readFileSync("test/rubric/postings/" + f, "utf8"));
    console.log(f, o.title); for (const u of o.units) console.log("  ", u.role.padEnd(12), u.text);
  }
});
