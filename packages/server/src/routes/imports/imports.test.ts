import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listCalls } from '@callqa/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestCall, openTestApp, signIn } from '../../test-support/test-app.js';

const queueLog = fileURLToPath(new URL('../../../../ingest/fixtures/asterisk/queue_log', import.meta.url));

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => {
  await t.dispose();
});

function multipart(
  fields: Record<string, string>,
  files: Record<string, { name: string; content: Buffer | string }>,
) {
  const boundary = `----callqa${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  for (const [name, file] of Object.entries(files)) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

async function waitFor(cookie: string, id: string) {
  for (let i = 0; i < 200; i++) {
    const job = (
      await t.app.inject({ method: 'GET', url: `/api/imports/${id}`, headers: { cookie } })
    ).json() as { status: string };
    if (job.status === 'completed' || job.status === 'failed') return job as Record<string, unknown>;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the import did not finish');
}

describe('imports through the API', () => {
  test('a QA manager uploads transcripts; they are inspected and stored in the background, with progress to poll', async () => {
    const cookie = await signIn(t.app, 'qa_manager');
    const lines = ['u1', 'u2', 'u3'].map((id) =>
      JSON.stringify(buildTestCall(id, 'a1001', '一组', '2024-05-01T09:00:00+08:00')),
    );
    const body = multipart(
      { kind: 'transcripts' },
      { file: { name: '5月.jsonl', content: `${lines.join('\n')}\n{"id": "bad"\n` } },
    );
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/imports',
      ...body,
      headers: { ...body.headers, cookie },
    });
    expect(response.statusCode).toBe(202);
    const job = await waitFor(cookie, (response.json() as { id: string }).id);
    expect(job).toMatchObject({
      status: 'completed',
      file: '5月.jsonl',
      rowsRead: 4,
      imported: 3,
      rejected: 1,
    });
    expect((job.errors as string[])[0]).toMatch(/5月\.jsonl:4: \(json\): not valid JSON/);
    expect(listCalls(t.store, { scope: { kind: 'all' }, agentId: 'a1001' }).total).toBe(4);
  });

  test('tells the QA managers when uploaded calls fail a fatal item', async () => {
    const cookie = await signIn(t.app, 'qa_manager');
    const rude = buildTestCall('f1', 'a1001', '一组', '2024-05-02T09:00:00+08:00');
    rude.turns.push({ speaker: 'agent', startMs: 12_000, endMs: 14_000, text: '你有病吧,爱办不办' });
    const body = multipart(
      { kind: 'transcripts' },
      { file: { name: 'fatal.jsonl', content: `${JSON.stringify(rude)}\n` } },
    );
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/imports',
      ...body,
      headers: { ...body.headers, cookie },
    });
    await waitFor(cookie, (response.json() as { id: string }).id);
    const notes = (
      await t.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie } })
    ).json() as {
      items: Array<{ kind: string; message: string }>;
    };
    expect(notes.items.find((n) => n.kind === 'evaluation.fatal')?.message).toContain('f1');
  });

  test('a queue_log upload is imported like the command line does', async () => {
    const cookie = await signIn(t.app, 'admin');
    const body = multipart(
      { kind: 'queue-log' },
      { file: { name: 'queue_log', content: readFileSync(queueLog) } },
    );
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/imports',
      ...body,
      headers: { ...body.headers, cookie },
    });
    const job = await waitFor(cookie, (response.json() as { id: string }).id);
    expect(job.status).toBe('completed');
    expect(job.imported as number).toBeGreaterThan(10);
    expect(job.visits as number).toBeGreaterThan(0);
  });

  test('refuses a file over the configured upload limit and keeps nothing of it', async () => {
    const cookie = await signIn(t.app, 'qa_manager');
    const big = multipart(
      { kind: 'transcripts' },
      { file: { name: 'big.jsonl', content: Buffer.alloc(2 * 1024 * 1024, 0x20) } },
    );
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/imports',
      ...big,
      headers: { ...big.headers, cookie },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('payload_too_large');
    const uploads = join(dirname(t.store.sqlite.name), 'uploads');
    expect(existsSync(uploads) ? readdirSync(uploads) : []).toEqual([]);
  });

  test('names what is missing or wrong, and refuses those who may not import', async () => {
    const cookie = await signIn(t.app, 'qa_manager');
    const noKind = multipart({ kind: 'mp3' }, { file: { name: 'x.txt', content: 'x' } });
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/imports',
      ...noKind,
      headers: { ...noKind.headers, cookie },
    });
    expect(bad.json()).toMatchObject({ code: 'invalid_request', details: [{ field: 'kind' }] });
    const csv = multipart({ kind: 'csv' }, { file: { name: 'calls.csv', content: 'a,b\n' } });
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/imports',
          ...csv,
          headers: { ...csv.headers, cookie },
        })
      ).json(),
    ).toMatchObject({
      details: [{ field: 'mapping' }],
    });
    const agent = await signIn(t.app, 'agent');
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/imports',
      ...csv,
      headers: { ...csv.headers, cookie: agent },
    });
    expect(refused.statusCode).toBe(403);
  });
});
