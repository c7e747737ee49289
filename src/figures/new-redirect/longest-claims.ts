/** Picks the claim list that needs the most room (by the length of its words in both languages). */
import type { Provenance } from '../../model/vbs/index';
import { claimText } from './claim-text';

export interface ClaimLike {
  readonly id: string;
  readonly provenance: Provenance;
  readonly basis: string;
}

function size(claims: readonly ClaimLike[]): number {
  // Each item costs a line of its own plus its words; Japanese and English wrap differently, so
  // count both and let the larger decide.
  const words = (lang: 'en' | 'ja') => claims.reduce((n, c) => n + 40 + claimText(c.id, c.basis)[lang].length * (lang === 'ja' ? 2 : 1), 0);
  return Math.max(words('en'), words('ja'));
}

export function longestClaims(lists: readonly (readonly ClaimLike[])[]): readonly ClaimLike[] {
  return lists.reduce<readonly ClaimLike[]>((best, next) => (size(next) > size(best) ? next : best), []);
}
