import { formatIssuePath } from '../call/parse-call.js';
import { buildCharRequirement, CharAlphabet } from '../text/char-requirement.js';
import { compilePhrases, phraseToPattern } from '../text/compile-phrases.js';
import { buildPrefilter } from '../text/required-chars.js';
import type {
  CompiledCondition,
  CompiledItem,
  CompiledMatcher,
  CompiledScorecard,
} from './compiled-scorecard.js';
import type { Condition, Matcher, MatchSource } from './condition-schema.js';
import { type PhraseList, type Scorecard, ScorecardSchema } from './scorecard-schema.js';

export type ScorecardIssue = { path: string; message: string };
export type LoadedScorecard =
  | { ok: true; scorecard: CompiledScorecard }
  | { ok: false; issues: ScorecardIssue[] };

type Compiler = {
  lists: Record<string, PhraseList>;
  conditions: Record<string, Condition>;
  named: Map<string, { condition: CompiledCondition | null }>;
  compiling: Set<string>;
  issues: ScorecardIssue[];
  /** One alphabet per scorecard, so that a turn's character bits serve every list. */
  alphabet: CharAlphabet;
};

function listParts(list: PhraseList): { terms: string[]; patterns: string[] } {
  if (Array.isArray(list)) return { terms: list, patterns: [] };
  return { terms: list.terms ?? [], patterns: list.patterns ?? [] };
}

function tryRegExp(source: string, flags: string, path: string, c: Compiler): RegExp | null {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    c.issues.push({ path, message: `invalid regular expression: ${(error as Error).message}` });
    return null;
  }
}

function collectSource(source: MatchSource, path: string, c: Compiler) {
  const terms: string[] = [...(source.terms ?? [])];
  const patterns: string[] = [];
  const listNames = source.list === undefined ? [] : Array.isArray(source.list) ? source.list : [source.list];
  for (const name of listNames) {
    const list = c.lists[name];
    if (!list) {
      c.issues.push({ path: `${path}.list`, message: `unknown phrase list "${name}"` });
      continue;
    }
    const parts = listParts(list);
    terms.push(...parts.terms);
    patterns.push(...parts.patterns);
  }
  if (source.pattern !== undefined) patterns.push(source.pattern);
  for (const [i, pattern] of patterns.entries()) tryRegExp(pattern, 'u', `${path}.pattern[${i}]`, c);
  return { terms, patterns };
}

function compileSource(source: MatchSource, path: string, c: Compiler, global: boolean): RegExp {
  const parts = collectSource(source, path, c);
  try {
    return compilePhrases({ ...parts, global });
  } catch (error) {
    c.issues.push({ path, message: `invalid regular expression: ${(error as Error).message}` });
    return /(?!)/g;
  }
}

function compileMatcher(
  matcher: Matcher,
  path: string,
  c: Compiler,
  withAlternatives: boolean,
): CompiledMatcher {
  const parts = collectSource(matcher, path, c);
  const sources = [...parts.terms.map(phraseToPattern), ...parts.patterns];
  const compiled: CompiledMatcher = {
    regex: compileSource(matcher, path, c, true),
    requirement: buildCharRequirement(sources, c.alphabet),
    prefilter: buildPrefilter(sources, true),
    alternatives: [],
  };
  if (withAlternatives) {
    compiled.alternatives = [
      ...parts.terms.map((t) => compilePhrases({ patterns: [phraseToPattern(t)], global: false })),
      ...parts.patterns.map((p) => compilePhrases({ patterns: [p], global: false })),
    ];
  }
  if (matcher.exclude) compiled.exclude = compileSource(matcher.exclude, `${path}.exclude`, c, true);
  if (matcher.notPrecededBy) {
    compiled.notPrecededBy = {
      regex: compileSource(matcher.notPrecededBy, `${path}.notPrecededBy`, c, false),
      within: matcher.notPrecededBy.within,
    };
  }
  if (matcher.notFollowedBy) {
    compiled.notFollowedBy = {
      regex: compileSource(matcher.notFollowedBy, `${path}.notFollowedBy`, c, false),
      within: matcher.notFollowedBy.within,
    };
  }
  return compiled;
}

function compileNamed(name: string, path: string, c: Compiler): { condition: CompiledCondition | null } {
  const existing = c.named.get(name);
  if (existing) {
    if (c.compiling.has(name)) c.issues.push({ path, message: `condition "${name}" refers to itself` });
    return existing;
  }
  const definition = c.conditions[name];
  const target: { condition: CompiledCondition | null } = { condition: null };
  c.named.set(name, target);
  if (!definition) {
    c.issues.push({ path, message: `unknown condition "${name}"` });
    return target;
  }
  c.compiling.add(name);
  target.condition = compileCondition(definition, `conditions.${name}`, c);
  c.compiling.delete(name);
  return target;
}

