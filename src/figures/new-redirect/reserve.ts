/**
 * What the new-redirect view must make room for in every step, computed from all states of the
 * scene: the byte listing's frame (every row slot any step shows) and the claim list that takes
 * the most room, so the figure keeps one size while stepping.
 */
import type { SceneState } from '../shared/scene-types';
import type { Lang } from '../../i18n/lang';
import type { NewRedirectData } from './data';
import { listingFrame, type ListingFrame } from '../shared/listing-frame';
import type { ByteListing } from '../shared/byte-listing';
import type { ThreadMarker } from '../shared/lens-types';
import { longestClaims, type ClaimLike } from '../shared/longest-claims';
import { threadMarkers } from './thread-markers';

export interface RedirectReserve {
  readonly frame: ListingFrame;
  readonly claims: readonly ClaimLike[];
  /** A listing with the most thread markers: drawn invisibly, it keeps room for the markers' line. */
  readonly lens: { readonly listing: ByteListing; readonly threads: readonly ThreadMarker[] } | undefined;
}

export function redirectReserve(states: readonly SceneState<NewRedirectData>[], lang: Lang): RedirectReserve {
  const data = states.map((s) => s.data);
  let lens: RedirectReserve['lens'];
  for (const d of data) {
    const threads = threadMarkers(d.process.threads);
    if (!lens || threads.length >= lens.threads.length) lens = { listing: d.listing, threads };
  }
  return {
    frame: listingFrame(data.map((d) => d.listing)),
    claims: longestClaims(data.map((d) => d.claims), lang),
    lens,
  };
}
