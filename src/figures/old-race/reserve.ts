/**
 * Room the race view reserves in every step, so the figure keeps one size while stepping: the
 * listing frame over all states, every state and "last executed" entry each thread shows, the torn
 * details and the verdict.
 */
import type { SceneState } from '../shared/scene-types';
import type { OldRaceData, RaceThreadView, RaceVerdict, ThreadId, TornView } from './data';
import { listingFrame, type ListingFrame } from '../shared/listing-frame';

export interface RaceReserve {
  readonly frame: ListingFrame;
  /** Per thread: the largest view of each kind it shows in the scene (status, last executed, verdict). */
  readonly threads: Readonly<Partial<Record<ThreadId, readonly RaceThreadView[]>>>;
  readonly torn: TornView | undefined;
  readonly verdict: RaceVerdict | undefined;
}

const size = (t: RaceThreadView) =>
  t.ipText.length +
  (t.lastExecuted ? t.lastExecuted.addressText.length + t.lastExecuted.bytes.length + t.lastExecuted.text.length : 0);

export function raceReserve(states: readonly SceneState<OldRaceData>[]): RaceReserve {
  const data = states.map((s) => s.data);
  // Per thread, one variant per kind of card (status × verdict), the one with the most text: the
  // text is monospace, so the longest of a kind wraps to the most lines. Keeps handouts light.
  const best = new Map<string, RaceThreadView>();
  for (const d of data) {
    for (const t of d.threads) {
      const e = t.lastExecuted;
      const key = JSON.stringify([t.id, t.status, e === undefined ? 'none' : e.whole ? e.matches.join('+') : 'torn']);
      const seen = best.get(key);
      if (!seen || size(t) > size(seen)) best.set(key, t);
    }
  }
  const threads: Partial<Record<ThreadId, RaceThreadView[]>> = {};
  for (const t of best.values()) (threads[t.id] ??= []).push(t);
  return {
    frame: listingFrame(data.map((d) => d.listing)),
    threads,
    torn: data.find((d) => d.torn)?.torn,
    verdict: data.find((d) => d.verdict)?.verdict,
  };
}
