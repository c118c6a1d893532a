// Rates per group and how they compare: the impact ratio against the group with the highest rate, the four-fifths
// flag, Fisher's exact test against the rest, and the 2% small-group mark. The same arithmetic serves selection
// (selected or not) and each rubric check (passed or not).
import { fisherExactTwoSided } from "./stats.js";

export interface Tally {
  group: string;
  count: number;
  /** Selected, or passed the check. */
  hits: number;
  /** Scored above the batch median. */
  above: number;
}

export interface GroupRates extends Tally {
  rate: number;
  aboveRate: number;
  impactRatio: number | null;
  fourFifths: boolean;
  pValue: number | null;
  excludable: boolean;
}

export interface Comparison {
  groups: GroupRates[];
  /** The group with the highest rate (the first in order on a tie); undefined when there are no groups. */
  reference: GroupRates | undefined;
}

// LL144 lets an auditor leave out of impact-ratio calculations a category under 2% of the data: 1/50.
const SMALL_GROUP_SHARE_DENOMINATOR = 50;

/** `tallies` in display order; every comparison below uses whole counts, so ties and the 0.8 line are exact. */
export function compareGroups(tallies: readonly Tally[]): Comparison {
  const known = tallies.reduce((sum, t) => sum + t.count, 0);
  const totalHits = tallies.reduce((sum, t) => sum + t.hits, 0);
  const best = tallies.reduce<Tally | undefined>(
    (top, t) => (top === undefined || t.hits * top.count > top.hits * t.count ? t : top),
    undefined,
  );
  const groups = tallies.map((t): GroupRates => {
    const others = known - t.count;
    const othersHit = totalHits - t.hits;
    const comparable = best !== undefined && best.hits > 0;
    return {
      ...t,
      rate: t.hits / t.count,
      aboveRate: t.above / t.count,
      impactRatio: comparable ? (t.hits * best.count) / (t.count * best.hits) : null,
      // ratio < 4/5 ⇔ 5·hits·bestCount < 4·bestHits·count, free of floating-point doubt at exactly 0.8.
      fourFifths: comparable && 5 * t.hits * best.count < 4 * best.hits * t.count,
      pValue: others === 0 ? null : fisherExactTwoSided(t.hits, t.count - t.hits, othersHit, others - othersHit),
      excludable: t.count * SMALL_GROUP_SHARE_DENOMINATOR < known,
    };
  });
  return { groups, reference: best === undefined ? undefined : groups[tallies.indexOf(best)] };
}
