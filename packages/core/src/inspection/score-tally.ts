import type { CompiledItem, CompiledScorecard } from '../scorecard/compiled-scorecard.js';
import type { Severity } from '../scorecard/scorecard-schema.js';

/**
 * The score of one call as its items are marked, the one rule for the automatic inspection and for
 * a reviewer's result: deductions, A/B/C class counts, fatal items, and the points of N/A items
 * (which the scorecard's N/A policy may take out of the maximum).
 */
export class ScoreTally {
  private deducted = 0;
  private naPoints = 0;
  private fatalFailed = false;
  private readonly classCounts: Record<Severity, number> = { A: 0, B: 0, C: 0 };

  /** An item failed: its points are deducted and it counts in its class (and fails the call if fatal). */
  deduct(item: Pick<CompiledItem, 'severity' | 'fatal'>, points: number): void {
    this.deducted += points;
    this.classCounts[item.severity]++;
    if (item.fatal) this.fatalFailed = true;
  }

  notApplicable(item: Pick<CompiledItem, 'points'>): void {
    this.naPoints += item.points;
  }

  result(scorecard: Pick<CompiledScorecard, 'maxScore' | 'passScore' | 'naPolicy'>): {
    score: number;
    maxScore: number;
    passScore: number;
    passed: boolean;
    fatalFailed: boolean;
    classCounts: Record<Severity, number>;
  } {
    const max = scorecard.maxScore;
    const score =
      scorecard.naPolicy === 'exclude' && this.naPoints < max
        ? round2(((max - this.naPoints - this.deducted) / (max - this.naPoints)) * max)
        : round2(max - this.deducted);
    return {
      score,
      maxScore: max,
      passScore: scorecard.passScore,
      passed: !this.fatalFailed && score >= scorecard.passScore,
      fatalFailed: this.fatalFailed,
      classCounts: this.classCounts,
    };
  }
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
