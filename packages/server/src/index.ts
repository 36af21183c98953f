export { type BuildAppOptions, buildApp, type RouteAccess } from './app.js';
export { hashPassword, verifyPassword } from './auth/passwords.js';
export { ConfigError, parseConfig, type ServerConfig } from './config.js';
export { DEMO_PASSWORD, type DemoLogin, ensureDemoUsers } from './demo/demo-users.js';
export { seedDemoWorkflow } from './demo/demo-workflow.js';
export { sendDueReminders } from './events/reminders.js';
export { type RunningServer, startServer } from './start-server.js';
