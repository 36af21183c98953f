export type ErlangAInput = {
  agents: number;
  callsPerInterval: number;
  intervalSec: number;
  ahtSec: number;
  /** Mean patience of a waiting caller before hanging up (exponential), in seconds. */
  patienceSec: number;
  targetSec: number;
};

export type ErlangAResult = {
  /** Share of all offered calls answered within targetSec. */
  serviceLevel: number;
  /** Share of offered calls that hang up while waiting. */
  abandonRate: number;
  /** Mean wait of the answered calls, in seconds. */
  asaSec: number;
  /** Share of offered calls that find every agent busy. */
  probabilityOfWaiting: number;
  /** Carried traffic (answered calls × AHT) per agent. */
  occupancy: number;
};

// Relative size below which the tail of the distribution is dropped (far below double precision of 1).
const NEGLIGIBLE_LOG = Math.log(1e-18);
const MAX_QUEUE = 1_000_000;

/**
 * Erlang A (M/M/n+M, Palm's model): Poisson arrivals λ, exponential service μ = 1/AHT, n agents,
 * and callers who abandon after an exponential patience θ = 1/patience. The number of calls in the
 * system is a birth-death chain with birth rate λ and death rate kμ (k ≤ n) or nμ + (k − n)θ; its
 * stationary distribution is built in logarithms and truncated where the tail no longer matters, so
 * hundreds of agents or an overloaded queue never overflow.
 *
 * A caller arriving with j calls waiting ahead advances one place at rate nμ + iθ (i still ahead)
 * and abandons at rate θ, so it is answered with probability nμ / (nμ + (j + 1)θ), and its wait is
 * the sum of exponential stages with rates nμ + (i + 1)θ. The chance of an answer within the target
 * is computed by uniformization of that stage chain.
 */
export function erlangA(input: ErlangAInput): ErlangAResult {
  const { agents: n, callsPerInterval, intervalSec, ahtSec, patienceSec, targetSec } = input;
  if (!(n >= 1) || !(ahtSec > 0) || !(intervalSec > 0))
    throw new RangeError('agents, ahtSec and intervalSec must be positive');
  if (!(patienceSec > 0 && Number.isFinite(patienceSec))) {
    throw new RangeError('patienceSec must be positive and finite; without abandonment use Erlang C');
  }
  const lambda = callsPerInterval / intervalSec;
  const mu = 1 / ahtSec;
  const theta = 1 / patienceSec;
  if (lambda <= 0)
    return { serviceLevel: 1, abandonRate: 0, asaSec: 0, probabilityOfWaiting: 0, occupancy: 0 };

  const logs: number[] = [0];
  let max = 0;
  for (let k = 1; k <= n + MAX_QUEUE; k++) {
    const death = k <= n ? k * mu : n * mu + (k - n) * theta;
    const r = lambda / death;
    const l = (logs[k - 1] as number) + Math.log(r);
    logs.push(l);
    if (l > max) max = l;
    // Past the mode the terms fall at least geometrically by r, so the rest sums to < term / (1 − r).
    if (k > n && r < 1 && l - Math.log(1 - r) - max < NEGLIGIBLE_LOG) break;
  }
  let total = 0;
  for (const l of logs) total += Math.exp(l - max);
  const pi = logs.map((l) => Math.exp(l - max) / total);

  const waiting = pi.length - n;
  let probabilityOfWaiting = 0;
  let servedAtOnce = 0;
  for (let k = 0; k < n; k++) servedAtOnce += pi[k] as number;
  let served = servedAtOnce;
  let waitOfServed = 0;
  let stageMean = 0;
  const stageRate = (i: number) => n * mu + (i + 1) * theta;
  const initial: number[] = [];
  for (let j = 0; j < waiting; j++) {
    const p = pi[n + j] as number;
    probabilityOfWaiting += p;
    const answered = (n * mu) / stageRate(j);
    stageMean += 1 / stageRate(j);
    served += p * answered;
    waitOfServed += p * answered * stageMean;
    initial.push(p * answered);
  }
  const withinTarget = servedAtOnce + answeredWithin(initial, stageRate, targetSec);
  return {
    serviceLevel: Math.min(1, withinTarget),
    abandonRate: Math.max(0, 1 - served),
    asaSec: served > 0 ? waitOfServed / served : 0,
    probabilityOfWaiting,
    occupancy: Math.min(1, (lambda * served) / (n * mu)),
  };
}

/**
 * Mass that has passed every stage by time t, starting with mass[j] at stage j (j stages still to
 * pass after this one), each stage left at its own rate: uniformization with Poisson weights kept
 * in logarithms, which stay finite however long the horizon.
 */
function answeredWithin(mass: readonly number[], rate: (i: number) => number, t: number): number {
  if (mass.length === 0 || t <= 0) return 0;
  const big = rate(mass.length - 1);
  const q = big * t;
  const steps = Math.ceil(q + 10 * Math.sqrt(q) + 25);
  const leave = mass.map((_, i) => rate(i) / big);
  let v = [...mass];
  let done = 0;
  let result = 0;
  let logWeight = -q;
  let weightSum = 0;
  for (let m = 0; m <= steps; m++) {
    if (m > 0) {
      logWeight += Math.log(q) - Math.log(m);
      const next = new Array<number>(v.length);
      done += (v[0] as number) * (leave[0] as number);
      for (let i = 0; i < v.length; i++) {
        const stay = (v[i] as number) * (1 - (leave[i] as number));
        const arrive = i + 1 < v.length ? (v[i + 1] as number) * (leave[i + 1] as number) : 0;
        next[i] = stay + arrive;
      }
      v = next;
    }
    const w = Math.exp(logWeight);
    weightSum += w;
    result += w * done;
  }
  // The Poisson tail beyond the last step has every mass at least as far along as at that step.
  return result + Math.max(0, 1 - weightSum) * done;
}
