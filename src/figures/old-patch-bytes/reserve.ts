/**
 * What the view must make room for in every step: the listing frame over all states, and every
 * variant of each panel's content in any state (drawn invisibly, stacked, as a size reserve), so the
 * figure keeps one size while stepping.
 */
import type { SceneState } from '../shared/scene-types';
import type { DiffRun } from '../shared/byte-listing';
import type { JumpMath, OldPatchBytesData, PathStep, SceneError, ThreadView, ValidationCheck } from './data';
import { listingFrame, type ListingFrame } from '../shared/listing-frame';

export interface OpbReserve {
  readonly frame: ListingFrame;
  readonly validation: readonly ValidationCheck[] | undefined;
  readonly longJump: JumpMath | undefined;
  readonly shortJump: JumpMath | undefined;
  /** Every call path of the scene, with the thread it belongs to as it ends. */
  readonly paths: readonly { readonly path: readonly PathStep[]; readonly thread: ThreadView }[];
  /** Every state each thread is in, by thread id. */
  readonly threads: Readonly<Record<string, readonly ThreadView[]>>;
  readonly error: SceneError | undefined;
  /** Every step's changed-bytes line. */
  readonly diffs: readonly (readonly DiffRun[])[];
}

function distinct<T>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function opbReserve(states: readonly SceneState<OldPatchBytesData>[]): OpbReserve {
  const data = states.map((s) => s.data);
  const threads: Record<string, ThreadView[]> = {};
  for (const d of data) for (const t of d.threads) (threads[t.id] ??= []).push(t);
  const paths = data.flatMap((d) => {
    const owner = d.phase === 'new-call' ? 'caller' : d.phase === 'old-thread' ? 'inside' : undefined;
    const thread = d.threads.find((t) => t.id === owner);
    return d.path && thread ? [{ path: d.path, thread }] : [];
  });
  return {
    frame: listingFrame(data.map((d) => d.listing)),
    validation: data.find((d) => d.validation)?.validation?.checks,
    longJump: data.find((d) => d.longJump)?.longJump,
    shortJump: data.find((d) => d.shortJump)?.shortJump,
    paths: distinct(paths),
    threads: Object.fromEntries(Object.entries(threads).map(([id, list]) => [id, distinct(list)])),
    error: data.find((d) => d.error)?.error,
    diffs: distinct(data.map((d) => d.diff)),
  };
}
