export {
  type CalibrationRating,
  type CalibrationResults,
  calibrationResults,
  type Spread,
} from './calibration-results.js';
