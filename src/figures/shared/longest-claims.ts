/** Picks the claim list that needs the most room in the page's language. */
import type { Lang } from '../../i18n/lang';
import type { ClaimView } from './claim-text';
import { textWidth } from './svg-text';

export type ClaimLike = Pick<ClaimView, 'id' | 'provenance' | 'text'>;

function size(claims: readonly ClaimLike[], lang: Lang): number {
  // Each item costs a line of its own (about 24 em) plus its words, in ems of the one text-width estimator.
  return claims.reduce((n, c) => n + 24 + textWidth(c.text[lang], 1), 0);
}

export function longestClaims(lists: readonly (readonly ClaimLike[])[], lang: Lang): readonly ClaimLike[] {
  return lists.reduce<readonly ClaimLike[]>((best, next) => (size(next, lang) > size(best, lang) ? next : best), []);
}
