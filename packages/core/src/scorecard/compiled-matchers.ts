import type { CompiledCondition, CompiledMatcher, CompiledScorecard } from './compiled-scorecard.js';

function collect(condition: CompiledCondition, into: Set<CompiledMatcher>, seen: Set<CompiledCondition>) {
  if (seen.has(condition)) return;
  seen.add(condition);
  switch (condition.op) {
    case 'phrases':
      into.add(condition.matcher);
      return;
    case 'near':
      into.add(condition.a);
      into.add(condition.b);
      return;
    case 'anchor':
      collect(condition.anchor, into, seen);
      collect(condition.response, into, seen);
      return;
    case 'silence':
      if (condition.announcement) into.add(condition.announcement);
      return;
    case 'and':
    case 'or':
      for (const part of condition.of) collect(part, into, seen);
      return;
    case 'not':
      collect(condition.of, into, seen);
      return;
    case 'ref':
      if (condition.target.condition) collect(condition.target.condition, into, seen);
      return;
    default:
      return;
  }
}

/** Every phrase matcher a scorecard's checks use, once each (for audits of the matching layer). */
export function compiledMatchers(scorecard: CompiledScorecard): CompiledMatcher[] {
  const matchers = new Set<CompiledMatcher>();
  const seen = new Set<CompiledCondition>();
  for (const item of scorecard.items) {
    if (!item.check) continue;
    collect(item.check.failWhen, matchers, seen);
    if (item.check.applicableWhen) collect(item.check.applicableWhen, matchers, seen);
  }
  return [...matchers];
}
