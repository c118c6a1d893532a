import { describe, expect, it } from "vitest";
import { readLines } from "../../src/read/lines.js";
import { compileVocabulary, matchSkills } from "../../src/read/skills.js";
import type { Vocabulary } from "../../src/read/vocabulary.js";
import { bundledVocabulary, docOf } from "./helpers.js";

const idsIn = (text: string, vocabulary: Vocabulary = bundledVocabulary()): string[] =>
  matchSkills(readLines(docOf([text])), vocabulary).map((s) => s.id).sort();

// [line, ids that must be found, ids that must not]
const CASES: [string, string[], string[]][] = [
  ["Python, TensorFlow, PyTorch, scikit-learn", ["python", "tensorflow", "pytorch", "scikit-learn"], []],
  ["Used sklearn and Scikit Learn pipelines", ["scikit-learn"], []],
  ["Trained models with torch and PyTorch-Lightning", ["pytorch"], []],
  ["TensorFlow 2.x and tf.keras", ["tensorflow", "keras"], []],
  ["Python3 scripts", ["python"], []],
  ["C++, C#, C and Go", ["c++", "c#", "c", "go"], []],
  ["Built a Node.js API", ["node.js"], ["node"]],
  ["Golang microservices", ["go"], []],
  ["Statistics in R and RStudio", ["r"], []],
  ["Google Cloud Platform and Amazon Web Services", ["gcp", "aws"], []],
  ["Deployed on k8s with Docker", ["kubernetes", "docker"], []],
  ["CKAD certified", ["kubernetes"], []],
  ["Convolutional Neural Networks for imaging", ["cnn"], []],
  ["Recurrent neural networks and LSTMs", ["rnn", "lstm"], []],
  ["Fine-tuned Transformers from Hugging Face", ["transformer", "huggingface"], []],
  ["BERT and GPT-4 based retrieval", ["bert", "gpt", "transformer"], []],
  ["Shipped LLM features and large language models", ["llm", "transformer"], []],
  ["YOLOv8 and ResNet-50 detectors", ["yolo", "resnet", "cnn"], []],
  ["AWS SageMaker and EC2", ["sagemaker", "aws", "ec2"], []],
  ["BigQuery and Vertex AI", ["bigquery", "vertex-ai", "gcp"], []],
  ["PySpark jobs on Apache Spark and Hadoop", ["spark", "hadoop"], []],
  ["PostgreSQL and MySQL databases", ["postgresql", "mysql", "sql"], []],
  ["Microsoft Azure, Azure DevOps", ["azure"], []],
  ["MLflow, Kubeflow, Airflow", ["mlflow", "kubeflow", "airflow"], []],
  // Traps
  ["Designed the platform for data teams", [], ["tensorflow"]],
  ["Wrote HTML and CSS", ["html", "css"], ["machine-learning"]],
  ["ML engineer", ["machine-learning"], []],
  ["Worked with Bertrand on sales", [], ["bert", "transformer"]],
  ["Member of Lambda Pi Eta honor society", [], ["aws", "aws-lambda"]],
  ["Attention to detail", [], ["transformer"]],
  ["AWS Community Builder (Container)", ["aws"], ["docker"]],
  ["Managed NoSQL stores", ["nosql"], ["sql"]],
  ["Oracle Corporation, Austin", [], ["sql", "oracle-database"]],
  ["Handled enrollment and fulfillment", [], ["llm"]],
  ["Led R&D for the C-suite", [], ["r", "c"]],
  ["Go-to-market strategy", [], ["go"]],
  ["Go to market plan for the launch", [], ["go"]],
  ["Sparked interest in the program", [], ["spark"]],
  ["Reacted to incidents quickly", [], ["react"]],
  ["Excellent in Apache Flink", ["flink"], ["spark"]],
  ["Generated 40 SQLs per quarter", [], ["sql"]],
  ["TF-IDF features", [], ["tensorflow"]],
  ["Amazon Redshift warehouse", ["redshift", "aws"], ["sql"]],
  ["OpenCV face recognition", ["opencv"], ["cnn"]],
  ["Julia R. Smith, manager", [], ["r"]],
];

describe("matchSkills", () => {
  it.each(CASES)("%j", (text, present, absent) => {
    const ids = idsIn(text);
    for (const id of present) expect(ids, `${id} in ${text}`).toContain(id);
    for (const id of absent) expect(ids, `${id} not in ${text}`).not.toContain(id);
  });

  it("counts lines, keeps up to five as evidence, in order of first mention", () => {
    const lines = readLines(docOf(["Docker", "Python", ...Array.from({ length: 7 }, (_, i) => `Python job ${i + 1}`)]));
    const skills = matchSkills(lines, bundledVocabulary());
    expect(skills.map((s) => s.id)).toEqual(["docker", "python"]);
    const python = skills[1]!;
    expect(python.mentions).toBe(8);
    expect(python.evidence).toHaveLength(5);
    expect(python.evidence[0]).toEqual({ page: 1, line: 2, text: "Python" });
  });

  it("counts a line once however often it names the skill", () => {
    const [python] = matchSkills(readLines(docOf(["Python, python and PYTHON"])), bundledVocabulary());
    expect(python).toMatchObject({ id: "python", mentions: 1 });
  });

  it("skips the lines it is told to skip", () => {
    const lines = readLines(docOf(["Julia Jones", "Julia and Python"]));
    expect(matchSkills(lines, bundledVocabulary(), new Set([0])).find((s) => s.id === "julia")?.mentions).toBe(1);
  });

  it("honours exact spellings and is case-insensitive otherwise", () => {
    const vocabulary: Vocabulary = { skills: [{ id: "go", name: "Go", aliases: ["golang"], exact: ["Go"] }, { id: "python", name: "Python", aliases: [] }] };
    expect(idsIn("go to the store", vocabulary)).toEqual([]);
    expect(idsIn("Go and GOLANG and PYTHON", vocabulary)).toEqual(["go", "python"]);
  });
});

describe("compileVocabulary", () => {
  it("compiles once per vocabulary object", () => {
    const vocabulary = bundledVocabulary();
    expect(compileVocabulary(vocabulary)).toBe(compileVocabulary(vocabulary));
    expect(compileVocabulary({ skills: [...vocabulary.skills] })).not.toBe(compileVocabulary(vocabulary));
  });

  it("survives an empty or malformed vocabulary", () => {
    expect(matchSkills(readLines(docOf(["Python"])), { skills: [] })).toEqual([]);
    expect(matchSkills(readLines(docOf(["Python"])), { skills: [{ id: "", name: "", aliases: [] }] })).toEqual([]);
  });

  it("reads a thousand lines quickly", () => {
    const lines = readLines(docOf(Array.from({ length: 1000 }, (_, i) => `Built ${i} services in Python, Go, Kubernetes and PostgreSQL on AWS`)));
    const started = performance.now();
    const skills = matchSkills(lines, bundledVocabulary());
    expect(performance.now() - started).toBeLessThan(500);
    expect(skills.find((s) => s.id === "python")?.mentions).toBe(1000);
  });
});
