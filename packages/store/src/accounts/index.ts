export {
  type ApiToken,
  createApiToken,
  getApiToken,
  listApiTokens,
  revokeApiToken,
  useApiToken,
} from './api-tokens.js';
export {
  type AuditEntry,
  type AuditFilter,
  appendAudit,
  listAudit,
  type NewAuditEntry,
} from './audit-log.js';
export { createSession, deleteExpiredSessions, deleteSession, deleteUserSessions } from './sessions.js';
export {
  countUsers,
  createUser,
  findUserForLogin,
  getUser,
  listUsers,
  type NewUser,
  sessionUser,
  setUserTeams,
  type User,
  type UserChange,
  type UserWithSecret,
  updateUser,
} from './users.js';
