export {
  type CheckFailure,
  type ClassifiedProblem,
  classifyProblems,
  type ProblemClass,
} from './classify-problems.js';
export {
  type ProblemCount,
  type ProblemRateChange,
  problemRateChange,
  type TrainingEffect,
  trainingEffect,
} from './problem-rate-change.js';
