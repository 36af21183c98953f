export {
  type CoachingRecord,
  createCoaching,
  getCoaching,
  listCoaching,
  type NewCoaching,
  teamOfAgent,
  updateCoaching,
  usersOfAgent,
} from './coaching-records.js';
export { checkFailures, problemCounts, totalCounts } from './problem-counts.js';
export {
  createTrainingNeed,
  createTrainingSession,
  getTrainingSession,
  listTrainingNeeds,
  listTrainingSessions,
  recordAttendance,
  setTrainingNeedStatus,
  type TrainingNeed,
  type TrainingSession,
} from './training.js';
