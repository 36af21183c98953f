export { type Actor, type CallScope, callScopeOf, canViewCall } from './actor.js';
export { hasPermission, type Permission, permissions, rolePermissions } from './permissions.js';
export { type Role, RoleSchema, roles, roleTitles } from './roles.js';
