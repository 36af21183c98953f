import { roleTitles } from '@callqa/core';
import {
  ConfigError,
  DEMO_PASSWORD,
  type DemoLogin,
  ensureDemoUsers,
  parseConfig,
  seedDemoWorkflow,
  startServer,
} from '@callqa/server';
import { padDisplay } from '../format/display-width.js';
import { databasePath } from '../store/open-database.js';
import { CliError } from './cli-error.js';
import { runSeed } from './seed.js';

/**
 * callqa serve: the API (and later the web app) on the database. With --demo (what `npm start`
 * runs) an empty database first receives the demo center, and the demo accounts are made.
 */
export async function runServe(options: {
  db?: string;
  port?: number;
  demo: boolean;
  language: 'zh' | 'en';
}): Promise<number> {
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig({
      ...process.env,
      ...(options.db !== undefined ? { CALLQA_DB: options.db } : {}),
      ...(options.port !== undefined ? { PORT: String(options.port) } : {}),
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
  config.database = databasePath(config.database);
  const zh = options.language === 'zh';
  let logins: DemoLogin[] = [];
  const server = await startServer(config, {
    prepare: async (store) => {
      if (!options.demo) return;
      const empty = store.sqlite.prepare('select 1 from calls limit 1').get() === undefined;
      if (empty) {
        process.stdout.write(
          zh
            ? `正在生成演示呼叫中心 → ${config.database}\n`
            : `Generating the demo center → ${config.database}\n`,
        );
        await runSeed(store, config.database, { scenario: 'demo', language: options.language });
      }
      logins = await ensureDemoUsers(store);
      seedDemoWorkflow(store);
    },
  });
  const lines = [
    '',
    zh ? `callqa 已启动: ${server.url}` : `callqa is running: ${server.url}`,
    zh ? `  API 文档: ${server.url}/api/docs` : `  API docs: ${server.url}/api/docs`,
    zh ? `  数据库: ${config.database}` : `  database: ${config.database}`,
  ];
  if (logins.length > 0) {
    lines.push(
      '',
      zh ? `演示账号(密码均为 ${DEMO_PASSWORD}):` : `Demo logins (password ${DEMO_PASSWORD} for all):`,
    );
    for (const login of logins) {
      lines.push(
        `  ${padDisplay(login.username, 16)}${padDisplay(roleTitles[login.role][options.language], 16)}${login.note[options.language]}`,
      );
    }
  }
  lines.push('', zh ? '按 Ctrl+C 停止。' : 'Press Ctrl+C to stop.', '');
  process.stdout.write(lines.join('\n'));
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.stdout.write(
        zh
          ? '\n正在停止:完成进行中的请求,关闭数据库…\n'
          : '\nStopping: finishing requests, closing the database…\n',
      );
      server.close().then(resolve, resolve);
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  return 0;
}
