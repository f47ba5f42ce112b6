// How a justified Thai line shares out its spare width (thai/justify.ts, issue 9 point 1).
import { describe, expect, it } from 'vitest';
import { EVEN_ABOVE_EM, JOINT_EM, justifyShares, largestShare, SPACE_RATIO } from '../../electron/documents/thai/justify';

const EM = 14;
const line = { clusterGaps: 40, joints: 10, spaces: 2 };
const total = (s: { joint: number; space: number; cluster: number }, p = line) => s.joint * p.joints + s.space * p.spaces + s.cluster * p.clusterGaps;

describe('sharing a justified line’s spare width', () => {
  it('puts a little slack at the word joints and spaces only, a space taking more than a joint', () => {
    const s = justifyShares(8, line, EM);
    expect(s.cluster).toBe(0);
    expect(s.space).toBeCloseTo(s.joint * SPACE_RATIO, 9);
    expect(total(s)).toBeCloseTo(8, 9);
  });

  it('gives the clusters what the joints cannot take beyond JOINT_EM, all of it placed', () => {
    const s = justifyShares(30, line, EM);
    expect(s.joint).toBeCloseTo(JOINT_EM * EM, 9);
    expect(s.cluster).toBeGreaterThan(0);
    expect(total(s)).toBeCloseTo(30, 9);
    expect(largestShare(30, line, EM) / EM).toBeLessThan(0.15);
  });

  it('lets the joints give up their lead rather than pass EVEN_ABOVE_EM at one place, down to an even spread', () => {
    const s = justifyShares(70, line, EM);
    expect(total(s)).toBeCloseTo(70, 9);
    expect(largestShare(70, line, EM)).toBeCloseTo(EVEN_ABOVE_EM * EM, 9);
    // So short a line that even an even spread is more: every gap alike, as a distributed line.
    const even = justifyShares(200, line, EM);
    expect(even.joint).toBe(0);
    expect(even.cluster).toBeCloseTo(200 / 40, 9);
  });

  it('has nowhere to put it on a line of one cluster, and nothing to put on a full line', () => {
    expect(largestShare(5, { clusterGaps: 0, joints: 0, spaces: 0 }, EM)).toBe(Number.POSITIVE_INFINITY);
    expect(largestShare(0, line, EM)).toBe(0);
    expect(justifyShares(0, line, EM)).toEqual({ joint: 0, space: 0, cluster: 0 });
  });
});
