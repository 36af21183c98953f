import type { Store } from '../database.js';
import { readNumber, readOptionalNumber, readOptionalString } from '../mappers/values.js';
import { execute, selectRows } from '../sqlite/execute.js';

/** One change to something people are judged by (a score, a check, an appeal, a scorecard, a user). */
export type AuditEntry = {
  id: number;
  at: number;
  actorUserId?: number;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string;
};

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'> & { at?: number };

/** Appends to the audit log. There is deliberately no function that changes or removes an entry. */
export function appendAudit(store: Store, entry: NewAuditEntry): number {
  return Number(
    execute(
      store,
      store.db.insertInto('audit_log').values({
        at: entry.at ?? Date.now(),
        actor_user_id: entry.actorUserId ?? null,
        actor: entry.actor,
        action: entry.action,
        entity: entry.entity,
        entity_id: entry.entityId,
        before: entry.before === undefined ? null : JSON.stringify(entry.before),
        after: entry.after === undefined ? null : JSON.stringify(entry.after),
        reason: entry.reason ?? null,
      }),
    ).lastInsertRowid,
  );
}

export type AuditFilter = {
  entity?: string;
  entityId?: string;
  actorUserId?: number;
  /** Epoch ms, inclusive. */
  since?: number;
  /** Epoch ms, exclusive. */
  until?: number;
  /** Entries with a smaller id (the next page of a newest-first listing). */
  beforeId?: number;
  limit?: number;
};

/** Entries newest first. */
export function listAudit(store: Store, filter: AuditFilter = {}): AuditEntry[] {
  let query = store.db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(Math.min(Math.max(filter.limit ?? 100, 1), 1000));
  if (filter.entity !== undefined) query = query.where('entity', '=', filter.entity);
  if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
  if (filter.actorUserId !== undefined) query = query.where('actor_user_id', '=', filter.actorUserId);
  if (filter.since !== undefined) query = query.where('at', '>=', filter.since);
  if (filter.until !== undefined) query = query.where('at', '<', filter.until);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  return selectRows(store, query).map((row) => {
    const entry: AuditEntry = {
      id: readNumber(row.id),
      at: readNumber(row.at),
      actor: row.actor,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
    };
    const actorUserId = readOptionalNumber(row.actor_user_id);
    if (actorUserId !== undefined) entry.actorUserId = actorUserId;
    if (row.before !== null) entry.before = JSON.parse(row.before) as unknown;
    if (row.after !== null) entry.after = JSON.parse(row.after) as unknown;
    const reason = readOptionalString(row.reason);
    if (reason !== undefined) entry.reason = reason;
    return entry;
  });
}
