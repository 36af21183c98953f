export {
  type AgentReviewRow,
  callReviews,
  type ReviewPeriod,
  reviewedCallResults,
  reviewedResults,
  type StoredReview,
  saveReview,
} from './reviews.js';
