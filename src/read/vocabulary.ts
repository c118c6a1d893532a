// The skills vocabulary (rubrics/skills.yaml): canonical ids and the ways résumés write them.

export interface SkillDef {
  /** Canonical id: lower case, hyphenated ("scikit-learn"). */
  id: string;
  /** Display name ("scikit-learn"). */
  name: string;
  /** Other spellings, matched on token boundaries ("sklearn", "scikit learn"). */
  aliases: string[];
  /** Spellings matched only with this exact case (ambiguous short words: "Go", "R", "TF"). */
  exact?: string[];
  /** Grouping for drafts and reports: language, framework, cloud, data, ml-concept, tool, … */
  category?: string;
  /**
   * Skills that a mention of this one also shows: SageMaker is AWS, PostgreSQL is SQL, BERT is a transformer.
   * Each implied id is reported with the same evidence lines.
   */
  implies?: string[];
}

export interface Vocabulary {
  skills: SkillDef[];
}
