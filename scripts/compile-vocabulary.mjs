// Build step: parses rubrics/skills.yaml once into dist/skills.json, so a run need not parse YAML to start.
// The runtime uses the compiled copy only when its hash matches the YAML beside it (an edited vocabulary is
// parsed afresh), so the YAML stays the one source of truth.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { parseVocabulary } from "../dist/read/vocabulary-load.js";

const text = readFileSync(new URL("../rubrics/skills.yaml", import.meta.url), "utf8");
const sha256 = createHash("sha256").update(text).digest("hex");
writeFileSync(new URL("../dist/skills.json", import.meta.url), JSON.stringify({ sha256, vocabulary: parseVocabulary(text) }));
