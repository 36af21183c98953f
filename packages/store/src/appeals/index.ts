export {
  type Appeal,
  type AppealChange,
  type AppealStep,
  addAppealStep,
  appealSteps,
  createAppeal,
  getAppeal,
  listAppeals,
  type NewAppeal,
  updateAppeal,
} from './appeals.js';
export {
  listNotifications,
  markNotificationRead,
  type Notification,
  notify,
  usersWithRole,
} from './notifications.js';
export {
  type DueCoaching,
  dueCoaching,
  fatalCallsOfRun,
  markReminded,
  type OverdueAppeal,
  overdueAppeals,
} from './reminders.js';
