import { usersWithRole } from '../appeals/notifications.js';
import { fatalCallsOfRun } from '../appeals/reminders.js';
import type { Store } from '../database.js';
import { announce } from './announce.js';

const NAMED_CALLS = 5;

/**
 * One notice per transcript import, whether uploaded or run from the shell, to the QA managers and
 * the team leads of the groups concerned: which new calls failed a fatal item (致命项). Returns how
 * many calls were named in it.
 */
export function announceFatalCalls(store: Store, runId: number, file: string): number {
  const fatal = fatalCallsOfRun(store, runId);
  if (fatal.length === 0) return 0;
  const teams = [...new Set(fatal.map((f) => f.team).filter((t): t is string => t !== undefined))];
  const ids = fatal
    .slice(0, NAMED_CALLS)
    .map((f) => f.callId)
    .join('、');
  store.sqlite.transaction(() =>
    announce(
      store,
      [...usersWithRole(store, 'qa_manager'), ...teams.flatMap((t) => usersWithRole(store, 'team_lead', t))],
      {
        kind: 'evaluation.fatal',
        message: `导入 ${file}:${fatal.length} 通命中致命项(${ids}${fatal.length > NAMED_CALLS ? ' 等' : ''})`,
        entity: 'import_run',
        entityId: String(runId),
      },
    ),
  )();
  return fatal.length;
}
