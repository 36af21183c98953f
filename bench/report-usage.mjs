// Loaded with --import into the measured process: reports its peak RSS when it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\n@@usage ${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
});
