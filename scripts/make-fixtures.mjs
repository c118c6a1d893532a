#!/usr/bin/env node
// Writes the fictional résumés in fixtures/resumes/ and the facts a correct reader must take from them,
// fixtures/resumes.facts.json. The output is byte-identical on every run; the files are committed, so this only
// needs to run when a fixture changes. See fixtures/README.md for the years convention and font requirements.
import { mkdir, writeFile } from "node:fs/promises";
import { PEOPLE } from "./fixtures/people/index.mjs";
import { renderers } from "./fixtures/renderers.mjs";
import { buildFacts, formatFacts } from "./fixtures/facts.mjs";
import { writeFormatFixtures } from "./fixtures/formats/index.mjs";

const fixturesDir = new URL("../fixtures/", import.meta.url);
const resumesDir = new URL("resumes/", fixturesDir);

async function main() {
  await mkdir(resumesDir, { recursive: true });
  const facts = {};
  for (const person of PEOPLE) {
    for (const fixture of person.fixtures) {
      if (facts[fixture.file]) throw new Error(`two fixtures write ${fixture.file}`);
      const bytes = await fixture.render(renderers);
      facts[fixture.file] = buildFacts(fixture, person.resume);
      if (bytes === null) {
        console.warn(`${fixture.file.padEnd(28)} kept as committed: this machine lacks what it needs (see README)`);
        continue;
      }
      await writeFile(new URL(fixture.file, resumesDir), bytes);
      console.log(`${fixture.file.padEnd(28)} ${String(bytes.length).padStart(7)} bytes`);
    }
  }
  await writeFile(new URL("resumes.facts.json", fixturesDir), formatFacts(facts));
  await writeFormatFixtures(fixturesDir);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
