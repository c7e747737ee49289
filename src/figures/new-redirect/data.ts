/**
 * Figure `new-redirect`: how a VBS-era hotpatch redirects one kernel function, step by step.
 *
 * The kernel side (VTL0: the NT kernel; VTL1: the Secure Kernel) and one user process (`app.exe`,
 * whose threads call into the example driver) side by side. Every state is computed from the model
 * in src/model/vbs (which really writes and decodes the bytes); captions quote the model's bytes,
 * identities and sequence numbers, so words never drift from the picture.
 *
 * Params: { base: 'match' | 'mismatch' }. 'mismatch' boots an older build of the driver: the Secure
 * Kernel refuses the patch at step 3 and the story stops there.
 *
 * `data: NewRedirectData` per state:
 *   step        RedirectStepId
 *   listing     ByteListing (shared/byte-listing.ts): base padding/entry/body, HPAT stub + its target,
 *               the patch function and its `__ref_g_state` slot; rows carry changedBytes
 *   diff        DiffRun[]: bytes changed since the previous state
 *   kernel      { vtl0: { registrations, loaderEntries, attempt? }, vtl1: { verification?, highestSequence? } }
 *   process     { name, pid, threads: [{ id, status, ipText?, argument }] }
 *   globals     the base's g_state and the patch's own copy: address, value, whether code uses it
 *   refSlot?    `__ref_g_state`: where it points (the patch's own copy, or the base's)
 *   writes      every write so far: what, where, bytes before → after, by VTL0/VTL1, provenance
 *   callPath?   the hops of a new call (entry → padding → HPAT → patch) with bytes and text
 *   stores      data stores executed in this step (address, value, by which thread, through what)
 *   claims      provenance of what this step shows (documented / inference / unverified)
 *   refusal?    the refusal value when the story stops (mismatch) or VTL0's write is refused
 *   illustrative  what is made up (addresses, checksums, timestamps, bodies, paths)
 *   functions   names of the patched function and the unpatched reader (so views need no model import)
 *
 * Drawn element ids used in `changed`: `byte-<ADDR>`, `panel-registration`, `panel-verification`,
 * `panel-loader-entries`, `panel-vtl0-attempt`, `panel-ref-slot`, `panel-call-path`,
 * `global-<ADDR>`, `thread-<id>`, `panel-refusal`.
 */
import type { Localized } from '../../i18n/lang';
import type { HopKind, Provenance, Refusal, Vtl, WriteTarget } from '../../model/vbs/index';
import type { ByteListing, DiffRun } from '../shared/byte-listing';
import type { ClaimView } from '../shared/claim-text';

// ── Parameters ──────────────────────────────────────────────────────────────────────────────

export type RedirectBase = 'match' | 'mismatch';

export interface NewRedirectParams {
  /** 'mismatch': the machine runs an older build of the driver than the patch targets. */
  readonly base: RedirectBase;
}

export const NEW_REDIRECT_DEFAULTS: NewRedirectParams = { base: 'match' };

export function normalizeRedirectParams(params: Partial<NewRedirectParams>): NewRedirectParams {
  return { base: params.base === 'mismatch' ? 'mismatch' : 'match' };
}

// ── Data ────────────────────────────────────────────────────────────────────────────────────

export type RedirectStepId =
  | 'running'
  | 'registered'
  | 'verified'
  | 'refused'
  | 'wired'
  | 'vtl0-refused'
  | 'trampolines'
  | 'flipped'
  | 'new-call'
  | 'shared-global'
  | 'old-thread';

export const MATCH_STEPS: readonly RedirectStepId[] = [
  'running',
  'registered',
  'verified',
  'wired',
  'vtl0-refused',
  'trampolines',
  'flipped',
  'new-call',
  'shared-global',
  'old-thread',
];
export const MISMATCH_STEPS: readonly RedirectStepId[] = ['running', 'registered', 'refused'];

export interface IdentityView {
  readonly checkSum: number;
  readonly timeDateStamp: number;
  /** `0x0001C3A5` */
  readonly checkSumText: string;
  readonly timeDateStampText: string;
}

export interface RegistrationView {
  readonly call: 'NtManageHotPatch(ManageHotPatchLoadPatch)';
  readonly path: string;
  readonly baseName: string;
  readonly baseIdentity: IdentityView;
  readonly sequenceNumber: number;
  readonly status: 'registered' | 'active' | 'superseded' | 'refused';
}

