// A small fictional batch for the golden outputs: twelve scored résumés and one unreadable file, with the
// employer's self-reported groups for eleven of them (one person is missing from the file, one preferred not to say).
import { buildReport, csv, type Spec } from "./helpers.js";

const people: [file: string, score: number, meets: boolean, degree: boolean, years: boolean, sex: string, race: string][] = [
  ["resumes/adaeze-okafor.pdf", 91.5, true, true, true, "Female", "Black or African American"],
  ["resumes/bruno-salgado.docx", 88, true, true, true, "Male", "Hispanic or Latino"],
  ["resumes/chen-wei.pdf", 84.2, true, true, true, "Male", "Asian"],
  ["resumes/dmitri-volkov.pdf", 79, true, true, false, "Male", "White"],
  ["resumes/eleanor-hughes.pdf", 75.5, true, true, true, "Female", "White"],
  ["resumes/farah-haddad.pdf", 71, false, false, true, "Female", "White"],
  ["resumes/gustavo-ortiz.pdf", 66.4, true, true, false, "Male", "Hispanic or Latino"],
  ["resumes/hana-sato.docx", 62, false, false, true, "Female", "Asian"],
  ["resumes/isaac-mensah.pdf", 58.3, false, false, false, "Male", "Black or African American"],
  ["resumes/julia-nowak.pdf", 51, false, false, false, "Female", "prefer not to say"],
  ["resumes/kofi-boateng.pdf", 44.7, false, true, false, "Male", "Black or African American"],
  ["resumes/lucia-ferraro.pdf", 39, false, false, false, "", ""],
];

const specs: Spec[] = people.map(([file, score, meets, degree, years]) => ({ file, score, meets, passed: { degree, "ml-years": years } }));

export const SAMPLE_REPORT = buildReport(specs, ["resumes/scanned-letter.pdf"]);

export const SAMPLE_GROUPS = csv(
  ["file", "sex", "race_ethnicity"],
  people.filter(([file]) => file !== "resumes/lucia-ferraro.pdf").map(([file, , , , , sex, race]) => [file, sex, race]),
);
