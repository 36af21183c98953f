import type { RouteModule } from '../http/api-app.js';
import { appealRoutes } from './appeals/appeals.js';
import { listAudit } from './audit/list-audit.js';
import { getMe } from './auth/get-me.js';
import { login } from './auth/login.js';
import { logout } from './auth/logout.js';
import { calibrationRoutes } from './calibrations/calibrations.js';
import { getCall } from './calls/get-call.js';
import { listCalls } from './calls/list-calls.js';
import { coachingRoutes } from './coaching/coaching.js';
import { notificationRoutes } from './notifications/notifications.js';
import { qualityRoutes } from './quality/quality.js';
import { reviewRoutes } from './reviews/reviews.js';
import { samplePlanRoutes } from './sampling/sample-plans.js';
import { samplingMath } from './sampling/sampling-math.js';
import { health } from './system/health.js';
import { tokenRoutes } from './tokens/tokens.js';
import { trainingRoutes } from './training/training.js';
import { createUser } from './users/create-user.js';
import { listUsers } from './users/list-users.js';
import { updateUser } from './users/update-user.js';
import { webhookRoutes } from './webhooks/webhooks.js';

/** Every route module of the API, registered in this order. */
export const routeModules: RouteModule[] = [
  health,
  login,
  logout,
  getMe,
  listCalls,
  getCall,
  listUsers,
  createUser,
  updateUser,
  tokenRoutes,
  listAudit,
  samplingMath,
  samplePlanRoutes,
  reviewRoutes,
  qualityRoutes,
  appealRoutes,
  notificationRoutes,
  calibrationRoutes,
  coachingRoutes,
  trainingRoutes,
  webhookRoutes,
];
