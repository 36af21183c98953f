import { describe, expect, test } from 'vitest';
import { type Actor, callScopeOf, canViewCall } from './actor.js';
import { hasPermission, permissions, rolePermissions } from './permissions.js';
import { roles } from './roles.js';

const actor = (overrides: Partial<Actor>): Actor => ({
  userId: 1,
  username: 'u',
  role: 'inspector',
  teams: [],
  ...overrides,
});

describe('role permissions', () => {
  test('give the administrator every permission and every role at least one', () => {
    expect([...rolePermissions.admin].sort()).toEqual([...permissions].sort());
    for (const role of roles) expect(rolePermissions[role].length, role).toBeGreaterThan(0);
  });

  test('keep the director read-only', () => {
    const changes = rolePermissions.director.filter((p) => !/\.read$/.test(p));
    expect(changes).toEqual([]);
  });

  test('show unmasked numbers to the administrator and the QA manager only', () => {
    expect(roles.filter((role) => hasPermission(role, 'pii.unmasked'))).toEqual(['admin', 'qa_manager']);
  });

  test('let agents appeal but not review, and inspectors review but not appeal', () => {
    expect(hasPermission('agent', 'appeals.create')).toBe(true);
    expect(hasPermission('agent', 'evaluations.review')).toBe(false);
    expect(hasPermission('inspector', 'evaluations.review')).toBe(true);
    expect(hasPermission('inspector', 'appeals.create')).toBe(false);
  });

  test('name no permission twice for a role', () => {
    for (const role of roles)
      expect(new Set(rolePermissions[role]).size, role).toBe(rolePermissions[role].length);
  });
});

describe('call scope', () => {
  test('limits an agent to their own calls', () => {
    const agent = actor({ role: 'agent', agentId: 'a1001' });
    expect(callScopeOf(agent)).toEqual({ kind: 'agent', agentId: 'a1001' });
    expect(canViewCall(agent, { agentId: 'a1001', team: '一组' })).toBe(true);
    expect(canViewCall(agent, { agentId: 'a1002', team: '一组' })).toBe(false);
  });

  test('shows an agent account without an agent id nothing', () => {
    const agent = actor({ role: 'agent' });
    expect(canViewCall(agent, { agentId: 'a1001' })).toBe(false);
    expect(canViewCall(agent, {})).toBe(false);
  });

  test('limits a team lead to the ACD groups they lead', () => {
    const lead = actor({ role: 'team_lead', teams: ['一组', '二组'] });
    expect(canViewCall(lead, { agentId: 'x', team: '二组' })).toBe(true);
    expect(canViewCall(lead, { agentId: 'x', team: '三组' })).toBe(false);
    expect(canViewCall(lead, { agentId: 'x' })).toBe(false);
  });

  test('lets the QA team and the director see every call', () => {
    for (const role of ['admin', 'qa_manager', 'inspector', 'trainer', 'director'] as const) {
      expect(canViewCall(actor({ role }), { agentId: 'x', team: '三组' }), role).toBe(true);
    }
  });
});
