export { callVolume } from './call-volume.js';
export { sampleCandidates } from './sample-candidates.js';
export {
  getSamplePlan,
  listSamplePlans,
  markPickReviewed,
  reviewers,
  reviewQueue,
  type StoredSamplePick,
  type StoredSamplePlan,
  samplePicks,
  saveSamplePlan,
} from './sample-plans.js';
