import { appendAudit, countUsers, createUser, migrate, openStore, type Store } from '@callqa/store';
import { buildApp } from './app.js';
import { hashPassword } from './auth/passwords.js';
import type { ServerConfig } from './config.js';

export type RunningServer = {
  url: string;
  store: Store;
  /** Stops taking connections, lets requests in flight finish, then closes the database. */
  close(): Promise<void>;
};

/**
 * Opens and migrates the database, creates the first administrator from the configuration when
 * there is no account yet, and listens. `prepare` runs between migration and listening (the demo
 * seed uses it).
 */
export async function startServer(
  config: ServerConfig,
  options: { prepare?: (store: Store) => Promise<void>; logger?: boolean } = {},
): Promise<RunningServer> {
  const store = openStore(config.database);
  try {
    await migrate(store);
    await options.prepare?.(store);
    if (config.firstAdmin && countUsers(store) === 0) {
      const id = createUser(store, {
        username: config.firstAdmin.username,
        role: 'admin',
        passwordHash: await hashPassword(config.firstAdmin.password),
      });
      appendAudit(store, {
        actor: 'system',
        action: 'user.create',
        entity: 'user',
        entityId: String(id),
        after: { username: config.firstAdmin.username, role: 'admin' },
        reason: 'first administrator, from CALLQA_ADMIN_USERNAME',
      });
    }
    const { app } = await buildApp({ store, config, logger: options.logger ?? false });
    const address = await app.listen({ port: config.port, host: config.host });
    const url = address.replace('://127.0.0.1', '://localhost');
    let closing: Promise<void> | undefined;
    return {
      url,
      store,
      close() {
        closing ??= (async () => {
          await app.close();
          store.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    store.close();
    throw error;
  }
}
