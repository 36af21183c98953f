import { usersWithRole } from '@callqa/store';
import type { ApiDeps } from '../http/api-app.js';

/** Who hears an appeal at its level: the group's team leads (or the QA team), then the QA managers. */
export function deciders(
  deps: Pick<ApiDeps, 'store' | 'config'>,
  appeal: { level: 1 | 2; team?: string },
): number[] {
  if (appeal.level === 2 || deps.config.appeals.firstLevel === 'qa') {
    const qa = usersWithRole(deps.store, 'qa_manager');
    return appeal.level === 2 ? qa : [...qa, ...usersWithRole(deps.store, 'inspector')];
  }
  const leads = appeal.team === undefined ? [] : usersWithRole(deps.store, 'team_lead', appeal.team);
  return leads.length > 0 ? leads : usersWithRole(deps.store, 'qa_manager');
}
