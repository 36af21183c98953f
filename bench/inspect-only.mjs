// The inspection pipeline without output: stream the file, parse, validate and inspect every call.
// Run by inspect.mjs as a child process so that its peak memory is its own.

import { defaultScorecard, inspectCall } from '../packages/core/dist/index.js';
import { openInput, parseRecord, readRecordBatches } from '../packages/ingest/dist/index.js';

let failed = 0;
let total = 0;
for await (const batch of readRecordBatches(openInput(process.argv[2])))
  for (const record of batch) {
    const parsed = parseRecord(record);
    if (!parsed.ok) continue;
    const evaluation = inspectCall(defaultScorecard(parsed.call.language), parsed.call);
    failed += evaluation.classCounts.A + evaluation.classCounts.B + evaluation.classCounts.C;
    total++;
  }
process.stderr.write(`@@inspected ${total} calls, ${failed} failed checks\n`);
