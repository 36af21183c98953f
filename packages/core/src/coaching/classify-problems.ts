/** One failed check on one call of an agent. */
export type CheckFailure = { agentId: string; check: string; callId: string };

export type ProblemClass = 'common' | 'individual';

export type ClassifiedProblem = {
  check: string;
  class: ProblemClass;
  /** Agents with at least one call failing the check. */
  agentsAffected: number;
  /** Of the agents with evaluated calls in the period. */
  agentShare: number;
  failedCalls: number;
  agents: string[];
};

/**
 * Seed 002's split of problems: a failed check is **common** (共性) when it affects at least
 * `commonShare` of the agents who had calls in the period (default 30 %) — a matter for training —
 * and **individual** (个性) otherwise — a matter for coaching. Sorted most widespread first.
 *
 * @example classifyProblems(failures, { agents: 40 }) // [{ check: 'closing', class: 'common', agentShare: 0.45, … }]
 */
export function classifyProblems(
  failures: readonly CheckFailure[],
  options: { agents: number; commonShare?: number },
): ClassifiedProblem[] {
  const { agents, commonShare = 0.3 } = options;
  if (!(commonShare > 0 && commonShare <= 1)) throw new RangeError('commonShare must be in (0, 1]');
  const byCheck = new Map<string, { agents: Set<string>; calls: Set<string> }>();
  for (const f of failures) {
    let entry = byCheck.get(f.check);
    if (!entry) {
      entry = { agents: new Set(), calls: new Set() };
      byCheck.set(f.check, entry);
    }
    entry.agents.add(f.agentId);
    entry.calls.add(f.callId);
  }
  return [...byCheck]
    .map(([check, entry]) => {
      const share = agents > 0 ? entry.agents.size / agents : 0;
      return {
        check,
        class: (share >= commonShare ? 'common' : 'individual') as ProblemClass,
        agentsAffected: entry.agents.size,
        agentShare: share,
        failedCalls: entry.calls.size,
        agents: [...entry.agents].sort(),
      };
    })
    .sort(
      (a, b) => b.agentShare - a.agentShare || b.failedCalls - a.failedCalls || (a.check < b.check ? -1 : 1),
    );
}
