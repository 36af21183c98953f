import { announce, dueCoaching, markReminded, overdueAppeals, usersOfAgent } from '@callqa/store';
import { deciders } from '../appeals/deciders.js';
import type { ApiDeps } from '../http/api-app.js';

/**
 * Reminds people once of what is late: an appeal past its decision date (its deciders) and a
 * coaching past its date (the coach and the agent). Returns how many reminders went out.
 */
export function sendDueReminders(deps: Pick<ApiDeps, 'store' | 'config'>, now = Date.now()): number {
  const { store } = deps;
  let sent = 0;
  store.sqlite.transaction(() => {
    for (const appeal of overdueAppeals(store, now)) {
      announce(store, deciders(deps, appeal), {
        kind: 'appeal.overdue',
        message: `申诉 #${appeal.id}(通话 ${appeal.callId})已超过处理期限`,
        entity: 'appeal',
        entityId: String(appeal.id),
      });
      markReminded(store, 'appeals', appeal.id, now);
      sent++;
    }
    for (const coaching of dueCoaching(store, now)) {
      announce(store, [coaching.coachUserId, ...usersOfAgent(store, coaching.agentId)], {
        kind: 'coaching.due',
        message: `辅导 #${coaching.id}(坐席 ${coaching.agentId})已到跟踪日期`,
        entity: 'coaching',
        entityId: String(coaching.id),
      });
      markReminded(store, 'coaching', coaching.id, now);
      sent++;
    }
  })();
  return sent;
}

/** Sends due reminders now and every quarter of an hour until stopped. */
export function startReminders(deps: Pick<ApiDeps, 'store' | 'config'>, everyMs = 15 * 60_000): () => void {
  const run = () => {
    try {
      sendDueReminders(deps);
    } catch {
      // A failed pass is retried at the next one; the reminders are not worth stopping the server for.
    }
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
