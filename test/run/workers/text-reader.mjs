// A reader for plain text: each line of the file becomes a line of the Resume, so a test can tell exactly
// which bytes a Resume was read from.
import { parentPort } from "node:worker_threads";

parentPort.on("message", ({ id, bytes }) => {
  const text = new TextDecoder().decode(bytes);
  const lines = text.split("\n").filter(Boolean).map((line, index) => ({ page: 1, line: index + 1, text: line, section: "other" }));
  const value = { format: "text", pages: 1, lines, sections: [], contact: { links: [], evidence: [] }, degrees: [], periods: [], skills: [], warnings: [], hidden: [] };
  parentPort.postMessage({ id, json: JSON.stringify({ ok: true, value }) });
});
