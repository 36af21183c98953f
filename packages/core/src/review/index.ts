export {
  applyReview,
  type CheckVerdict,
  type ManualScore,
  type ReviewedCheck,
  type ReviewedEvaluation,
  type ReviewedItem,
  type ReviewInput,
  type ReviewProblem,
} from './apply-review.js';
export { type CheckAgreement, checkAgreement, type ReviewedResult } from './check-agreement.js';
