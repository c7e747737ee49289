/**
 * Figure `old-vs-new`: the same call through a hotpatched function, in the 2003-era engine and in
 * today's, side by side on one stage and stepping in lockstep. Built from src/model/old-vs-new.ts,
 * which runs both engines' own models; no byte here is written by the figure.
 *
 * No parameters. `data: OldVsNewData` per state:
 *   step      StepId: call → entry → padding → split → new-code → verdict
 *   lanes     [old, new]: each lane's hops (caller, entry, padding, [HPAT stub], new code), the hop
 *             the lane's instruction pointer is at, and how many route segments have been walked
 *   same      what both lanes share at this step (shown between the lanes), if anything
 *   callouts  the aspects that differ, called out at the step where they differ (verdict: all three)
 *
 * Drawn element ids used in `changed`: `hop-<lane>-<kind>`, `route-<lane>-<n>`, `ip-<lane>`,
 * `callout-<aspect>`, `same`.
 */
import type { Localized } from '../../i18n/lang';
import type { Provenance } from '../../i18n/provenance';
import type { Engine, HopKind } from '../../model/old-vs-new';

export type StepId = 'call' | 'entry' | 'padding' | 'split' | 'new-code' | 'verdict';
export const STEPS: readonly StepId[] = ['call', 'entry', 'padding', 'split', 'new-code', 'verdict'];

/** What differs between the engines; each is called out at the step where it differs. */
export type Aspect = 'writer' | 'payload' | 'globals';
export const ASPECTS: readonly Aspect[] = ['writer', 'payload', 'globals'];

/** A claim as drawn: words, how sure we are, which sources (content/sources.yaml ids). */
export interface ClaimView {
  readonly text: Localized;
  /** A few words for the verdict step, where all three aspects are on screen at once. */
  readonly short: Localized;
  readonly provenance: Provenance;
  readonly sources: readonly string[];
}

export interface CalloutView {
  readonly aspect: Aspect;
  readonly title: Localized;
  readonly old: ClaimView;
  readonly new: ClaimView;
}

export interface HopView {
  /** `hop-old-entry`, `hop-new-hpat-stub` … */
  readonly id: string;
  readonly kind: HopKind;
  /** Row on the stage: 0 caller … 3 HPAT stub, 4 new code (the old lane leaves row 3 empty). */
  readonly row: number;
  readonly title: Localized;
  /** The bytes as the stage shows them (the HPAT stub's shortened: its layout is not public). */
  readonly bytes: string;
  /** Every byte there (the detail layer). */
  readonly fullBytes: string;
  /** Decoded by the model's x86 decoder, e.g. `jmp 476C79h`. */
  readonly text: string;
  readonly addressText: string;
  readonly module: string;
  /** How sure we are of these bytes (documented, reverse-engineered, unverified, illustrative). */
  readonly provenance: Provenance;
  readonly sources: readonly string[];
}

export interface LaneView {
  readonly engine: Engine;
  readonly title: Localized;
  readonly subtitle: Localized;
  /** The title in a phone's narrow lane. */
  readonly short: Localized;
  readonly hops: readonly HopView[];
  /** Index into `hops` of the hop the instruction pointer is at. */
  readonly at: number;
  /** Route segments walked so far (segment n runs from hop n to hop n + 1). */
  readonly walked: number;
}

export interface OldVsNewData {
  readonly step: StepId;
  readonly lanes: readonly [LaneView, LaneView];
  readonly same?: Localized;
  readonly callouts: readonly CalloutView[];
}
