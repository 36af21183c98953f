export { assignReviews, type ReviewAssignment, type Reviewer } from './assign-reviews.js';
export {
  type DrawContext,
  drawSample,
  equalAllocation,
  proportionalAllocation,
  type SampleCandidate,
  type SamplePick,
} from './draw-sample.js';
export { type ReviewCapacity, type ReviewCapacityInput, reviewCapacity } from './review-capacity.js';
export {
  type SamplePlan,
  SamplePlanSchema,
  type SampleRule,
  SampleRuleSchema,
  strataDimensions,
} from './sample-plan.js';
export { normalQuantile, type SampleSizeInput, sampleSizeForRate } from './sample-size.js';
export { seededRank } from './seeded-rank.js';
