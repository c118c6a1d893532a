#!/usr/bin/env node
// node bench/warm-floor.mjs <cache-dir>: the least a warm run has to do, as a baseline for it. It reads every
// résumé a cold run left in the cache folder, parses it and prints it back as pretty JSON, streamed the way
// the JSON reporter streams (13.5 MB for the default 1,000 files; their report is 14.5 MB). Of shortlist it
// loads only the module that knows the cache's file layout; it looks at no résumé file, runs no check and
// ranks nothing. A warm run has to read the cached résumés back, since a changed rubric may ask anything of
// their lines, and print its report; so it cannot be faster than this, however it is built, unless it caches
// rendered report text instead.
import { closeSync, openSync, readdirSync, readFileSync, readSync, writeSync } from "node:fs";
import { join } from "node:path";
import { entriesPath, indexEntries, indexPath, packNames } from "../dist/run/pack-files.js";

const packs = join(process.argv[2], "packs");
const FLUSH_AT = 1 << 20;
let waiting = [];
let waitingLength = 0;
let printed = 0;
const flush = () => {
  const text = waiting.join("");
  writeSync(1, text);
  printed += text.length;
  waiting = [];
  waitingLength = 0;
};

for (const fingerprint of readdirSync(packs).sort()) {
  const folder = join(packs, fingerprint);
  for (const pack of packNames(folder)) {
    const fd = openSync(entriesPath(folder, pack));
    for (const { offset, length } of indexEntries(readFileSync(indexPath(folder, pack), "latin1"))) {
      const bytes = Buffer.allocUnsafe(length);
      readSync(fd, bytes, 0, length, offset);
      const text = JSON.stringify(JSON.parse(bytes.latin1Slice(0, length)).value, null, 2);
      waiting.push(text, ",\n");
      waitingLength += text.length;
      if (waitingLength >= FLUSH_AT) flush();
    }
    closeSync(fd);
  }
}
flush();
process.stderr.write(`${printed} characters printed\n`);
