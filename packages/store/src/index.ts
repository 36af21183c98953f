export * from './accounts/index.js';
export * from './appeals/index.js';
export * from './calibration/index.js';
export * from './coaching/index.js';
export type { Database, Store } from './database.js';
export { evaluationChecks } from './evaluation-checks.js';
export * from './events/index.js';
export { getCall } from './get-call.js';
export { finishImportRun, type ImportRunSummary, importRuns, startImportRun } from './import-runs.js';
export { type IterateCallsOptions, iterateCalls } from './iterate-calls.js';
export { type LatestEvaluationsFilter, latestEvaluations } from './latest-evaluations.js';
export {
  type CallListFilter,
  type CallListItem,
  type CallListPage,
  latestEvaluationOf,
  listCalls,
} from './list-calls.js';
export { listMemberEvents } from './list-member-events.js';
export { type ListQueueCallsFilter, listQueueCalls } from './list-queue-calls.js';
export { listSurveys } from './list-surveys.js';
export {
  agentTeams,
  callsWithQueueEvents,
  existingCallIds,
  queueEventsOfCalls,
  queueTeams,
} from './lookups.js';
export type { EvaluationSummary, StoredCheckResult } from './mappers/evaluation-row.js';
export { type ImportRun, type ImportRunStatus, importRunStatuses } from './mappers/import-run-row.js';
export {
  type PreparedCall,
  type PreparedEvaluation,
  prepareCall,
  prepareEvaluation,
} from './mappers/prepared-call.js';
export {
  type EncodedQueueEventSet,
  encodeCallEventSet,
  encodeQueueEventSets,
  sameQueueEvent,
} from './mappers/queue-event-set.js';
export { migrate } from './migrate.js';
export { migrations } from './migrations/index.js';
export { openStore } from './open-store.js';
export { type HourSumsDetail, listQueueHourSums, refreshQueueHourSums } from './queue-hour-sums.js';
export * from './reviews/index.js';
export * from './sampling/index.js';
export {
  type CallItem,
  type SaveCallsOptions,
  type SaveCallsResult,
  saveCalls,
  savePreparedCalls,
} from './save-calls.js';
export { saveEvaluations } from './save-evaluations.js';
export { type SaveQueueCallsResult, saveQueueCalls } from './save-queue-calls.js';
export { saveQueueEventSets, saveQueueEvents } from './save-queue-events.js';
export { saveSurveys } from './save-surveys.js';
export {
  activeScorecard,
  getScorecard,
  listScorecards,
  type ScorecardListing,
  saveScorecard,
} from './scorecards.js';
export { searchTranscripts, type TranscriptHit } from './search-transcripts.js';
export { type AgentRecord, upsertAgents } from './upsert-agents.js';
export { type GroupRecord, upsertQueues, upsertTeams } from './upsert-groups.js';
export * from './webhooks/index.js';
