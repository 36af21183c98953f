import { describe, expect, test } from 'vitest';
import {
  agentsForServiceLevel,
  erlangB,
  erlangC,
  erlangCAsa,
  erlangCServiceLevel,
  occupancy,
  trafficErlangs,
} from './erlang.js';

// 100 calls per 30 min with an AHT of 180 s is 10 erlangs; the figures are the textbook ones.
const a = trafficErlangs(100, 1800, 180);

describe('Erlang B and C', () => {
  test('Erlang B of one and two servers at one erlang', () => {
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 12);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 12);
  });

  test('14 agents: P(wait) 0.1741, SL20 0.8884, occupancy 0.7143, ASA 7.8 s', () => {
    expect(a).toBe(10);
    expect(erlangC(14, a)).toBeCloseTo(0.1741, 4);
    expect(erlangCServiceLevel(14, a, 180, 20)).toBeCloseTo(0.8884, 4);
    expect(occupancy(14, a)).toBeCloseTo(0.7143, 4);
    expect(erlangCAsa(14, a, 180)).toBeCloseTo(7.8, 1);
  });

  test('12 agents: P(wait) 0.4494, SL20 0.6402', () => {
    expect(erlangC(12, a)).toBeCloseTo(0.4494, 4);
    expect(erlangCServiceLevel(12, a, 180, 20)).toBeCloseTo(0.6402, 4);
  });

  test('an overloaded queue always waits and never meets a service level', () => {
    expect(erlangC(10, a)).toBe(1);
    expect(erlangCServiceLevel(9, a, 180, 20)).toBe(0);
    expect(erlangCAsa(10, a, 180)).toBe(Number.POSITIVE_INFINITY);
  });

  test('hundreds of agents stay finite (no factorial overflow)', () => {
    const b = erlangB(500, 450);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(1);
    expect(erlangC(500, 450)).toBeGreaterThan(0);
    expect(erlangC(500, 450)).toBeLessThan(1);
  });
});

describe('agentsForServiceLevel', () => {
  test('the fewest agents for 80 % in 20 s', () => {
    const s = agentsForServiceLevel({
      callsPerInterval: 100,
      intervalSec: 1800,
      ahtSec: 180,
      targetSec: 20,
      targetServiceLevel: 0.8,
    });
    expect(s.agents).toBe(14);
    expect(s.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(erlangCServiceLevel(13, a, 180, 20)).toBeLessThan(0.8);
  });

  test('a maximum occupancy can require more agents than the service level', () => {
    const s = agentsForServiceLevel({
      callsPerInterval: 100,
      intervalSec: 1800,
      ahtSec: 180,
      targetSec: 20,
      targetServiceLevel: 0.5,
      maxOccupancy: 0.7,
    });
    expect(s.agents).toBe(15);
  });

  test('refuses a target of 100 %', () => {
    expect(() =>
      agentsForServiceLevel({
        callsPerInterval: 1,
        intervalSec: 1800,
        ahtSec: 180,
        targetSec: 20,
        targetServiceLevel: 1,
      }),
    ).toThrow(RangeError);
  });
});
