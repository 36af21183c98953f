export {
  type CalibrationSession,
  calibrationProgress,
  calibrationRatings,
  closeCalibrationSession,
  createCalibrationSession,
  getCalibrationSession,
  hasCalibrationScore,
  listCalibrationSessions,
  saveCalibrationScore,
} from './calibration-sessions.js';
