export {
  type AppealAction,
  type AppealPolicy,
  type AppealState,
  type AppealStatus,
  appealActionProblem,
  appealDueAt,
  appealFilingProblem,
  appealStatuses,
  defaultAppealPolicy,
} from './appeal-policy.js';
