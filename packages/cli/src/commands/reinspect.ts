import {
  type CompiledScorecard,
  compileScorecard,
  diffEvaluations,
  type Evaluation,
  type EvaluationBefore,
  inspectCall,
  type ReinspectedCall,
} from '@callqa/core';
import {
  evaluationChecks,
  iterateCalls,
  latestEvaluations,
  listScorecards,
  type Store,
  saveEvaluations,
  saveScorecard,
} from '@callqa/store';
import { CliError } from './cli-error.js';
import { resolveScorecard } from './resolve-scorecards.js';

export type ReinspectOptions = {
  scorecard: string;
  since?: number;
  format: 'table' | 'json';
  language: 'zh' | 'en';
};

/** A stored scorecard by id (its newest version), or a file / shipped name, which is stored first. */
function loadScorecard(store: Store, idOrFile: string): CompiledScorecard {
  const stored = listScorecards(store).filter((s) => s.id === idOrFile);
  if (stored.length === 0) {
    const scorecard = resolveScorecard(idOrFile);
    saveScorecard(store, scorecard.document, { active: true });
    return scorecard;
  }
  const newest = stored.sort((a, b) => b.createdAt - a.createdAt)[0];
  const loaded = compileScorecard(newest?.document);
  if (!loaded.ok)
    throw new CliError(`scorecard ${idOrFile}: ${loaded.issues[0]?.path}: ${loaded.issues[0]?.message}`);
  return loaded.scorecard;
}

/**
 * callqa reinspect: runs a (changed) scorecard over stored calls of its language, stores the new
 * evaluations beside the old ones, and reports what changed against each call's latest evaluation
 * by the same scorecard id (or by any scorecard, when this id never ran).
 */
export async function runReinspect(store: Store, options: ReinspectOptions): Promise<string> {
  const scorecard = loadScorecard(store, options.scorecard);
  const filter = options.since !== undefined ? { since: options.since } : {};
  const previous = new Map<string, { id: number; passed: boolean; score: number; sameCard: boolean }>();
  for (const e of latestEvaluations(store, filter)) {
    const sameCard = e.scorecard.id === scorecard.id;
    const known = previous.get(e.callId);
    // The evaluation by the same scorecard id if there is one, else the newest by any.
    if (!known || (sameCard && !known.sameCard) || (sameCard === known.sameCard && e.id > known.id))
      previous.set(e.callId, { id: e.id, passed: e.passed, score: e.score, sameCard });
  }
  const compared: ReinspectedCall[] = [];
  const run = `reinspect ${scorecard.id}@${scorecard.version}`;
  const started = Date.now();
  for await (const calls of iterateCalls(store, filter)) {
    const evaluations: Evaluation[] = [];
    for (const call of calls) {
      if (call.language !== scorecard.language) continue;
      const after = inspectCall(scorecard, call);
      evaluations.push(after);
      const old = previous.get(call.id);
      let before: EvaluationBefore | undefined;
      if (old) {
        const deducted: Record<string, number> = {};
        for (const check of evaluationChecks(store, old.id)) deducted[check.check] = check.deducted;
        before = { passed: old.passed, score: old.score, deducted };
      }
      compared.push({
        callId: call.id,
        ...(call.team !== undefined ? { team: call.team } : {}),
        after,
        ...(before ? { before } : {}),
      });
    }
    saveEvaluations(store, evaluations, { run });
  }
  const diff = diffEvaluations(compared);
  const seconds = (Date.now() - started) / 1000;
  if (options.format === 'json')
    return `${JSON.stringify({ scorecard: { id: scorecard.id, version: scorecard.version }, seconds, ...diff })}\n`;
  const zh = options.language === 'zh';
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    zh
      ? `已用 ${scorecard.id}@${scorecard.version} 重新质检 ${diff.calls} 通(${seconds.toFixed(1)} 秒),${diff.flipped.length} 通合格结果改变,${diff.new} 通此前无评分`
      : `Re-inspected ${diff.calls} calls with ${scorecard.id}@${scorecard.version} in ${seconds.toFixed(1)} s: ${diff.flipped.length} changed pass/fail, ${diff.new} had no earlier evaluation`,
    '',
    zh ? '检查项        扣分(前)  扣分(后)  变化通数' : 'check         deducted before  after  calls changed',
    ...Object.entries(diff.checks)
      .filter(([, c]) => c.callsChanged > 0)
      .sort((a, b) => b[1].callsChanged - a[1].callsChanged)
      .map(
        ([check, c]) =>
          `${check.padEnd(14)}${String(c.deductedBefore).padStart(9)}  ${String(c.deductedAfter).padStart(9)}  ${String(c.callsChanged).padStart(8)}`,
      ),
    '',
    zh
      ? 'ACD 组                通数   合格率(前→后)      平均分(前→后)'
      : 'ACD group             calls  pass rate (before→after)  mean score',
    ...Object.entries(diff.teams).map(
      ([team, t]) =>
        `${(team || '—').padEnd(20)}${String(t.calls).padStart(6)}   ${pct(t.passRateBefore)} → ${pct(t.passRateAfter)}   ${t.meanScoreBefore.toFixed(1)} → ${t.meanScoreAfter.toFixed(1)}`,
    ),
  ];
  if (diff.flipped.length > 0) {
    lines.push('', zh ? '合格结果改变的通话(前 20 通):' : 'Calls whose pass/fail changed (first 20):');
    for (const f of diff.flipped.slice(0, 20))
      lines.push(
        `  ${f.callId}  ${f.team}  ${f.scoreBefore} → ${f.scoreAfter}  ${f.passedAfter ? (zh ? '转为合格' : 'now passes') : zh ? '转为不合格' : 'now fails'}`,
      );
  }
  return `${lines.join('\n')}\n`;
}
