/**
 * Erlang B and C by the recurrence B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)): every step stays in
 * [0, 1], so hundreds of servers never overflow a factorial.
 */
export function erlangB(servers: number, trafficErlangs: number): number {
  if (trafficErlangs <= 0) return 0;
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (trafficErlangs * b) / (k + trafficErlangs * b);
  return b;
}

/** Erlang C: the probability that a call waits (M/M/N, no abandonment); 1 when A ≥ N. */
export function erlangC(agents: number, trafficErlangs: number): number {
  if (trafficErlangs <= 0) return 0;
  if (trafficErlangs >= agents) return 1;
  const b = erlangB(agents, trafficErlangs);
  return (agents * b) / (agents - trafficErlangs * (1 - b));
}

/** Share of calls answered within targetSec: 1 − C·e^(−(N − A)·t / AHT); 0 when A ≥ N. */
export function erlangCServiceLevel(
  agents: number,
  trafficErlangs: number,
  ahtSec: number,
  targetSec: number,
): number {
  if (trafficErlangs >= agents) return 0;
  return 1 - erlangC(agents, trafficErlangs) * Math.exp((-(agents - trafficErlangs) * targetSec) / ahtSec);
}

/** Mean wait over all calls: C·AHT / (N − A); Infinity when A ≥ N (the queue grows without end). */
export function erlangCAsa(agents: number, trafficErlangs: number, ahtSec: number): number {
  if (trafficErlangs >= agents) return Number.POSITIVE_INFINITY;
  return (erlangC(agents, trafficErlangs) * ahtSec) / (agents - trafficErlangs);
}

/** Occupancy A / N, at most 1. */
export function occupancy(agents: number, trafficErlangs: number): number {
  return agents > 0 ? Math.min(1, trafficErlangs / agents) : 1;
}

/** Offered traffic in erlangs: calls per interval × AHT / interval length. */
export function trafficErlangs(callsPerInterval: number, intervalSec: number, ahtSec: number): number {
  return (callsPerInterval * ahtSec) / intervalSec;
}

export type StaffingInput = {
  callsPerInterval: number;
  intervalSec: number;
  ahtSec: number;
  targetSec: number;
  /** The share of calls to answer within targetSec, 0–1. */
  targetServiceLevel: number;
  /** Also keep occupancy at or below this (0–1), as planners do to spare agents burn-out. */
  maxOccupancy?: number;
};

export type Staffing = {
  agents: number;
  trafficErlangs: number;
  probabilityOfWaiting: number;
  serviceLevel: number;
  asaSec: number;
  occupancy: number;
};

/** The fewest agents that meet the service-level target under Erlang C. */
export function agentsForServiceLevel(input: StaffingInput): Staffing {
  // Service level approaches 1 but never reaches it: a target of 1 would search for ever.
  if (!(input.targetServiceLevel < 1)) throw new RangeError('targetServiceLevel must be below 1');
  const a = trafficErlangs(input.callsPerInterval, input.intervalSec, input.ahtSec);
  let n = Math.max(1, Math.floor(a) + 1);
  if (input.maxOccupancy !== undefined && input.maxOccupancy > 0) {
    n = Math.max(n, Math.ceil(a / input.maxOccupancy));
  }
  while (erlangCServiceLevel(n, a, input.ahtSec, input.targetSec) < input.targetServiceLevel) n++;
  return {
    agents: n,
    trafficErlangs: a,
    probabilityOfWaiting: erlangC(n, a),
    serviceLevel: erlangCServiceLevel(n, a, input.ahtSec, input.targetSec),
    asaSec: erlangCAsa(n, a, input.ahtSec),
    occupancy: occupancy(n, a),
  };
}
