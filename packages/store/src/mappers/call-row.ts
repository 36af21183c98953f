import type { Call, CallLanguage, HangupSide, Turn } from '@callqa/core';
import type { CallsTable } from '../database.js';
import { readExtra, readNumber, readOptionalString, writeExtra } from './values.js';

const CALL_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'agentId',
  'team',
  'queue',
  'startedAt',
  'language',
  'hangupBy',
  'turns',
]);

export type CallRow = CallsTable;

export function callToRow(call: Call, importedAt: number, importRunId: number | null): CallRow {
  let durationMs = 0;
  for (const turn of call.turns) if (turn.endMs > durationMs) durationMs = turn.endMs;
  const startedAt = call.startedAt === undefined ? null : Date.parse(call.startedAt);
  return {
    id: call.id,
    agent_id: call.agentId ?? null,
    team: call.team ?? null,
    queue: call.queue ?? null,
    started_at: startedAt === null || Number.isNaN(startedAt) ? null : startedAt,
    started_at_iso: call.startedAt ?? null,
    language: call.language,
    hangup_by: call.hangupBy ?? null,
    duration_ms: durationMs,
    extra: writeExtra(call, CALL_FIELDS),
    imported_at: importedAt,
    import_run_id: importRunId,
  };
}

/** The call as it was imported: unknown fields restored beside the known ones. */
export function rowToCall(row: CallRow, turns: string | null): Call {
  const call: Call = {
    ...readExtra(row.extra),
    id: row.id,
    language: row.language as CallLanguage,
    turns: turns === null ? [] : (JSON.parse(turns) as Turn[]),
  };
  const agentId = readOptionalString(row.agent_id);
  if (agentId !== undefined) call.agentId = agentId;
  const team = readOptionalString(row.team);
  if (team !== undefined) call.team = team;
  const queue = readOptionalString(row.queue);
  if (queue !== undefined) call.queue = queue;
  const startedAt =
    readOptionalString(row.started_at_iso) ??
    (row.started_at === null ? undefined : new Date(readNumber(row.started_at)).toISOString());
  if (startedAt !== undefined) call.startedAt = startedAt;
  const hangupBy = readOptionalString(row.hangup_by);
  if (hangupBy !== undefined) call.hangupBy = hangupBy as HangupSide;
  return call;
}
