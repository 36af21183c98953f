import type BetterSqlite3 from 'better-sqlite3';
import type { Generated, Kysely } from 'kysely';

/**
 * The tables as the database holds them. Times are INTEGER epoch milliseconds, booleans 0/1 and
 * open-ended data JSON text, so that SQLite and PostgreSQL hold the same values; the mappers in
 * `mappers/` turn rows into domain types.
 */
export type Database = {
  calls: CallsTable;
  transcripts: TranscriptsTable;
  agents: AgentsTable;
  teams: NamedTable;
  queues: NamedTable;
  queue_event_sets: QueueEventSetsTable;
  queue_calls: QueueCallsTable;
  queue_hour_sums: QueueHourSumsTable;
  queue_day_sums: QueueDaySumsTable;
  evaluations: EvaluationsTable;
  latest_evaluations: EvaluationsRow;
  check_results: CheckResultsTable;
  surveys: SurveysTable;
  scorecards: ScorecardsTable;
  import_runs: ImportRunsTable;
  users: UsersTable;
  user_teams: UserTeamsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  sample_plans: SamplePlansTable;
  sample_picks: SamplePicksTable;
  reviews: ReviewsTable;
  review_checks: ReviewChecksTable;
  appeals: AppealsTable;
  appeal_steps: AppealStepsTable;
  notifications: NotificationsTable;
  calibration_sessions: CalibrationSessionsTable;
  calibration_calls: { session_id: number; call_id: string };
  calibration_raters: { session_id: number; user_id: number };
  calibration_scores: { session_id: number; call_id: string; user_id: number; review_id: number };
  coaching: CoachingTable;
  training_needs: TrainingNeedsTable;
  training_sessions: TrainingSessionsTable;
  training_attendees: { session_id: number; agent_id: string; attended: number };
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
};

export type WebhooksTable = {
  id: Generated<number>;
  /** An event kind, or * for every kind. */
  event: string;
  url: string;
  /** Signs each delivery (HMAC-SHA256), so the receiver can tell it came from callqa. */
  secret: string;
  active: number;
  created_by: number | null;
  created_at: number;
};

export type WebhookDeliveriesTable = {
  id: Generated<number>;
  webhook_id: number;
  event: string;
  /** The JSON body sent. */
  payload: string;
  /** pending | delivered | failed */
  status: string;
  attempts: number;
  next_attempt_at: number;
  last_status: number | null;
  last_error: string | null;
  created_at: number;
  delivered_at: number | null;
};

export type CoachingTable = {
  id: Generated<number>;
  agent_id: string;
  team: string | null;
  call_id: string | null;
  /** JSON array of the check ids the coaching is about (what the follow-up measures). */
  checks: string;
  /** 问题 */
  problem: string;
  /** 改进办法 */
  plan: string;
  goal: string;
  due_at: number;
  /** When the coaching took place: the follow-up compares calls before and after it. */
  coached_at: number;
  coach_user_id: number;
  /** open | acknowledged | closed */
  status: string;
  acknowledged_at: number | null;
  follow_up: string | null;
  created_at: number;
  reminded_at: number | null;
};

export type TrainingNeedsTable = {
  id: Generated<number>;
  check_id: string;
  team: string | null;
  period_from: number;
  period_to: number;
  agents_affected: number;
  agent_share: number;
  /** JSON array of the agents affected. */
  agents: string;
  /** open | planned | done */
  status: string;
  created_by: number | null;
  created_at: number;
};

export type TrainingSessionsTable = {
  id: Generated<number>;
  need_id: number | null;
  topic: string;
  /** JSON array of the check ids the training addresses (what its effect is measured on). */
  checks: string;
  held_at: number;
  trainer_user_id: number;
  created_at: number;
};

export type CalibrationSessionsTable = {
  id: Generated<number>;
  name: string;
  expert_user_id: number | null;
  created_by: number;
  /** open | closed */
  status: string;
  created_at: number;
  closed_at: number | null;
};

