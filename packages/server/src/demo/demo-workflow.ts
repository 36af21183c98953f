import {
  appealDueAt,
  applyReview,
  assignReviews,
  defaultAppealPolicy,
  drawSample,
  parseReportTime,
  SamplePlanSchema,
} from '@callqa/core';
import {
  appendAudit,
  callReviews,
  createAppeal,
  createCoaching,
  evaluationChecks,
  findUserForLogin,
  latestEvaluationOf,
  listCalls,
  listSamplePlans,
  markPickReviewed,
  reviewQueue,
  type Store,
  sampleCandidates,
  saveReview,
  saveSamplePlan,
  teamOfAgent,
} from '@callqa/store';
import { compiledScorecardVersion } from '../scorecards/compiled-version.js';

const DAY = 86_400_000;

/**
 * Some of the QA loop already under way in the demo center, so that a first look shows it: a
 * sample plan for the week spread over the inspector's queue, the first reviews (a few automatic
 * results overturned), an appeal by the demo agent and a coaching record. Made once, with fixed
 * seeds, only by the demo seed.
 */
export function seedDemoWorkflow(store: Store): void {
  if (listSamplePlans(store).length > 0) return;
  const inspector = findUserForLogin(store, 'demo-inspector');
  const qa = findUserForLogin(store, 'demo-qa');
  const agent = findUserForLogin(store, 'demo-agent');
  if (!inspector || !qa || !agent?.agentId) return;
  const span = store.sqlite
    .prepare('select min(started_at) as since, max(started_at) as until from calls')
    .get() as {
    since: number | null;
    until: number | null;
  };
  if (span.since === null || span.until === null) return;
  const firstDay = new Date(span.since + 8 * 3_600_000).toISOString().slice(0, 10);
  const since = parseReportTime(firstDay, 'Asia/Shanghai') as number;
  const until = span.until + 1;
  const dayStarts: number[] = [];
  for (let t = since; t < until; t += DAY) dayStarts.push(t);
  const plan = SamplePlanSchema.parse({
    name: '演示周抽检 / demo week sample',
    seed: 20250301,
    rules: [
      { kind: 'targeted', target: { kind: 'fatal' }, limit: 10 },
      { kind: 'random_per_agent', perAgent: 2 },
    ],
  });
  const candidates = sampleCandidates(store, { since, until });
  const picks = drawSample(plan, candidates);
  const { assignments } = assignReviews(picks, [{ userId: inspector.id }], dayStarts.length);
  store.sqlite.transaction(() => {
    const planId = saveSamplePlan(store, {
      plan,
      from: since,
      to: until,
      candidates: candidates.length,
      picks,
      assignments,
      dayStarts,
      createdBy: qa.id,
    });
    appendAudit(store, {
      actorUserId: qa.id,
      actor: qa.username,
      action: 'sample_plan.create',
      entity: 'sample_plan',
      entityId: String(planId),
      reason: 'demo seed',
    });
    const queue = reviewQueue(store, inspector.id);
    // The demo agent's calls first, so that they have reviewed calls to see and to appeal.
    const ordered = [
      ...queue.filter((p) => p.agentId === agent.agentId),
      ...queue.filter((p) => p.agentId !== agent.agentId),
    ];
    ordered.slice(0, 24).forEach((pick, i) => {
      const evaluation = latestEvaluationOf(store, pick.callId);
      if (!evaluation) return;
      const scorecard = compiledScorecardVersion(
        store,
        evaluation.scorecard.id,
        evaluation.scorecard.version,
      );
      if (!scorecard) return;
      const auto = evaluationChecks(store, evaluation.id);
      const failed = auto.filter((c) => c.result === 'fail');
      const overturn = i % 5 === 4 ? failed[0] : undefined;
      const manual = scorecard.items
        .filter((item) => !auto.some((c) => c.check === item.id))
        .map((item, k) => ({ item: item.id, deducted: i % 7 === 3 && k === 0 ? 1 : 0 }));
      const applied = applyReview(scorecard, auto, {
        verdicts: overturn
          ? [
              {
                check: overturn.check,
                verdict: 'overturn',
                result: 'pass',
                comment: '复听确认为误判 / false alarm on listening',
              },
            ]
          : [],
        manual,
      });
      if (!applied.ok) return;
      saveReview(store, {
        evaluationId: evaluation.id,
        callId: pick.callId,
        reviewerId: inspector.id,
        evaluation: applied.evaluation,
      });
      markPickReviewed(store, pick.callId);
    });
    // An appeal needs a failed check: the first of the agent's calls whose automatic result has one.
    const agentCalls = listCalls(store, {
      scope: { kind: 'agent', agentId: agent.agentId as string },
      limit: 500,
    }).items;
    const failedCall = agentCalls.find(
      (c) => c.evaluation && evaluationChecks(store, c.evaluation.id).some((k) => k.result === 'fail'),
    );
    if (!failedCall?.evaluation) return;
    if (callReviews(store, failedCall.id).length === 0) {
      const scorecard = compiledScorecardVersion(
        store,
        failedCall.evaluation.scorecard.id,
        failedCall.evaluation.scorecard.version,
      );
      if (!scorecard) return;
      const auto = evaluationChecks(store, failedCall.evaluation.id);
      const manual = scorecard.items
        .filter((item) => !auto.some((c) => c.check === item.id))
        .map((item) => ({ item: item.id, deducted: 0 }));
      const applied = applyReview(scorecard, auto, { verdicts: [], manual });
      if (!applied.ok) return;
      saveReview(store, {
        evaluationId: failedCall.evaluation.id,
        callId: failedCall.id,
        reviewerId: inspector.id,
        evaluation: applied.evaluation,
      });
    }
    const review = callReviews(store, failedCall.id)[0];
    const failedCheck = review?.checks.find((c) => c.result === 'fail');
    if (!review || !failedCheck) return;
    const now = Date.now();
    const team = teamOfAgent(store, agent.agentId as string);
    createAppeal(store, {
      callId: failedCall.id,
      evaluationId: failedCall.evaluation.id,
      reviewId: review.id,
      target: { kind: 'check', id: failedCheck.check },
      agentUserId: agent.id,
      ...(team !== undefined ? { team } : {}),
      reason: '我认为这一项判得不对,请复听 / I believe this item was judged wrongly; please listen again',
      dueAt: appealDueAt(defaultAppealPolicy, now),
    });
    createCoaching(store, {
      agentId: agent.agentId as string,
      ...(team !== undefined ? { team } : {}),
      callId: failedCall.id,
      checks: [failedCheck.check],
      problem: `复核发现:${failedCheck.check}`,
      plan: '对照评分表逐项练习,组长每周抽听两通 / practise against the scorecard; the team lead listens to two calls a week',
      goal: '两周内该项合格 / pass this item within two weeks',
      dueAt: now + 14 * DAY,
      coachedAt: now,
      coachUserId: qa.id,
    });
  })();
}
