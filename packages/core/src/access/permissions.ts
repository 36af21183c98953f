import type { Role } from './roles.js';

/**
 * What a request may do. Every API route declares one (or `public`), and the server refuses a
 * route that declares none. Which records a permission reaches (all, own ACD groups, own calls) is
 * the actor's scope, decided separately by `callScopeOf`.
 */
export const permissions = [
  'calls.read',
  'calls.import',
  'pii.unmasked',
  'evaluations.read',
  'evaluations.review',
  'scorecards.read',
  'scorecards.write',
  'samples.read',
  'samples.write',
  'appeals.create',
  'appeals.decide',
  'calibrations.manage',
  'calibrations.score',
  'coaching.read',
  'coaching.write',
  'training.read',
  'training.write',
  'kpis.read',
  'users.read',
  'users.write',
  'tokens.manage',
  'audit.read',
] as const;
export type Permission = (typeof permissions)[number];

const READ_ALL: Permission[] = [
  'calls.read',
  'evaluations.read',
  'scorecards.read',
  'samples.read',
  'coaching.read',
  'training.read',
  'kpis.read',
];

/**
 * Role → permissions. The reasons beside the less obvious entries:
 * - only admin and QA manager see phone, ID-card and bank-card numbers unmasked (they handle
 *   complaints that need the caller's number); an inspector judges service, not identity;
 * - the director reads everything across the center and changes nothing;
 * - a team lead decides first-level appeals of their own groups' agents and coaches them;
 * - the trainer sees problems and calls (cases for training) and owns training records.
 */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: [...permissionsExcept([])],
  qa_manager: permissionsExcept(['users.write', 'tokens.manage']),
  inspector: [...READ_ALL, 'evaluations.review', 'calibrations.score', 'coaching.write', 'appeals.decide'],
  team_lead: [...READ_ALL, 'appeals.decide', 'coaching.write', 'users.read'],
  agent: ['calls.read', 'evaluations.read', 'appeals.create', 'coaching.read', 'training.read', 'kpis.read'],
  trainer: [...READ_ALL, 'training.write'],
  director: [...READ_ALL, 'users.read', 'audit.read'],
};

function permissionsExcept(left: readonly Permission[]): Permission[] {
  return permissions.filter((permission) => !left.includes(permission));
}

/** @example hasPermission('inspector', 'evaluations.review') // true */
export function hasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
