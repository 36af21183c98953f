// Calls per second through saveCalls: 60-turn Chinese calls into a fresh SQLite file, with and
// without inspection by the default scorecard. Run after `npm run build`:
//   node packages/store/bench/save-calls.mjs [calls]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultScorecard, inspectCall } from '@callqa/core';
import { migrate, openStore, saveCalls } from '@callqa/store';

const total = Number(process.argv[2] ?? 20_000);
const BATCH = 500;
const lines = [
  '您好，很高兴为您服务，请问有什么可以帮您',
  '我上个月的话费怎么多扣了五十元，我要退款',
  '好的，请您稍等，我帮您查询一下',
  '你们这个手续费到底怎么算的，我要投诉',
  '非常抱歉给您带来不便，这笔费用我们会在三个工作日内退回',
  '那你让你们经理来跟我说',
  '请问还有其他可以帮您的吗',
  '没有了，谢谢',
];

function buildCall(i) {
  const turns = [];
  for (let t = 0; t < 60; t++) {
    turns.push({
      speaker: t % 2 ? 'customer' : 'agent',
      startMs: t * 4000,
      endMs: t * 4000 + 3500,
      text: `${lines[(i + t) % lines.length]}${t % 7 === 0 ? `，订单号${100000 + i}` : ''}`,
    });
  }
  return {
    id: `bench-${i}`,
    agentId: `a${i % 50}`,
    team: `组${i % 5}`,
    queue: `800${i % 3}`,
    startedAt: new Date(Date.UTC(2024, 2, 1) + i * 60_000).toISOString(),
    language: 'zh',
    hangupBy: 'customer',
    业务类型: '话费查询',
    turns,
  };
}

async function run(label, inspect) {
  const dir = mkdtempSync(join(tmpdir(), 'callqa-bench-'));
  const store = openStore(join(dir, 'bench.db'));
  await migrate(store);
  const scorecard = defaultScorecard('zh');
  const started = performance.now();
  for (let start = 0; start < total; start += BATCH) {
    const items = [];
    for (let i = start; i < Math.min(total, start + BATCH); i++) {
      const call = buildCall(i);
      items.push(inspect ? { call, evaluation: inspectCall(scorecard, call) } : { call });
    }
    saveCalls(store, items);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label}: ${total} calls in ${seconds.toFixed(1)} s = ${Math.round(total / seconds)} calls/s`);
  store.close();
  rmSync(dir, { recursive: true, force: true });
}

await run('saveCalls, 60 turns, no inspection', false);
await run('inspectCall + saveCalls, 60 turns', true);