export interface VerificationView {
  readonly by: 'VTL1';
  readonly signature: 'microsoft' | 'untrusted';
  /** From the patch's IMAGE_HOT_PATCH_BASE (OriginalCheckSum / OriginalTimeDateStamp). */
  readonly expected: IdentityView;
  /** The loaded base image. */
  readonly found: IdentityView;
  readonly differs: readonly ('checkSum' | 'timeDateStamp')[];
  readonly result: 'accepted' | 'refused';
  readonly sequenceNumber: number;
}

export interface LoaderEntryView {
  readonly name: string;
  readonly kind: 'base' | 'patch';
  readonly base: number;
  readonly baseText: string;
  readonly identity: IdentityView;
  /** phnt ntldr.h field names. */
  readonly HotPatchState: string;
  readonly ActivePatchImageBase?: string;
  readonly sequenceNumber?: number;
}

export interface VtlAttemptView {
  readonly by: Vtl;
  readonly address: number;
  readonly addressText: string;
  readonly what: WriteTarget;
  readonly result: 'refused';
  readonly code: string;
}

export interface ThreadView {
  readonly id: 'T1' | 'T2';
  readonly label: Localized;
  readonly pid: number;
  readonly argument: number;
  readonly status: 'idle' | 'inside-old-body' | 'calling' | 'in-patch' | 'returned';
  readonly ip?: number;
  readonly ipText?: string;
}

export interface GlobalView {
  readonly id: string;
  readonly name: string;
  readonly module: string;
  readonly address: number;
  readonly addressText: string;
  readonly value: number;
  readonly bytes: string;
  /** True when code reaches this copy (the base's always; the patch's only before wiring). */
  readonly inUse: boolean;
}

export interface RefSlotView {
  readonly name: string;
  readonly address: number;
  readonly addressText: string;
  readonly value: number;
  readonly valueText: string;
  readonly pointsTo: 'patch-own' | 'base';
  readonly protection: 'R';
}

export interface WriteView {
  readonly target: WriteTarget;
  readonly address: number;
  readonly addressText: string;
  readonly before: string;
  readonly after: string;
  readonly by: Vtl;
  /** "R → RW → R" around a `__ref_` write. */
  readonly protectionDance?: string;
  /** For an 8-byte pointer write (`__ref_` slot): the pointer before and after, as addresses. */
  readonly pointerBefore?: string;
  readonly pointerAfter?: string;
  /** How sure we are of who writes these bytes. */
  readonly writer: { readonly provenance: Provenance; readonly basis: string; readonly sources: readonly string[] };
  /** How sure we are of the write itself (its bytes, its place in the order). */
  readonly provenance: Provenance;
  readonly basis: string;
  readonly sources: readonly string[];
}

export interface CallHopView {
  readonly kind: HopKind;
  readonly address: number;
  readonly addressText: string;
  readonly bytes: string;
  readonly text: string;
  readonly module?: string;
}

export interface CallPathView {
  readonly thread: 'T2';
  readonly hops: readonly CallHopView[];
  readonly lands: { readonly module: string; readonly kind: 'base' | 'patch'; readonly sequenceNumber?: number };
}

export interface StoreView {
  readonly thread: 'T1' | 'T2';
  readonly address: number;
  readonly addressText: string;
  readonly value: number;
  /** Which code stored it: the old body directly, or the patch through `__ref_g_state`. */
  readonly via: 'old-body' | 'ref-slot';
}

export type { ClaimView };

export interface RefusalView {
  readonly code: Refusal['code'];
  readonly reason: string;
  readonly provenance: Provenance;
  readonly expected?: IdentityView;
  readonly found?: IdentityView;
}

export interface NewRedirectData {
  readonly step: RedirectStepId;
  readonly base: RedirectBase;
  readonly listing: ByteListing;
  readonly diff: readonly DiffRun[];
  readonly kernel: {
    readonly vtl0: {
      readonly registrations: readonly RegistrationView[];
      readonly loaderEntries: readonly LoaderEntryView[];
      readonly attempt?: VtlAttemptView;
    };
    readonly vtl1: { readonly verification?: VerificationView; readonly highestSequence?: number };
  };
  readonly process: { readonly name: string; readonly pid: number; readonly threads: readonly ThreadView[] };
  readonly globals: readonly GlobalView[];
  readonly refSlot?: RefSlotView;
  readonly writes: readonly WriteView[];
  readonly callPath?: CallPathView;
  readonly stores: readonly StoreView[];
  readonly claims: readonly ClaimView[];
  readonly refusal?: RefusalView;
  readonly illustrative: Localized;
  readonly functions: { readonly patched: string; readonly reader: string };
}