export type AppealsTable = {
  id: Generated<number>;
  call_id: string;
  /** The automatic evaluation appealed against. */
  evaluation_id: number;
  /** The human review appealed against, when the call was reviewed. */
  review_id: number | null;
  /** check (an automatic check) | item (a manual item). */
  target_kind: string;
  target_id: string;
  agent_user_id: number;
  /** The call's ACD group, which decides who hears the first level. */
  team: string | null;
  reason: string;
  level: number;
  /** open | accepted | rejected | withdrawn */
  status: string;
  due_at: number;
  decided_by: number | null;
  decided_at: number | null;
  decision_reason: string | null;
  /** The review an accepted appeal created with the corrected score. */
  corrected_review_id: number | null;
  created_at: number;
  reminded_at: number | null;
};

export type AppealStepsTable = {
  id: Generated<number>;
  appeal_id: number;
  level: number;
  /** file | withdraw | accept | reject | escalate */
  action: string;
  user_id: number;
  reason: string | null;
  at: number;
};

export type NotificationsTable = {
  id: Generated<number>;
  user_id: number;
  kind: string;
  message: string;
  entity: string;
  entity_id: string;
  created_at: number;
  read_at: number | null;
};

export type ReviewsTable = {
  id: Generated<number>;
  /** The automatic evaluation the reviewer judged. */
  evaluation_id: number;
  call_id: string;
  reviewer_id: number;
  /** review (counts in agents' results) | calibration (does not). */
  kind: string;
  score: number;
  max_score: number;
  pass_score: number;
  passed: number;
  fatal_failed: number;
  class_a: number;
  class_b: number;
  class_c: number;
  /** JSON array of the manual items as scored: item, severity, points, deducted, comment. */
  manual: string;
  notes: string | null;
  created_at: number;
};

export type ReviewChecksTable = {
  review_id: number;
  check_id: string;
  auto_result: string;
  result: string;
  deducted: number;
  severity: string;
  comment: string | null;
};

export type SamplePlansTable = {
  id: Generated<number>;
  name: string;
  /** JSON of the plan (rules and seed) as drawn. */
  plan: string;
  period_from: number;
  period_to: number;
  /** How many calls the period offered: with the picks, what makes a sample auditable. */
  candidates: number;
  created_by: number | null;
  created_at: number;
};

export type SamplePicksTable = {
  plan_id: number;
  call_id: string;
  rule: number;
  /** The call's place in the seeded random order. */
  rank: number;
  /** JSON {zh, en}: why it was picked. */
  reason: string;
  reviewer_id: number | null;
  /** Epoch ms of the start of the day it is due to be reviewed. */
  due_at: number | null;
  /** assigned | reviewed | unassigned (only its own agent could have reviewed it). */
  status: string;
};

export type UsersTable = {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: string;
  agent_id: string | null;
  /** argon2id, PHC string format. */
  password_hash: string;
  disabled: number;
  created_at: number;
  updated_at: number;
};

export type UserTeamsTable = { user_id: number; team: string };

export type SessionsTable = {
  /** SHA-256 (hex) of the session token the cookie carries. */
  id: string;
  user_id: number;
  created_at: number;
  expires_at: number;
};

export type ApiTokensTable = {
  id: Generated<number>;
  user_id: number;
  name: string;
  /** SHA-256 (hex) of the token; the token itself is shown once, at creation. */
  token_hash: string;
  /** JSON array of the permissions the token is limited to (within its user's). */
  permissions: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
};

/** Append-only: no statement of the store updates or deletes a row of it. */
export type AuditLogTable = {
  id: Generated<number>;
  at: number;
  actor_user_id: number | null;
  /** The actor's username at the time (users may be renamed), or `system`. */
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  /** JSON of the value before and after the change; null for a creation or a removal. */
  before: string | null;
  after: string | null;
  reason: string | null;
};

