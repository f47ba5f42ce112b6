// How a justified Thai line spends its spare width (issue 9: under 0.15 em at any one place).
// Thai prose has a space every few words at most, so spaces alone open holes; Thai word joints
// (`wordJoints`) come first, as word spaces do in Latin justification; what they cannot
// take without opening into what a reader takes for a space is spread over every cluster gap,
// as a Thai distributed line spreads all of it.
import { type BreakCandidates, Kind } from './breaks';
import { isThaiLetter } from './chars';

/** Spare width a word joint takes before any goes between clusters, in em: well under a space (about 0.25 em in Sarabun). */
export const JOINT_EM = 0.08;
/**
 * A space between words takes this much more than a joint: a space already reads as a pause,
 * so widening it a little is noticed less than widening the joints inside a phrase.
 */
export const SPACE_RATIO = 1.25;

/** The places of one line that take extra space. */
export interface JustifyPlaces {
  /** Gaps between two grapheme clusters, joints and spaces included. */
  clusterGaps: number;
  /** Thai word joints. */
  joints: number;
  /** Runs of spaces between words. */
  spaces: number;
}

/** Extra space at each kind of place, in the units of `extra`: a joint, a space run, and every cluster gap besides. */
export interface JustifyShares {
  joint: number;
  space: number;
  cluster: number;
}

/**
 * The largest extra space one place may take before the joints give up their lead, in em: kept
 * under the 0.15 em of issue 9, unless even spreading the spare width evenly cannot (a loose line).
 */
export const EVEN_ABOVE_EM = 0.14;

/**
 * Share `extra` out: joints and spaces first (a space SPACE_RATIO times a joint), up to JOINT_EM
 * a joint; the rest evenly over every cluster gap. Where that would put more than EVEN_ABOVE_EM at
 * a space or joint, the joints take less and the clusters more, down to an even spread (a Thai
 * distributed line) for a line so short that even that is more. Nothing when there is nowhere to put it.
 */
export function justifyShares(extra: number, p: JustifyPlaces, em: number): JustifyShares {
  const words = p.joints + SPACE_RATIO * p.spaces;
  if (extra <= 0 || p.clusterGaps === 0) return { joint: 0, space: 0, cluster: 0 };
  const ratio = p.spaces > 0 ? SPACE_RATIO : 1;
  let joint = words > 0 ? Math.min(extra / words, JOINT_EM * em) : 0;
  const even = extra / p.clusterGaps;
  const cap = Math.max(EVEN_ABOVE_EM * em, even);
  if ((extra - joint * words) / p.clusterGaps + ratio * joint > cap) {
    // cluster + ratio × joint = cap, with joint × words + cluster × clusterGaps = extra.
    // (When nearly every gap is a joint or space, the even spread is all there is.)
    const lead = ratio - words / p.clusterGaps;
    joint = lead > 0 ? Math.max(0, (cap - even) / lead) : 0;
  }
  const cluster = (extra - joint * words) / p.clusterGaps;
  return { joint, space: joint * SPACE_RATIO, cluster };
}

/** The most extra space the line puts at one place (infinite when it has nowhere to put it). */
export function largestShare(extra: number, p: JustifyPlaces, em: number): number {
  if (extra <= 1e-9) return 0;
  if (p.clusterGaps === 0) return Number.POSITIVE_INFINITY;
  const s = justifyShares(extra, p, em);
  return s.cluster + (p.spaces > 0 ? s.space : s.joint);
}

/**
 * Where a justified line may take space inside a Thai run: the word boundaries a line may end at
 * without a second thought (both judges agree, kind good), between two Thai letters, outside every
 * glued span (a name, a date, พ.ศ. 2568, a number) and outside protected words (their inner
 * boundaries are of kind protectedWord). Thai prose has a space every few words at most, so
 * stretching at spaces alone opens holes (issue 9).
 */
export function wordJoints(para: string, c: BreakCandidates): number[] {
  const out: number[] = [];
  for (let i = 0; i < c.at.length; i++) {
    const p = c.at[i];
    if (c.kind[i] === Kind.good && !c.glued[i] && isThaiLetter(para.charCodeAt(p - 1)) && isThaiLetter(para.charCodeAt(p))) out.push(p);
  }
  return out;
}

/** The joints strictly inside [start, end), as offsets from start. */
export function jointsIn(joints: number[], start: number, end: number): number[] {
  const out: number[] = [];
  for (const p of joints) if (p > start && p < end) out.push(p - start);
  return out;
}