function compileCondition(condition: Condition, path: string, c: Compiler): CompiledCondition {
  switch (condition.op) {
    case 'phrases':
    case 'regex': {
      const mode = condition.mode ?? 'any';
      if (mode === 'atLeast' && condition.n === undefined) {
        c.issues.push({ path: `${path}.n`, message: 'mode atLeast needs n' });
      }
      return {
        op: 'phrases',
        matcher: compileMatcher(condition, path, c, mode === 'all' || mode === 'atLeast'),
        speaker: condition.speaker ?? 'any',
        ...(condition.window ? { window: condition.window } : {}),
        mode,
        n: condition.n ?? 1,
        per: condition.per ?? 'call',
        minCount: condition.minCount ?? 1,
        ...(condition.reason ? { reason: condition.reason } : {}),
      };
    }
    case 'near':
      return {
        op: 'near',
        a: compileMatcher(condition.a, `${path}.a`, c, false),
        b: compileMatcher(condition.b, `${path}.b`, c, false),
        within: condition.within,
        order: condition.order ?? 'any',
        speaker: condition.speaker ?? 'any',
        ...(condition.window ? { window: condition.window } : {}),
        ...(condition.reason ? { reason: condition.reason } : {}),
      };
    case 'anchor':
      return {
        op: 'anchor',
        anchor: compileCondition(condition.anchor, `${path}.anchor`, c),
        response: compileCondition(condition.response, `${path}.response`, c),
        within: condition.within,
        hit: condition.hit ?? 'missing',
        ...(condition.reason ? { reason: condition.reason } : {}),
      };
    case 'silence':
      if (condition.announced && condition.announced !== 'any' && !condition.announcement) {
        c.issues.push({
          path: `${path}.announcement`,
          message: `announced "${condition.announced}" needs an announcement`,
        });
      }
      return {
        op: 'silence',
        minMs: condition.minMs,
        ...(condition.maxMs !== undefined ? { maxMs: condition.maxMs } : {}),
        announced: condition.announced ?? 'any',
        ...(condition.announcement
          ? { announcement: compileMatcher(condition.announcement, `${path}.announcement`, c, false) }
          : {}),
        ...(condition.reason ? { reason: condition.reason } : {}),
      };
    case 'speechRate':
      if (condition.above === undefined && condition.below === undefined) {
        c.issues.push({ path, message: 'speechRate needs above or below' });
      }
      return condition;
    case 'metadata': {
      if (condition.pattern === undefined) return condition;
      const compiledPattern = tryRegExp(condition.pattern, 'u', `${path}.pattern`, c);
      return compiledPattern ? { ...condition, compiledPattern } : condition;
    }
    case 'overlap':
    case 'hangup':
    case 'duration':
      return condition;
    case 'and':
    case 'or':
      return { ...condition, of: condition.of.map((sub, i) => compileCondition(sub, `${path}.of[${i}]`, c)) };
    case 'not':
      return { ...condition, of: compileCondition(condition.of, `${path}.of`, c) };
    case 'ref':
      return { ...condition, target: compileNamed(condition.name, `${path}.name`, c) };
  }
}

function checkItems(scorecard: Scorecard, c: Compiler): CompiledItem[] {
  const items: CompiledItem[] = [];
  const seen = new Set<string>();
  scorecard.sections.forEach((section, s) => {
    section.items.forEach((item, i) => {
      const path = `sections[${s}].items[${i}]`;
      if (seen.has(item.id)) c.issues.push({ path: `${path}.id`, message: `duplicate item id "${item.id}"` });
      seen.add(item.id);
      const { check, ...rest } = item;
      const compiled: CompiledItem = { ...rest, section: { id: section.id, name: section.name }, path };
      if (item.scoring !== 'manual' && !check) {
        c.issues.push({ path: `${path}.check`, message: `scoring "${item.scoring}" needs a check` });
      }
      if (check) {
        const { failWhen, applicableWhen, ...checkRest } = check;
        compiled.check = {
          ...checkRest,
          failWhen: compileCondition(failWhen, `${path}.check.failWhen`, c),
          ...(applicableWhen
            ? { applicableWhen: compileCondition(applicableWhen, `${path}.check.applicableWhen`, c) }
            : {}),
        };
      }
      items.push(compiled);
    });
  });
  return items;
}

/**
 * Validates a scorecard document and compiles it. Every problem is reported with its path inside
 * the document, so a QA manager editing JSON or YAML can find the line.
 * @example compileScorecard(JSON.parse(text)) // { ok: false, issues: [{ path: 'sections[1].items[3].points', message }] }
 */
export function compileScorecard(document: unknown): LoadedScorecard {
  const parsed = ScorecardSchema.safeParse(document);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: formatIssuePath(issue.path),
        message: issue.message,
      })),
    };
  }
  const scorecard = parsed.data;
  const c: Compiler = {
    lists: scorecard.lists,
    conditions: scorecard.conditions,
    named: new Map(),
    compiling: new Set(),
    issues: [],
    alphabet: new CharAlphabet(),
  };
  for (const [name, list] of Object.entries(scorecard.lists)) {
    listParts(list).patterns.forEach((p, i) => {
      tryRegExp(p, 'u', `lists.${name}.patterns[${i}]`, c);
    });
  }
  for (const name of Object.keys(scorecard.conditions)) compileNamed(name, `conditions.${name}`, c);
  const items = checkItems(scorecard, c);
  if (c.issues.length > 0) return { ok: false, issues: c.issues };
  return {
    ok: true,
    scorecard: {
      document: scorecard,
      id: scorecard.id,
      version: scorecard.version,
      language: scorecard.language,
      passScore: scorecard.passScore,
      naPolicy: scorecard.naPolicy,
      items,
      maxScore: items.reduce((sum, item) => sum + item.points, 0),
    },
  };
}
