import { fileURLToPath } from 'node:url';
import { qaKpis, surveyKpis } from '@callqa/core';
import { existingCallIds, latestEvaluations, listSurveys, type Store } from '@callqa/store';
import { padDisplay } from '../format/display-width.js';
import type { DisplayLanguage, OutputFormat } from '../format/formatter.js';
import { openDatabase } from '../store/open-database.js';
import { runInspect } from './inspect.js';
import { runKpi } from './kpi.js';
import { runSeed } from './seed.js';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

function qaByTeam(store: Store, zh: boolean): string {
  const byTeam = new Map<string, ReturnType<typeof latestEvaluations>>();
  for (const e of latestEvaluations(store)) {
    const list = byTeam.get(e.team ?? '') ?? [];
    list.push(e);
    byTeam.set(e.team ?? '', list);
  }
  const lines = [
    zh
      ? 'ACD 组            质检通数  合格率  平均分  千通差错  含A类差错'
      : 'ACD group        inspected  pass   mean  errors/call  with A-class',
  ];
  for (const [team, list] of [...byTeam].sort((a, b) => a[0].localeCompare(b[0]))) {
    const k = qaKpis(list);
    lines.push(
      `${padDisplay(team, 16)}${String(k.inspected).padStart(8)}  ${pct(k.passRate).padStart(6)}  ${(k.meanScore ?? 0).toFixed(1).padStart(5)}  ${((k.errorRate ?? 0) * 1000).toFixed(0).padStart(8)}  ${pct(k.aClassShare).padStart(8)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * callqa demo (what `npm start` runs until the web app exists): the bundled calls inspected with
 * their evidence, then a week of a generated center imported into the database (once) and its
 * telephony and quality figures by ACD group.
 */
export async function runDemo(options: {
  db?: string;
  format: OutputFormat;
  language: DisplayLanguage;
}): Promise<number> {
  const zh = options.language === 'zh';
  const demo = ['zh', 'en'].map((l) =>
    fileURLToPath(new URL(`../../demo/${l}.calls.jsonl`, import.meta.url)),
  );
  await runInspect({
    files: demo,
    scorecards: [],
    format: options.format,
    language: options.language,
    unmasked: false,
  });
  const { store, file } = await openDatabase(options.db);
  try {
    if (existingCallIds(store, ['1740787298.1']).size === 0) {
      process.stdout.write(
        zh ? `\n正在生成演示呼叫中心并导入 ${file} …\n` : `\nGenerating the demo center into ${file} …\n`,
      );
      await runSeed(store, file, { scenario: 'demo', language: options.language });
    }
    process.stdout.write(
      zh ? `\n话务指标(按 ACD 组,${file}):\n` : `\nTelephony KPIs by ACD group (${file}):\n`,
    );
    process.stdout.write(
      runKpi(store, {
        by: ['team'],
        thresholdsSec: [20, 30],
        timeZone: 'Asia/Shanghai',
        format: 'table',
        language: options.language,
      }),
    );
    process.stdout.write(
      zh ? '\n质检结果(按 ACD 组,100% 自动质检):\n' : '\nQuality by ACD group (every call inspected):\n',
    );
    process.stdout.write(qaByTeam(store, zh));
    const s = surveyKpis(listSurveys(store));
    process.stdout.write(
      zh
        ? `\n满意度(${s.csatResponses} 份):CSAT 满意率 ${pct(s.csatTop2Box)},均分 ${s.csatMean?.toFixed(2) ?? '—'};NPS ${s.nps?.toFixed(0) ?? '—'}\n`
        : `\nSurveys (${s.csatResponses}): CSAT top-2-box ${pct(s.csatTop2Box)}, mean ${s.csatMean?.toFixed(2) ?? '—'}; NPS ${s.nps?.toFixed(0) ?? '—'}\n`,
    );
    process.stdout.write(
      zh
        ? '\n接着试试:callqa kpi --by day;callqa kpi --by agent --format csv > 坐席.csv;callqa reinspect --scorecard default-zh\n'
        : '\nNext: callqa kpi --by day; callqa kpi --by agent --format csv > agents.csv; callqa reinspect --scorecard default-zh\n',
    );
  } finally {
    store.close();
  }
  return 0;
}