export type CallsTable = {
  id: string;
  agent_id: string | null;
  team: string | null;
  queue: string | null;
  /** Epoch ms, for range queries. */
  started_at: number | null;
  /** The start as the source wrote it, with its UTC offset, so that the call reads back unchanged. */
  started_at_iso: string | null;
  language: string;
  hangup_by: string | null;
  duration_ms: number;
  /** JSON object of the fields the call format does not name (业务类型, order ids …). */
  extra: string | null;
  imported_at: number;
  import_run_id: number | null;
};

export type TranscriptsTable = {
  /** Stable surrogate key: the transcript index's rowid points at it. */
  id: Generated<number>;
  call_id: string;
  /** JSON array of the call's turns in order, as imported (unknown fields kept). */
  turns: string;
};

export type AgentsTable = {
  id: string;
  name: string;
  team: string | null;
  hired_at: number | null;
};

export type NamedTable = { id: string; name: string };

/**
 * The raw queue-log events of one call (part ''), or of one member's day for pseudo calls such as
 * NONE (part 'agent|YYYY-MM-DD', UTC): a set, each event once, as JSON (see mappers/queue-event-set).
 */
export type QueueEventSetsTable = {
  call_id: string;
  part: string;
  first_at: number;
  last_at: number;
  event_count: number;
  events: string;
};

export type QueueCallsTable = {
  call_id: string;
  queue: string;
  entered_at: number;
  outcome: string;
  wait_sec: number;
  answered_at: number | null;
  ended_at: number | null;
  agent: string | null;
  talk_sec: number | null;
  hold_sec: number | null;
  wrap_sec: number | null;
  caller: string | null;
  ended_by: string | null;
  transferred: number;
  ring_no_answer: number;
};

export type EvaluationsTable = {
  id: Generated<number>;
  call_id: string;
  scorecard_id: string;
  scorecard_version: string;
  score: number;
  max_score: number;
  pass_score: number;
  passed: number;
  fatal_failed: number;
  class_a: number;
  class_b: number;
  class_c: number;
  /** JSON array of the ids of the scorecard items left for a reviewer (older rows: the items). */
  pending: string;
  /** JSON array of every check's outcome with its evidence, in scorecard order. */
  checks: string;
  created_at: number;
  /** Free tag of the inspection run ('import', 'reinspect-2024-06' …). */
  run: string | null;
};

export type EvaluationsRow = { [K in keyof EvaluationsTable]: K extends 'id' ? number : EvaluationsTable[K] };

/** The checks of an evaluation that did not pass (one row each), for reports that count them. */
export type CheckResultsTable = {
  evaluation_id: number;
  check_id: string;
  result: string;
  deducted: number;
  severity: string;
  /** JSON array of Evidence. */
  evidence: string;
};

export type SurveysTable = {
  id: string;
  call_id: string | null;
  caller: string | null;
  answered_at: number;
  csat: number | null;
  nps: number | null;
  comment: string | null;
};

export type ScorecardsTable = {
  id: string;
  version: string;
  language: string;
  document: string;
  active: number;
  created_at: number;
};

export type ImportRunsTable = {
  id: Generated<number>;
  kind: string;
  file: string;
  started_at: number;
  finished_at: number | null;
  status: string;
  rows_read: number;
  imported: number;
  duplicates: number;
  rejected: number;
  /** JSON array of `FILE:LINE: field: message` strings, all of them. */
  errors: string;
};

export type Store = {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  close(): void;
};

/** Hourly totals of queue visits (migration 0003); within_<T> counts answered within T seconds. */
/** The hourly totals added up by day of UTC+08:00 (`day_start` is the day's midnight there, as epoch ms). */
export type QueueDaySumsTable = Omit<QueueHourSumsTable, 'hour_start'> & { day_start: number };

export type QueueHourSumsTable = {
  hour_start: number;
  queue: string;
  agent: string;
  entered: number;
  answered: number;
  abandoned: number;
  timed_out: number;
  exited_other: number;
  no_outcome: number;
  transferred: number;
  short_abandoned: number;
  answered_wait_sec: number;
  abandoned_wait_sec: number;
  max_wait_sec: number | null;
  talked: number;
  talk_sec: number;
  handle_sec: number;
} & Record<`within_${number}`, number>;
