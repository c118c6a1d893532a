// Keyword stuffing: a dump of skill names, or one name over and over, is flagged with the page, line and an
// excerpt, and counts as one mention; the skills sections real résumés write are never flagged.
import { describe, expect, it } from "vitest";
import { readResume } from "../../src/read/index.js";
import { detectStuffing, MAX_BLOCK_TERMS } from "../../src/read/stuffing.js";
import { readLines } from "../../src/read/lines.js";
import { bundledVocabulary, docOf } from "./helpers.js";

/** A fictional data analyst: Python, SQL and Tableau in context, and a skills section by category. */
const RESUME = [
  "Marit Olsen",
  "Data Analyst · Oslo · marit.olsen@example.com",
  "EXPERIENCE",
  "Data Analyst, Nordlys Retail AS Jan 2021 – Present",
  "• Built weekly sales dashboards in SQL and Tableau for 40 stores.",
  "• Automated the stock report in Python, saving a day a month.",
  "EDUCATION",
  "B.Sc. in Economics, University of Oslo, 2020",
  "SKILLS",
  "Languages: Python, SQL, R",
  "Tools: Tableau, Excel, Git, Docker",
];

const POSTING_TERMS =
  "Python TensorFlow PyTorch Keras scikit-learn AWS GCP Azure Spark Hadoop Kubernetes Docker CNN RNN LSTM Transformer NLP Computer Vision Deep Learning Machine Learning";
const DUMP = `${POSTING_TERMS} ${POSTING_TERMS} ${POSTING_TERMS}`; // 60 terms

const read = (lines: string[]) => readResume(docOf(lines), bundledVocabulary());
const stuffingOf = (lines: string[]) => read(lines).warnings.filter((w) => w.code === "KEYWORD_STUFFING");
const mentions = (lines: string[]) => Object.fromEntries(read(lines).skills.map((s) => [s.id, s.mentions]));

describe("keyword stuffing", () => {
  it("flags a block of bare keywords with page, line and an excerpt, and counts each skill in it once", () => {
    const lines = [...RESUME, DUMP];
    const [warning, ...others] = stuffingOf(lines);
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ code: "KEYWORD_STUFFING", page: 1, line: 12 });
    expect(warning!.text).toMatch(/^Python TensorFlow PyTorch Keras/);
    expect(warning!.text!.length).toBeLessThanOrEqual(120);
    expect(warning!.message).toMatch(/^Keyword stuffing: 60 skill keywords listed with no context \(page 1, line 12\); each skill there counts as one mention/);
    const counted = mentions(lines);
    // Python: the bullet and the skills line, plus one for the dump; TensorFlow: the dump, once.
    expect(counted).toMatchObject({ python: 3, tensorflow: 1, pytorch: 1, kubernetes: 1, "deep-learning": 1 });
  });

  it("flags the same dump when a PDF wraps it over several lines, once", () => {
    const words = DUMP.split(" ");
    const wrapped = Array.from({ length: 5 }, (_, i) => words.slice(i * 14, (i + 1) * 14).join(" ")).filter(Boolean);
    const warnings = stuffingOf([...RESUME, ...wrapped]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/\(page 1, lines 12–16\)/);
  });

  it.each([
    ["one term repeated on one line", ["Python Python Python Python Python Python"], /"python" listed 6 times in a row \(page 1, line 12\)/],
    ["one term as bare lines all through the résumé", Array.from({ length: 30 }, (_, i) => (i % 2 ? "Python" : `• Cleaned export ${i} for the finance team`)), /"python" listed 16 times as a bare keyword/],
  ])("flags %s", (_what, extra, message) => {
    const lines = [...RESUME, ...extra];
    const warnings = stuffingOf(lines);
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(message)]);
    expect(mentions(lines).python).toBeLessThanOrEqual(3);
  });

  it.each([
    ["a skills section by category, 48 terms in all", [
      "Languages: Python, SQL, R, Scala, Java, Go, Bash, C++",
      "ML: TensorFlow, PyTorch, Keras, scikit-learn, XGBoost, pandas, NumPy, SciPy",
      "Cloud: AWS, GCP, Azure, SageMaker, BigQuery, Redshift, Snowflake, Databricks",
      "Data: Spark, Hadoop, Kafka, Airflow, dbt, PostgreSQL, MySQL, MongoDB",
      "Ops: Docker, Kubernetes, Terraform, Jenkins, Git, Linux, MLflow, Grafana",
      "Methods: CNN, RNN, LSTM, Transformer, NLP, Computer Vision, Deep Learning, Machine Learning",
    ]],
    ["one unlabelled line of 35 skills", [
      "Python, SQL, R, Tableau, Excel, Git, Docker, AWS, GCP, Spark, Hadoop, Kubernetes, TensorFlow, PyTorch, Keras, scikit-learn, pandas, NumPy, Airflow, dbt, Snowflake, BigQuery, Redshift, Kafka, Flask, Django, FastAPI, Linux, Bash, Jira, PostgreSQL, MySQL, MongoDB, Redis, Terraform",
    ]],
    ["AWS services named one by one", ["Cloud: AWS EC2, AWS S3, AWS Lambda, AWS RDS, AWS Glue, AWS SageMaker"]],
    ["Python in every bullet of a long career", Array.from({ length: 14 }, (_, i) => `• Shipped release ${i + 1} of the forecasting service in Python and SQL`)],
    ["a tools list under every job, React in each", Array.from({ length: 9 }, (_, i) => [`Frontend Engineer, Studio ${i + 1} 2015 – 2016`, "• React", "• TypeScript"]).flat()],
  ])("does not flag %s", (_what, extra) => {
    expect(stuffingOf([...RESUME, ...extra])).toEqual([]);
  });

  it("puts the line between a skills list and a dump at more than 40 terms", () => {
    const terms = DUMP.split(" ").filter((t) => !["Computer", "Vision", "Deep", "Learning", "Machine"].includes(t));
    const vocabulary = bundledVocabulary();
    const at = (n: number) => detectStuffing(readLines(docOf([terms.slice(0, n).join(", ")])), vocabulary).warnings.length;
    expect(at(MAX_BLOCK_TERMS)).toBe(0);
    expect(at(MAX_BLOCK_TERMS + 1)).toBe(1);
  });
});
