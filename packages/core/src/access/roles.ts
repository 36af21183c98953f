import { z } from 'zod';

/**
 * The people of a QA operation (seed 002): who inspects, who is inspected, who decides. Each has
 * a Chinese title because that is how the center names them.
 */
export const roles = [
  'admin',
  'qa_manager',
  'inspector',
  'team_lead',
  'agent',
  'trainer',
  'director',
] as const;
export type Role = (typeof roles)[number];
export const RoleSchema = z.enum(roles);

export const roleTitles: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  qa_manager: { zh: '品质经理', en: 'QA manager' },
  inspector: { zh: '质检员', en: 'Inspector' },
  team_lead: { zh: '座席组长', en: 'Team lead' },
  agent: { zh: '坐席', en: 'Agent' },
  trainer: { zh: '培训师', en: 'Trainer' },
  director: { zh: '呼叫中心总监', en: 'Contact center director' },
};
