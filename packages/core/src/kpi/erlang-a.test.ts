import { describe, expect, test } from 'vitest';
import { erlangCServiceLevel } from './erlang.js';
import { erlangA } from './erlang-a.js';

const base = { callsPerInterval: 100, intervalSec: 1800, ahtSec: 180, targetSec: 20 };

function poisson(mean: number, k: number): number {
  let p = Math.exp(-mean);
  for (let i = 1; i <= k; i++) p *= mean / i;
  return p;
}

describe('erlangA', () => {
  test('with patience equal to AHT the system is M/M/∞: Poisson in-system count', () => {
    // Every call in the system leaves at rate μ, waiting or talking: the count is Poisson(10).
    const r = erlangA({ ...base, agents: 14, patienceSec: 180 });
    let below = 0;
    let abandon = 0;
    for (let k = 0; k < 14; k++) below += poisson(10, k);
    for (let j = 0; j < 200; j++) abandon += poisson(10, 14 + j) * ((j + 1) / (14 + j + 1));
    expect(r.probabilityOfWaiting).toBeCloseTo(1 - below, 10);
    expect(r.abandonRate).toBeCloseTo(abandon, 10);
  });

  test('with very patient callers it approaches Erlang C', () => {
    const r = erlangA({ ...base, agents: 14, patienceSec: 1e7 });
    expect(r.probabilityOfWaiting).toBeCloseTo(0.1741, 3);
    expect(r.serviceLevel).toBeCloseTo(erlangCServiceLevel(14, 10, 180, 20), 3);
    expect(r.asaSec).toBeCloseTo(7.8, 1);
    expect(r.abandonRate).toBeLessThan(1e-4);
  });

  test('impatient callers abandon more, and those who stay wait less', () => {
    const patient = erlangA({ ...base, agents: 11, patienceSec: 600 });
    const impatient = erlangA({ ...base, agents: 11, patienceSec: 30 });
    expect(impatient.abandonRate).toBeGreaterThan(patient.abandonRate);
    expect(impatient.asaSec).toBeLessThan(patient.asaSec);
  });

  test('stays stable with 250 agents and an overloaded queue', () => {
    const big = erlangA({
      callsPerInterval: 2600,
      intervalSec: 1800,
      ahtSec: 180,
      agents: 250,
      patienceSec: 120,
      targetSec: 20,
    });
    for (const v of Object.values(big)) expect(Number.isFinite(v)).toBe(true);
    expect(big.abandonRate).toBeGreaterThan(0);
    expect(big.serviceLevel).toBeGreaterThanOrEqual(0);
    expect(big.serviceLevel).toBeLessThanOrEqual(1);
    expect(big.occupancy).toBeLessThanOrEqual(1);
  });
});
