/**
 * Figure `old-race`: why the two-write protocol is safe and a naive overwrite is not.
 *
 * Params (`OldRaceParams`): { write: 'two-step' | 'naive' }. Layout: the worked example (x86, CC
 * padding, entry 00476C7E, replacement at the made-up 10001000).
 *
 * Three threads run while the patch lands: T1 is about to call the function, T2 has just executed
 * mov edi, edi, T3 is further inside. The global schedule is NOT hand-picked: each thread's part of
 * it is taken from the exhaustive interleaving search (model/old/interleavings.ts) — in 'naive'
 * mode, T2's is the first schedule the search finds that tears — then merged and replayed on the
 * model, one event per state. A final state reports the exhaustive result over all schedules.
 *
 * `data: OldRaceData`:
 *   write       'two-step' | 'naive'
 *   event       { kind: 'start' } | { kind: 'step', thread } | { kind: 'write', index } | { kind: 'summary' }
 *   schedule    { order: ['T1', 'W1', …], position }: the whole global schedule and how much has run
 *   listing     ByteListing of the current memory (rows with isTorn where a thread decoded garbage)
 *   writes      [{ index, address, addressText, bytes, landed }]
 *   threads     [{ id, label, ip, ipText, status, steps, lastExecuted? }] where lastExecuted is
 *               decoded from the bytes at fetch time: { address, addressText, bytes, text, valid,
 *               whole, matches: ('old' | 'new')[] } (whole=false: a torn instruction)
 *   torn?       { thread, address, addressText, bytes, text, fromWrite, fromOld } (from the torn step on)
 *   verdict?    (summary) { schedules, tornSchedules, starts, tornStarts, tornStartsText{en,ja} }:
 *               the exhaustive result over every start and every placement of the writes
 * One state (right after the last write) carries a checkpoint: "Where does T1 go next?"; the next
 * state reveals it.
 *
 * Drawn element ids used in `changed`: `byte-<ADDR>`, `thread-T1|T2|T3`, `write-<n>`, `panel-torn`,
 * `panel-verdict`.
 */

import type { Localized } from '../../i18n/lang';
import type { ByteListing } from '../shared/byte-listing';

// ── Parameters and the data the view draws ──────────────────────────────────────────────

export interface OldRaceParams {
  readonly write: 'two-step' | 'naive';
}

export type ThreadId = 'T1' | 'T2' | 'T3';

export interface ExecutedView {
  readonly address: number;
  readonly addressText: string;
  readonly bytes: string;
  readonly text: string;
  readonly valid: boolean;
  /** True when these bytes are a whole instruction of the old or the new code at this address. */
  readonly whole: boolean;
  readonly matches: readonly ('old' | 'new')[];
}

export interface RaceThreadView {
  readonly id: ThreadId;
  readonly label: Localized;
  readonly ip: number;
  readonly ipText: string;
  readonly status: 'running' | 'returned' | 'in-replacement' | 'torn' | 'trapped' | 'faulted';
  readonly steps: number;
  readonly lastExecuted?: ExecutedView;
}

export interface RaceWriteView {
  readonly index: number;
  readonly address: number;
  readonly addressText: string;
  readonly bytes: string;
  readonly landed: boolean;
}

export type RaceEvent =
  | { readonly kind: 'start' }
  | { readonly kind: 'step'; readonly thread: ThreadId }
  | { readonly kind: 'write'; readonly index: number }
  | { readonly kind: 'summary' };

export interface TornView {
  readonly thread: ThreadId;
  readonly address: number;
  readonly addressText: string;
  readonly bytes: string;
  readonly text: string;
  /** How many of the decoded bytes came from the new write, and how many from the old code. */
  readonly fromWrite: number;
  readonly fromOld: number;
}

export interface RaceVerdict {
  readonly schedules: number;
  readonly tornSchedules: number;
  /** Starting points checked (model labels: `before the call`, `entry`, `entry+2`, …). */
  readonly starts: readonly string[];
  readonly tornStarts: readonly string[];
  /** The torn starting points, for captions. */
  readonly tornStartsText: Localized;
}

export interface OldRaceData {
  readonly write: OldRaceParams['write'];
  readonly event: RaceEvent;
  readonly schedule: { readonly order: readonly string[]; readonly position: number };
  readonly listing: ByteListing;
  readonly writes: readonly RaceWriteView[];
  readonly threads: readonly RaceThreadView[];
  readonly torn?: TornView;
  readonly verdict?: RaceVerdict;
  readonly sources: readonly string[];
}
