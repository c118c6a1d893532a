// Rules about one check that span several keys, applied after each key has been read on its own.
import type { ReadObject } from "./validate-node.js";

export interface RuleSink {
  error(offset: number, message: string): void;
  warning(offset: number, message: string): void;
}

/** `values` holds the check's valid keys with defaults filled in. */
export function applyCheckRules(read: ReadObject, prefix: string, sink: RuleSink): void {
  const { values, offsets } = read;
  if (values.bonus === true && values.required === true) {
    sink.error(offsets.bonus ?? read.start, `${prefix}a bonus check only adds credit, so it cannot also be required`);
  }
  if (values.required === true && values.weight === 0) {
    sink.warning(offsets.weight ?? read.start, `${prefix}required check with weight 0: it can knock candidates out but adds nothing to the score`);
  }
  const list = (values.kind === "skills" ? values.any : values.kind === "keywords" ? values.any : undefined) as string[] | undefined;
  if (list !== undefined && typeof values.min === "number" && values.min > list.length) {
    sink.error(
      offsets.min ?? read.start,
      `${prefix}min is ${values.min} but any lists only ${list.length}; no résumé could earn full credit`,
    );
  }
  if (values.kind === "skills" && values.all !== undefined && offsets.min !== undefined) {
    sink.warning(offsets.min, `${prefix}min has no effect with all: every listed skill is needed`);
  }
}
