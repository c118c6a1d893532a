import { describe, expect, it } from "vitest";
import { buildSpellingScanner } from "../../src/read/spelling-scanner.js";
import { compileVocabulary } from "../../src/read/skills.js";
import { bundledVocabulary } from "./helpers.js";

const found = (spellings: string[], caseless: boolean, text: string): string[] => {
  const spans = buildSpellingScanner(spellings, caseless).scan(text);
  const out: string[] = [];
  for (let i = 0; i < spans.length; i += 2) out.push(text.slice(spans[i], spans[i + 1]));
  return out;
};

// [spellings, caseless, text, what is found, left to right]
const CASES: [string[], boolean, string, string[]][] = [
  // The longest spelling at a place wins.
  [["node", "node.js"], true, "Built a Node.js API on node", ["Node.js", "node"]],
  [["gpt 4", "gpt"], true, "GPT-4o GPT-4 GPT4", ["GPT", "GPT-4", "GPT4"]],
  // A longer spelling whose right boundary fails gives way to a shorter one at the same place.
  [["ab c", "ab"], true, "ab cd", ["ab"]],
  [["java", "java se"], true, "Java SE8 java-se java", ["Java", "java-se", "java"]],
  [["go", "golang"], true, "golangx go", ["go"]],
  // Versions follow a name of four letters or more; the longest that leaves a boundary is taken.
  [["python"], true, "Python3.11, python3.x, Python3.11x and PYTHON 3", ["Python3.11", "python3", "Python3", "PYTHON"]],
  [["bert"], true, "Bertrand BERT bert2 BERT's", ["BERT", "bert2", "BERT"]],
  [["tf"], true, "platform TF-IDF tf tf2", ["TF", "tf"]],
  [["tensorflow", "tensorflow 2"], true, "TensorFlow 2.x TensorFlow2.15 tensorflow-2", ["TensorFlow 2", "TensorFlow2", "tensorflow-2"]],
  // "+" and "#" belong to the name before them.
  [["c", "c++", "c#"], true, "C, C++ and C#; c+ c++11", ["C", "C++", "C#"]],
  // Between words: spaces, hyphens, underscores, any mix, or nothing.
  [["scikit learn"], true, "scikit-learn, scikit_learn, scikitlearn, scikit -_ learn, scikit.learn", ["scikit-learn", "scikit_learn", "scikitlearn", "scikit -_ learn"]],
  // Word boundaries are Unicode-aware, astral letters included.
  [["python"], true, "éPython 𝐀Python Python𝐀 _Python 1Python (Python)", ["Python"]],
  // Case folds as a /iu expression folds it: simple folding (ẞ is ß, K is K, ſ is s), never SS for ß.
  [["straße"], true, "STRASSE Straße STRAẞE", ["Straße", "STRAẞE"]],
  [["kafka"], true, "\u212Aafka", ["\u212Aafka"]],
  [["scala"], true, "ſcala", ["ſcala"]],
  // Exact-case spellings keep their case.
  [["Go"], false, "Go go GO Go-to", ["Go", "Go"]],
  // U+0345 folds to a Greek letter, so it is a word character to a caseless expression only.
  [["python"], true, "\u0345Python", []],
  [["Python"], false, "\u0345Python", ["Python"]],
  [[], true, "Python", []],
];

describe("buildSpellingScanner", () => {
  it.each(CASES)("%j (caseless %s) in %j", (spellings, caseless, text, expected) => {
    expect(found(spellings, caseless, text)).toEqual(expected);
  });

  it("gives offsets into the text, surrogate pairs counted as two", () => {
    expect(buildSpellingScanner(["go"], true).scan("😀 go, go")).toEqual([3, 5, 7, 9]);
  });
});

// The expression the scanner stands in for, built as the vocabulary's spellings once were.
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function reference(spellings: Iterable<string>, caseless: boolean): RegExp {
  const sorted = [...spellings].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const body = sorted.map((s) => s.trim().split(/[\s_-]+/).map(escape).join("[\\s_-]*")).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?:(?<=\\p{L}{4})\\d+(?:\\.\\d+)*)?(?![\\p{L}\\p{N}_]|[+#])`, caseless ? "giu" : "gu");
}

const LINES = [
  "Python, TensorFlow 2.x, PyTorch, scikit-learn, C++, C#, .NET, Node.js and R",
  "Led R&D for the C-suite; Go-to-market; Go live; Julia R. Smith",
  "Designed the platform; worked with Bertrand; Wrote HTML5 and CSS3",
  "Python3.11 · python_3 · PYTHON-3 · Python 3.11x · TF2 · tf.keras · TF-IDF",
  "k8s, CKAD, AWS SageMaker, EC2, S3, GPT-4o, llama-2, YOLOv8, ResNet-50",
  "Skills: Spark, SPARK, spark, PySpark; Tools: Git, GitHub, GitLab CI",
  "ſcala \u212Aafka STRAẞE éPython 𝐀Python Python😀 \u0345ML ML\u0345 CI/CD ci/cd W&B",
  "machine\u00a0learning, deep\u2009learning, time_series, data--science, ml ops",
];

describe("the scanner against the expression it stands in for", () => {
  const compiled = compileVocabulary(bundledVocabulary());
  it.each([
    ["caseless", compiled.caselessIds, compiled.caseless, true],
    ["exact-case", compiled.exactIds, compiled.exact, false],
  ] as const)("%s spellings", (_, ids, scanner, caseless) => {
    const expression = reference(ids.keys(), caseless);
    for (const line of LINES) {
      const expected = [...line.matchAll(expression)].flatMap((m) => [m.index, m.index + m[0].length]);
      expect(scanner?.scan(line), line).toEqual(expected);
    }
  });
});
