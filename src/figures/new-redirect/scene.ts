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
import type { Checkpoint, FigureDefinition, SceneState } from '../shared/scene-types';
import type { Localized } from '../../i18n/lang';
import { hex, hexAddress, hexBytes } from '../../model/x86/hex';
import { readBytes, type Memory } from '../../model/x86/memory';
import { readUnsignedLE } from '../../model/x86/encode';
import {
  EXAMPLE_GLOBAL,
  EXAMPLE_REF_SLOT,
  KERNEL_IDENTITY,
  KERNEL_OLDER_IDENTITY,
  PATCHED_FUNCTION,
  READER_FUNCTION,
  bootMachine,
  callFunction,
  deliverPatch,
  exampleDriver,
  exampleDriverPatch,
  expectOk,
  findModule,
  finishThread,
  flipEntry,
  formatIdentity,
  functionAddresses,
  globalAddress,
  HPAT_STUB_SIZE,
  identityDifferences,
  loadPatchImage,
  readU32,
  readU64,
  redirectPlan,
  registerPatch,
  resolveCall,
  secureKernelVerify,
  startThreadInside,
  STUB_LENGTH,
  wireReversePatches,
  writeRedirect,
  writeTrampolines,
  type ClaimId,
  type HopKind,
  type ImageIdentity,
  type Machine,
  type Provenance,
  type Refusal,
  type ResolvedCall,
  type Store,
  type Vtl,
  type WriteTarget,
} from '../../model/vbs/index';
import { byteListing, memoryDiff, type ByteListing, type DiffRun, type ListingRegion } from '../shared/byte-listing';
import { changedKeys } from '../shared/changes';
import { L } from '../../i18n/lang';
import { claimViews, type ClaimView } from '../shared/claim-text';

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

// ── The story, run on the model ─────────────────────────────────────────────────────────────

/** Illustrative: the process whose threads call into the driver. */
const PROCESS = { name: 'app.exe', pid: 4242 } as const;
/** Arguments the two threads pass to SetState (illustrative). */
const T1_ARGUMENT = 7;
const T2_ARGUMENT = 9;

const PATCH = exampleDriverPatch(1);
const MODE = 'x64' as const;

interface Snapshot {
  readonly step: RedirectStepId;
  readonly machine: Machine;
  readonly verification?: VerificationView;
  readonly refusal?: Refusal;
  readonly attempt?: VtlAttemptView;
  readonly call?: ResolvedCall;
  readonly stores?: readonly StoreView[];
  readonly t1?: ThreadView['status'];
  readonly t2?: ThreadView['status'];
}

const identityView = (id: ImageIdentity): IdentityView => ({
  checkSum: id.checkSum,
  timeDateStamp: id.timeDateStamp,
  checkSumText: `0x${hex(id.checkSum, 8)}`,
  timeDateStampText: `0x${hex(id.timeDateStamp, 8)}`,
});

function verificationView(machine: Machine, result: 'accepted' | 'refused'): VerificationView {
  const base = findModule(machine.kernel, PATCH.baseName);
  const target = PATCH.hotPatchInfo.BaseImageList[0];
  if (!base || !target) throw new Error('new-redirect: example images are incomplete');
  const expected = { checkSum: target.OriginalCheckSum, timeDateStamp: target.OriginalTimeDateStamp };
  return {
    by: 'VTL1',
    signature: PATCH.signature,
    expected: identityView(expected),
    found: identityView(base.identity),
    differs: identityDifferences(expected, base.identity),
    result,
    sequenceNumber: PATCH.hotPatchInfo.SequenceNumber,
  };
}

function story(base: RedirectBase): Snapshot[] {
  const booted = bootMachine([exampleDriver(base === 'match' ? KERNEL_IDENTITY : KERNEL_OLDER_IDENTITY)]);
  const out: Snapshot[] = [{ step: 'running', machine: booted, t1: 'idle', t2: 'idle' }];

  // The servicing component passes the identity the patch was built for.
  const registered = expectOk(registerPatch(deliverPatch(booted, PATCH), { path: PATCH.path, baseIdentity: KERNEL_IDENTITY }));
  out.push({ step: 'registered', machine: registered, t1: 'idle', t2: 'idle' });

  const verified = secureKernelVerify(registered, PATCH.path);
  if (!verified.ok) {
    out.push({ step: 'refused', machine: registered, verification: verificationView(registered, 'refused'), refusal: verified.refusal, t1: 'idle', t2: 'idle' });
    return out;
  }
  const loaded = expectOk(loadPatchImage(verified.value, 'kernel', PATCH.path));

  const verification = verificationView(loaded, 'accepted');
  out.push({ step: 'verified', machine: loaded, verification, t1: 'idle', t2: 'idle' });

  const wired = expectOk(wireReversePatches(loaded, 'kernel', PATCH.path));
  out.push({ step: 'wired', machine: wired, t1: 'idle', t2: 'idle' });

  // What if the NT kernel tried to write the redirect itself?
  const attempt = writeRedirect(wired, 'kernel', PATCH.path, 'VTL0');
  if (attempt.ok) throw new Error('new-redirect: the model let VTL0 write code');
  const plan = expectOk(redirectPlan(wired, 'kernel', PATCH.path))[0];
  if (!plan) throw new Error('new-redirect: no redirect planned');
  out.push({
    step: 'vtl0-refused',
    machine: wired,
    refusal: attempt.refusal,
    attempt: { by: 'VTL0', address: plan.stub, addressText: hexAddress(plan.stub, MODE), what: 'hpat-stub', result: 'refused', code: attempt.refusal.code },
    t1: 'idle',
    t2: 'idle',
  });

  const trampolines = expectOk(writeTrampolines(wired, 'kernel', PATCH.path));
  out.push({ step: 'trampolines', machine: trampolines, t1: 'idle', t2: 'idle' });

  // T1 entered SetState the old way and has run its first instruction; then the entry flips.
  const inside = expectOk(
    startThreadInside(trampolines, { id: 'T1', pid: PROCESS.pid, space: 'kernel', functionName: PATCHED_FUNCTION, argument: T1_ARGUMENT, instructionsDone: 1 }),
  );
  const flipped = expectOk(flipEntry(inside, 'kernel', PATCH.path));
  out.push({ step: 'flipped', machine: flipped, t1: 'inside-old-body', t2: 'idle' });

  const call = expectOk(resolveCall(flipped, 'kernel', PATCHED_FUNCTION));
  out.push({ step: 'new-call', machine: flipped, call, t1: 'inside-old-body', t2: 'calling' });

  const executed = expectOk(callFunction(flipped, 'kernel', PATCHED_FUNCTION, T2_ARGUMENT));
  out.push({
    step: 'shared-global',
    machine: executed.machine,
    call: executed.call,
    stores: executed.stores.map((s: Store) => storeView('T2', s, 'ref-slot')),
    t1: 'inside-old-body',
    t2: 'returned',
  });

  const finished = expectOk(finishThread(executed.machine, 'T1'));
  out.push({
    step: 'old-thread',
    machine: finished.machine,
    stores: finished.execution.stores.map((s) => storeView('T1', s, 'old-body')),
    t1: 'returned',
    t2: 'returned',
  });
  // VTL1's verdict stays on screen once given.
  return out.map((snapshot) => (snapshot.verification || MISMATCH_STEPS.includes(snapshot.step) ? snapshot : { ...snapshot, verification }));
}

const storeView = (thread: 'T1' | 'T2', s: Store, via: StoreView['via']): StoreView => ({
  thread,
  address: s.address,
  addressText: hexAddress(s.address, MODE),
  value: s.value,
  via,
});

// ── From a machine to drawable data ─────────────────────────────────────────────────────────

/** Addresses of everything the figure draws (fixed by the example images). */
interface Layout {
  readonly getEnd: number;
  readonly padding: number;
  readonly entry: number;
  readonly end: number;
  readonly stub: number;
  readonly patchEntry: number;
  readonly patchEnd: number;
  readonly refSlot: number;
  readonly baseGlobal: number;
  readonly patchGlobal: number;
}

function layoutOf(): Layout {
  const driver = exampleDriver();
  const hpat = findModule(bootMachine([driver]).kernel, driver.name)?.hpat;
  if (!hpat) throw new Error('new-redirect: the driver has no HPAT');
  const at = (rva: number): number => driver.preferredBase + rva;
  const set = driver.functions.find((f) => f.name === PATCHED_FUNCTION);
  const get = driver.functions.find((f) => f.name === READER_FUNCTION);
  const patchSet = PATCH.functions.find((f) => f.name === PATCHED_FUNCTION);
  const slot = PATCH.refSlots[0];
  const g = driver.globals[0];
  const pg = PATCH.globals[0];
  if (!set || !get || !patchSet || !slot || !g || !pg) throw new Error('new-redirect: example images are incomplete');
  const index = driver.functions.indexOf(set);
  return {
    getEnd: at(get.endRva),
    padding: at(set.paddingRva),
    entry: at(set.entryRva),
    end: at(set.endRva),
    stub: hpat.start + index * HPAT_STUB_SIZE,
    patchEntry: PATCH.preferredBase + patchSet.entryRva,
    patchEnd: PATCH.preferredBase + patchSet.endRva,
    refSlot: PATCH.preferredBase + slot.rva,
    baseGlobal: at(g.rva),
    patchGlobal: PATCH.preferredBase + pg.rva,
  };
}

const LAYOUT = layoutOf();

const REGIONS: readonly ListingRegion[] = [
  { id: 'prev-tail', start: LAYOUT.getEnd - 1, end: LAYOUT.getEnd, role: 'prev-tail', kind: 'code', label: L(`end of ${READER_FUNCTION}`, `${READER_FUNCTION} の末尾`), illustrative: true },
  { id: 'padding', start: LAYOUT.padding, end: LAYOUT.entry, role: 'padding', kind: 'code', label: L('padding (6 bytes)', 'パディング（6 バイト）'), illustrative: true },
  { id: 'entry', start: LAYOUT.entry, end: LAYOUT.entry + 2, role: 'entry', kind: 'code', label: L(`${PATCHED_FUNCTION} entry`, `${PATCHED_FUNCTION} のエントリ`), illustrative: true },
  { id: 'body', start: LAYOUT.entry + 2, end: LAYOUT.end, role: 'body', kind: 'code', label: L(`${PATCHED_FUNCTION} body (old)`, `${PATCHED_FUNCTION} の本体（旧）`), illustrative: true },
  { id: 'hpat-stub', start: LAYOUT.stub, end: LAYOUT.stub + 6, role: 'hpat', kind: 'code', label: L('HPAT stub (after the image end)', 'HPAT のスタブ（イメージ末尾の直後）'), illustrative: true },
  { id: 'hpat-target', start: LAYOUT.stub + 6, end: LAYOUT.stub + STUB_LENGTH, role: 'slot', kind: 'data', label: L('stub target', 'スタブの飛び先'), illustrative: true },
  { id: 'patch-function', start: LAYOUT.patchEntry, end: LAYOUT.patchEnd, role: 'patch', kind: 'code', label: L(`${PATCHED_FUNCTION} in ${PATCH.name}`, `${PATCH.name} の ${PATCHED_FUNCTION}`), illustrative: true },
  { id: 'ref-slot', start: LAYOUT.refSlot, end: LAYOUT.refSlot + 8, role: 'slot', kind: 'data', label: L(`${EXAMPLE_REF_SLOT} (read-only data)`, `${EXAMPLE_REF_SLOT}（読み取り専用データ）`), illustrative: true },
];

const bytesAt = (m: Memory, address: number, n: number): string => hexBytes(readBytes(m, address, n));

function registrations(s: Snapshot): RegistrationView[] {
  return s.machine.nt.globalPatchList.map((r) => ({
    call: 'NtManageHotPatch(ManageHotPatchLoadPatch)' as const,
    path: r.path,
    baseName: r.baseName,
    baseIdentity: identityView(r.baseIdentity),
    sequenceNumber: r.sequenceNumber,
    status: s.step === 'refused' ? ('refused' as const) : r.status,
  }));
}

function loaderEntries(m: Machine): LoaderEntryView[] {
  return m.kernel.modules.map((x) => ({
    name: x.name,
    kind: x.kind,
    base: x.base,
    baseText: hexAddress(x.base, MODE),
    identity: identityView(x.identity),
    HotPatchState: x.HotPatchState,
    ...(x.ActivePatchImageBase !== undefined ? { ActivePatchImageBase: hexAddress(x.ActivePatchImageBase, MODE) } : {}),
    ...(x.sequenceNumber !== undefined ? { sequenceNumber: x.sequenceNumber } : {}),
  }));
}

function globals(m: Machine): GlobalView[] {
  const out: GlobalView[] = [];
  for (const x of m.kernel.modules) {
    const address = globalAddress(x, EXAMPLE_GLOBAL);
    if (address === undefined) continue;
    const wired = x.kind === 'patch' && x.HotPatchState !== 'NotApplied';
    out.push({
      id: `global-${hexAddress(address, MODE)}`,
      name: EXAMPLE_GLOBAL,
      module: x.name,
      address,
      addressText: hexAddress(address, MODE),
      value: readU32(m.kernel, address),
      bytes: bytesAt(m.kernel.memory, address, 4),
      inUse: x.kind === 'base' || !wired,
    });
  }
  return out;
}

function refSlot(m: Machine): RefSlotView | undefined {
  const patch = findModule(m.kernel, PATCH.name);
  if (!patch) return undefined;
  const value = readU64(m.kernel, LAYOUT.refSlot);
  return {
    name: EXAMPLE_REF_SLOT,
    address: LAYOUT.refSlot,
    addressText: hexAddress(LAYOUT.refSlot, MODE),
    value,
    valueText: hexAddress(value, MODE),
    pointsTo: value === LAYOUT.baseGlobal ? 'base' : 'patch-own',
    protection: 'R',
  };
}

function writes(m: Machine): WriteView[] {
  return m.writes.map((w) => ({
    target: w.target,
    address: w.address,
    addressText: hexAddress(w.address, MODE),
    before: w.before.length ? hexBytes([...w.before]) : '',
    after: hexBytes([...w.after]),
    by: w.by,
    ...(w.protectionDance ? { protectionDance: w.protectionDance.join(', ') } : {}),
    ...(w.target === 'ref-slot' && w.before.length === 8
      ? { pointerBefore: hexAddress(readUnsignedLE([...w.before]), MODE), pointerAfter: hexAddress(readUnsignedLE([...w.after]), MODE) }
      : {}),
    writer: { ...w.writer },
    provenance: w.claim.provenance,
    basis: w.claim.basis,
    sources: w.claim.sources,
  }));
}

function callPath(call: ResolvedCall): CallPathView {
  return {
    thread: 'T2',
    hops: call.hops.map((h) => ({
      kind: h.kind,
      address: h.address,
      addressText: hexAddress(h.address, MODE),
      bytes: hexBytes(h.instruction.bytes),
      text: h.instruction.text,
      ...(h.module ? { module: h.module } : {}),
    })),
    lands: {
      module: call.lands.module,
      kind: call.lands.kind,
      ...(call.lands.sequenceNumber !== undefined ? { sequenceNumber: call.lands.sequenceNumber } : {}),
    },
  };
}

function threads(s: Snapshot): ThreadView[] {
  const t1 = s.machine.threads.find((t) => t.id === 'T1');
  return [
    {
      id: 'T1',
      label: L(`thread T1 of ${PROCESS.name}`, `${PROCESS.name} のスレッド T1`),
      pid: PROCESS.pid,
      argument: T1_ARGUMENT,
      status: s.t1 ?? 'idle',
      ...(t1 ? { ip: t1.ip, ipText: hexAddress(t1.ip, MODE) } : {}),
    },
    {
      id: 'T2',
      label: L(`thread T2 of ${PROCESS.name}`, `${PROCESS.name} のスレッド T2`),
      pid: PROCESS.pid,
      argument: T2_ARGUMENT,
      status: s.t2 ?? 'idle',
    },
  ];
}

const STEP_CLAIMS: Readonly<Record<RedirectStepId, readonly ClaimId[]>> = {
  running: ['padding', 'hpat'],
  registered: ['registration'],
  verified: ['verifyKernel', 'kernelLoaderEntry', 'sequenceTracking'],
  refused: ['verifyKernel'],
  wired: ['reversePatches', 'refSlotWriter', 'sharedGlobals'],
  'vtl0-refused': ['vtl0CannotWriteCode'],
  trampolines: ['hpat', 'hpatStubBytes', 'forwardBytes', 'writeOrder', 'patchTableChunks'],
  flipped: ['forwardBytes', 'writeOrder', 'noHalt', 'atomicSwitch'],
  'new-call': ['forwardBytes', 'atomicSwitch'],
  'shared-global': ['sharedGlobals', 'reversePatches'],
  'old-thread': ['oldThreadFinishes', 'atomicSwitch'],
};

const ILLUSTRATIVE = L(
  'Addresses, CheckSum and TimeDateStamp values, file names, paths, the process and the function bodies are made up for the example. The structure (EB F9 → E9 → HPAT stub → patch; __ref_ → base global) follows the research.',
  'アドレス、CheckSum と TimeDateStamp の値、ファイル名、パス、プロセス、関数の中身は説明用に作ったものです。構造（EB F9 → E9 → HPAT のスタブ → パッチ、__ref_ → ベースのグローバル変数）は調査資料に基づいています。',
);

function dataOf(s: Snapshot, base: RedirectBase, previous: Memory | undefined): NewRedirectData {
  const m = s.machine;
  const listing = byteListing(m.kernel.memory, REGIONS, MODE, previous ? { previous } : {});
  const slot = refSlot(m);
  const highest = Object.values(m.secureKernel.highestSequence)[0];
  return {
    step: s.step,
    base,
    listing,
    diff: previous ? memoryDiff(previous, m.kernel.memory, MODE) : [],
    kernel: {
      vtl0: {
        registrations: registrations(s),
        loaderEntries: loaderEntries(m),
        ...(s.attempt ? { attempt: s.attempt } : {}),
      },
      vtl1: {
        ...(s.verification ? { verification: s.verification } : {}),
        ...(highest !== undefined ? { highestSequence: highest } : {}),
      },
    },
    process: { name: PROCESS.name, pid: PROCESS.pid, threads: threads(s) },
    globals: globals(m),
    ...(slot ? { refSlot: slot } : {}),
    writes: writes(m),
    ...(s.call ? { callPath: callPath(s.call) } : {}),
    stores: s.stores ?? [],
    claims: claimViews(STEP_CLAIMS[s.step]),
    ...(s.refusal
      ? {
          refusal: {
            code: s.refusal.code,
            reason: s.refusal.reason,
            provenance: s.refusal.provenance,
            ...(s.refusal.expected ? { expected: identityView(s.refusal.expected) } : {}),
            ...(s.refusal.found ? { found: identityView(s.refusal.found) } : {}),
          },
        }
      : {}),
    illustrative: ILLUSTRATIVE,
    functions: { patched: PATCHED_FUNCTION, reader: READER_FUNCTION },
  };
}

/** Element id → value, for the non-byte parts, to compute `changed`. */
function elements(d: NewRedirectData): Map<string, unknown> {
  const map = new Map<string, unknown>();
  if (d.kernel.vtl0.registrations.length) map.set('panel-registration', d.kernel.vtl0.registrations);
  if (d.kernel.vtl1.verification) map.set('panel-verification', d.kernel.vtl1.verification);
  map.set('panel-loader-entries', d.kernel.vtl0.loaderEntries);
  if (d.kernel.vtl0.attempt) map.set('panel-vtl0-attempt', d.kernel.vtl0.attempt);
  if (d.refSlot) map.set('panel-ref-slot', d.refSlot);
  if (d.callPath) map.set('panel-call-path', d.callPath);
  if (d.refusal && d.step === 'refused') map.set('panel-refusal', d.refusal);
  for (const g of d.globals) map.set(g.id, [g.value, g.inUse]);
  for (const t of d.process.threads) map.set(`thread-${t.id}`, [t.status, t.ip]);
  return map;
}

// ── Captions and notes ──────────────────────────────────────────────────────────────────────

type Texts = { caption: Localized; note: Localized; checkpoint?: Checkpoint };

function writeOf(d: NewRedirectData, target: WriteTarget): WriteView {
  const w = [...d.writes].reverse().find((x) => x.target === target);
  if (!w) throw new Error(`new-redirect: no ${target} write to describe`);
  return w;
}

function texts(d: NewRedirectData, m: Machine): Texts {
  const base = findModule(m.kernel, PATCH.baseName);
  if (!base) throw new Error('new-redirect: base image missing');
  const fn = functionAddresses(base, PATCHED_FUNCTION);
  if (!fn) throw new Error('new-redirect: SetState missing');
  const entryBytes = bytesAt(m.kernel.memory, fn.entry, 2);
  const paddingBytes = bytesAt(m.kernel.memory, fn.padding, fn.entry - fn.padding);
  const g = d.globals.find((x) => x.module === PATCH.baseName);
  const gValue = g ? String(g.value) : '?';
  const identity = formatIdentity(base.identity);
  const seq = PATCH.hotPatchInfo.SequenceNumber;

  switch (d.step) {
    case 'running':
      return {
        caption: L(
          `example.sys runs unpatched: ${PATCHED_FUNCTION} begins with ${entryBytes} (mov eax, ecx), the ${fn.entry - fn.padding} bytes before it are padding (${paddingBytes}), and g_state holds ${gValue}. Addresses and values here are made up for the example.`,
          `example.sys はパッチなしで動いており、${PATCHED_FUNCTION} の先頭は ${entryBytes}（mov eax, ecx）、その手前の ${fn.entry - fn.padding} バイトはパディング（${paddingBytes}）、g_state の値は ${gValue} です。アドレスや値は説明用に作ったものです。`,
        ),
        note: L(
          `Point at the three things that matter later: the padding in front of ${PATCHED_FUNCTION} (the linker leaves it there with /FUNCTIONPADMIN), the 2-byte first instruction at the entry, and g_state in the driver's data. Mention that the padding fill and every address are invented for the figure. Ask the room: on x64 there is no dedicated "mov edi, edi" no-op any more — so what must the first instruction be, at minimum, for a 2-byte jump to fit over it?`,
          `後で重要になる 3 か所を指してください。${PATCHED_FUNCTION} の手前のパディング（リンカーが /FUNCTIONPADMIN で確保します）、エントリにある 2 バイトの最初の命令、そしてドライバーのデータ領域にある g_state です。パディングの中身やアドレスはすべて説明用であることも伝えてください。会場への質問：「x64 には mov edi, edi のような専用の何もしない命令がありません。2 バイトのジャンプをかぶせるには、最初の命令は最低何バイト必要でしょうか？」`,
        ),
      };
    case 'registered': {
      const r = d.kernel.vtl0.registrations[0];
      const regId = r ? `CheckSum ${r.baseIdentity.checkSumText}, TimeDateStamp ${r.baseIdentity.timeDateStampText}` : '';
      return {
        caption: L(
          `A servicing component calls NtManageHotPatch(ManageHotPatchLoadPatch) with the patch file ${PATCH.path} and the base identity ${regId}. The NT kernel (VTL0) records it (sequence number ${r?.sequenceNumber ?? seq}); no byte has changed yet.`,
          `サービス コンポーネントが NtManageHotPatch(ManageHotPatchLoadPatch) を呼び、パッチ ファイル ${PATCH.path} とベース イメージの識別情報 ${regId} を渡します。NT カーネル（VTL0）はこれを記録するだけで（シーケンス番号 ${r?.sequenceNumber ?? seq}）、まだ 1 バイトも変わっていません。`,
        ),
        note: L(
          `Point at the registration in the VTL0 panel: a path and two numbers, CheckSum and TimeDateStamp, which pin the patch to one exact build of example.sys. The kernel keeps such registrations in a structure called MI_HOT_PATCH_STATE. Stress that this is bookkeeping only — nothing has been checked or written. Ask: why would Microsoft key a patch to CheckSum and TimeDateStamp rather than to a version string?`,
          `VTL0 パネルの登録内容を指してください。パスと 2 つの数値（CheckSum と TimeDateStamp）が、パッチを example.sys のただ 1 つのビルドに結び付けます。カーネルはこうした登録を MI_HOT_PATCH_STATE という構造で管理します。ここではまだ記録しただけで、検証も書き込みもしていない点を強調してください。質問：「バージョン文字列ではなく CheckSum と TimeDateStamp でパッチを対象に結び付けるのはなぜでしょう？」`,
        ),
      };
    }
    case 'verified': {
      const v = d.kernel.vtl1.verification;
      const exp = v ? `CheckSum ${v.expected.checkSumText}, TimeDateStamp ${v.expected.timeDateStampText}` : '';
      return {
        caption: L(
          `The Secure Kernel (VTL1) checks Microsoft's signature and compares identities: the patch expects ${exp}, and the loaded example.sys has ${identity}. They match, so ${PATCH.name} is loaded with its own loader entry (made-up values).`,
          `セキュアカーネル（VTL1）が Microsoft の署名を確認し、パッチが求める ${exp} と、読み込まれている example.sys の ${identity} を比べます。一致するので、${PATCH.name} が専用のローダー エントリ付きで読み込まれます（値は説明用）。`,
        ),
        note: L(
          `Point at the two identity rows side by side: expected comes from the patch's IMAGE_HOT_PATCH_BASE (OriginalCheckSum, OriginalTimeDateStamp), found comes from the image in memory. Then point at the new loader entry: the patch image is loaded like a driver but nothing in example.sys has changed. The Secure Kernel also notes sequence number ${seq} as the highest applied. Ask: why is it important that this check runs in VTL1 and not in the NT kernel?`,
          `2 つの識別情報を並べて指してください。「期待値」はパッチの IMAGE_HOT_PATCH_BASE（OriginalCheckSum、OriginalTimeDateStamp）から、「実際の値」はメモリ上のイメージから取ります。次に新しいローダー エントリを指します。パッチ イメージはドライバーのように読み込まれますが、example.sys 自体はまだ何も変わっていません。セキュアカーネルはシーケンス番号 ${seq} を適用済みの最大値として覚えます。質問：「この検証を NT カーネルではなく VTL1 で行うことが重要なのはなぜでしょう？」`,
        ),
      };
    }
    case 'refused': {
      const v = d.kernel.vtl1.verification;
      const exp = v ? `CheckSum ${v.expected.checkSumText}, TimeDateStamp ${v.expected.timeDateStampText}` : '';
      const differs = v?.differs ?? [];
      const fieldsEn = differs.map((f) => (f === 'checkSum' ? 'CheckSum' : 'TimeDateStamp')).join(' and ');
      const fieldsJa = differs.map((f) => (f === 'checkSum' ? 'CheckSum' : 'TimeDateStamp')).join(' と ');
      return {
        caption: L(
          `The Secure Kernel refuses the patch: it expects ${exp}, but the loaded example.sys has ${identity} (${fieldsEn} differ). Nothing is loaded or written, and the story stops here (made-up values).`,
          `セキュアカーネルはパッチを拒否します。パッチが求めるのは ${exp} ですが、読み込まれている example.sys は ${identity} で ${fieldsJa} が一致しないため、何も読み込まれず何も書き込まれないまま、話はここで終わります（値は説明用）。`,
        ),
        note: L(
          `This branch shows the machine running an older build of example.sys than the one the patch was compiled against. Point at the differing values: the check is exact, there is no "close enough". A hotpatch describes functions of one exact build by their offsets; against another build those offsets would point at the wrong code. What happens to such a device in practice? Microsoft documents that a device not on the current baseline is not offered the hotpatch and gets the normal cumulative update — with a restart. Ask: which of the two checks (signature or identity) protects against an attacker, and which against a servicing mistake?`,
          `この分岐では、パッチのビルド対象より古い example.sys でマシンが動いています。一致しない値を指してください。照合は完全一致で、「だいたい同じ」は通りません。ホットパッチはある 1 つのビルドの関数をオフセットで指定しているので、別のビルドに当てるとそのオフセットは違うコードを指してしまいます。実際の運用では、最新のベースラインにないデバイスにはホットパッチが提供されず、通常の累積更新プログラムが再起動付きで入ると Microsoft は説明しています。質問：「署名と識別情報の 2 つのチェックのうち、攻撃者から守るのはどちらで、サービス側の手違いから守るのはどちらでしょう？」`,
        ),
      };
    }
    case 'wired': {
      const w = writeOf(d, 'ref-slot');
      return {
        caption: L(
          `Reverse patch: the read-only page holding ${EXAMPLE_REF_SLOT} is made writable for a moment, the pointer changes from ${w.pointerBefore ?? w.before} (the patch's own g_state) to ${w.pointerAfter ?? w.after} (example.sys's g_state), and the page is read-only again.`,
          `リバース パッチです。${EXAMPLE_REF_SLOT} がある読み取り専用ページを一瞬だけ書き込み可能にし、ポインターを ${w.pointerBefore ?? w.before}（パッチ自身の g_state）から ${w.pointerAfter ?? w.after}（example.sys の g_state）に書き換えて、ページを読み取り専用に戻します。`,
        ),
        note: L(
          `Point at the slot row and the two g_state boxes. The patch was compiled as a complete binary, so it has its own g_state — and its ${EXAMPLE_REF_SLOT} pointed there by default. The compiler made every patched function reach globals only through such __ref_ slots, so re-pointing the slot is enough to make the patch use the driver's one and only g_state. The page is read-only before and after; which component performs the write is our reading (the source says "the subsystem"). Ask: what would go wrong if the patch kept using its own copy of g_state?`,
          `スロットの行と 2 つの g_state を指してください。パッチは完全なバイナリとしてコンパイルされるので自分の g_state を持っており、${EXAMPLE_REF_SLOT} も最初はそこを指しています。コンパイラーは、パッチ対象の関数がグローバル変数へ必ずこの __ref_ スロット経由でアクセスするようにしているので、スロットを差し替えるだけで、パッチはドライバー側のただ 1 つの g_state を使うようになります。ページは前後とも読み取り専用です。書き込む主体がどのコンポーネントかは、資料に「サブシステム」とあるだけなので推測です。質問：「パッチが自分の g_state を使い続けたら、何がまずいでしょう？」`,
        ),
      };
    }
    case 'vtl0-refused': {
      const a = d.kernel.vtl0.attempt;
      return {
        caption: L(
          `Could the NT kernel (VTL0) write the redirect itself? Its attempt to write the HPAT stub at ${a?.addressText ?? ''} is refused: under memory integrity (HVCI) executable kernel pages are never writable from VTL0.`,
          `NT カーネル（VTL0）が自分でリダイレクトを書こうとしても、${a?.addressText ?? ''} の HPAT スタブへの書き込みは拒否されます。メモリ整合性（HVCI）の下では、実行可能なカーネル ページは VTL0 から決して書き込めないからです。`,
        ),
        note: L(
          `This is the reason the design puts the Secure Kernel in charge. Under memory integrity, kernel pages become executable only after code-integrity checks inside VBS, and an executable page is never writable — so even a fully privileged NT kernel cannot rewrite its own code. Be precise: hotpatch requires VBS; HVCI is not listed as a requirement, and this figure simply assumes it is on. Ask: if malware ran in the NT kernel, what would this rule buy us — and what would it not?`,
          `これが、この設計でセキュアカーネルに書き込みを任せる理由です。メモリ整合性が有効だと、カーネル ページは VBS 内のコード整合性チェックを通って初めて実行可能になり、実行可能なページは決して書き込み可能になりません。つまり最高権限の NT カーネルでも自分のコードを書き換えられません。正確に伝えてください：ホットパッチの要件は VBS で、HVCI は要件に挙がっていません。この図では HVCI が有効だと仮定しています。質問：「NT カーネルでマルウェアが動いていたら、このルールで何が守られ、何は守られないでしょう？」`,
        ),
      };
    }
    case 'trampolines': {
      const stub = writeOf(d, 'hpat-stub');
      const pad = writeOf(d, 'padding');
      const stubJump = stub.after.split(' ').slice(0, 6).join(' ');
      const target = hexAddress(readUnsignedLE(stub.after.split(' ').slice(6).map((b) => parseInt(b, 16))), MODE);
      return {
        caption: L(
          `VTL1 writes the HPAT stub at ${stub.addressText} (${stubJump} and the patch function's address ${target}), then the padding at ${pad.addressText}: ${pad.before} → ${pad.after}, a jump to the stub. The entry still reads ${entryBytes}, so no caller can reach these bytes yet.`,
          `VTL1 が ${stub.addressText} に HPAT のスタブ（${stubJump} とパッチ関数のアドレス ${target}）を書き、続いて ${pad.addressText} のパディングを ${pad.before} → ${pad.after}（スタブへのジャンプ）に書き換えます。エントリはまだ ${entryBytes} のままなので、呼び出し側がこれらのバイトに到達することはまだありません。`,
        ),
        note: L(
          `Point at the HPAT: a region reserved right after the end of example.sys, one stub per patched function. Then at the padding, now a 5-byte long jump to that stub. The stub's exact bytes are not public — the FF 25 jump shown is our illustration — while EB F9 and E9 come from a real capture. Writing these before touching the entry is the natural order but is our inference. Ask: why can these writes be made while threads are running SetState, with no locks and no pause?`,
          `HPAT を指してください。example.sys の末尾の直後に確保される領域で、パッチ対象の関数ごとにスタブが 1 つ置かれます。次にパディングを指します。今はスタブへの 5 バイトの長いジャンプ（ニアジャンプ）です。スタブの正確なバイト列は公開されておらず、図の FF 25 のジャンプは説明用です。一方 EB F9 と E9 は実際のキャプチャーに基づきます。エントリより先にこれらを書くのは自然な順序ですが、推測です。質問：「SetState をスレッドが実行中でも、ロックも停止もなしにこれらを書けるのはなぜでしょう？」`,
        ),
      };
    }
    case 'flipped': {
      const e = writeOf(d, 'entry');
      return {
        caption: L(
          `VTL1 flips the entry with one 2-byte write: ${e.before} → ${e.after}, a short jump 7 bytes back into the padding. Thread T1, already past the first instruction, is not affected.`,
          `VTL1 が 2 バイトの書き込み 1 回でエントリを ${e.before} → ${e.after} に切り替えます。これはパディングへ 7 バイト戻る短いジャンプ（ショートジャンプ）で、すでに最初の命令を過ぎているスレッド T1 には影響しません。`,
        ),
        note: L(
          `Point at the entry bytes: the old 2-byte instruction is replaced by a 2-byte jump, so no thread can ever be caught halfway through an instruction. ${e.after} means "jump back 7": from the end of the jump (entry + 2) seven bytes back lands 5 bytes before the entry, exactly where the E9 sits. Beware the myth "EB FB". Microsoft says its ordering keeps things consistent without halting any processes or CPUs. Now point at T1: it is inside the old body. Ask: where will T1's next instruction come from?`,
          `エントリのバイトを指してください。2 バイトの旧命令を 2 バイトのジャンプに置き換えるので、命令の途中でスレッドが取り残されることはありません。${e.after} は「7 バイト戻る」の意味です。ジャンプ命令の終わり（エントリ + 2）から 7 バイト戻ると、エントリの 5 バイト手前、ちょうど E9 がある位置に着きます。「EB FB」という俗説に注意してください。Microsoft は、この順序によってプロセスも CPU も止めずに一貫性を保てると説明しています。次に T1 を指します。T1 は旧本体の中にいます。質問：「T1 が次に実行する命令はどこから来るでしょう？」`,
        ),
      };
    }
    case 'new-call': {
      const p = d.callPath;
      // Every jump's bytes, as the model decoded them; the last hop is the body that runs.
      const hops = p ? p.hops.slice(0, -1).map((h) => h.bytes).join(' → ') : '';
      const lands = p?.lands;
      return {
        caption: L(
          `A new call from thread T2 walks the bytes: ${hops} → ${PATCHED_FUNCTION} in ${lands?.module ?? ''} (sequence number ${lands?.sequenceNumber ?? ''}). The caller's code did not change at all.`,
          `スレッド T2 の新しい呼び出しは、バイト列を ${hops} → ${lands?.module ?? ''} の ${PATCHED_FUNCTION}（シーケンス番号 ${lands?.sequenceNumber ?? ''}）とたどります。呼び出し側のコードは一切変わっていません。`,
        ),
        note: L(
          `Trace the path with your pointer, hop by hop: entry (short jump back), padding (long jump to the HPAT), HPAT stub (jump into the patch image), patch function. Every way into SetState — a direct call, an indirect call, a function pointer — arrives at the entry, so no call site needs changing. Only SetState is redirected; GetState runs its old code untouched. Ask: a function pointer to SetState was stored in a table long before the patch. Where does a call through it go now?`,
          `ポインターで経路を 1 段ずつたどってください。エントリ（短いジャンプで戻る）、パディング（HPAT への長いジャンプ）、HPAT のスタブ（パッチ イメージへのジャンプ）、パッチ関数です。SetState への入り方（直接呼び出し、間接呼び出し、関数ポインター）はどれもエントリを通るので、呼び出し側を書き換える必要はありません。リダイレクトされるのは SetState だけで、GetState は元のコードのまま動きます。質問：「パッチ前から関数テーブルに保存されていた SetState へのポインター経由で呼ぶと、今はどこへ行くでしょう？」`,
        ),
      };
    }
    case 'shared-global': {
      const st = d.stores[0];
      const own = d.globals.find((x) => x.module === PATCH.name);
      return {
        caption: L(
          `The patch function loads ${EXAMPLE_REF_SLOT} (${d.refSlot?.valueText ?? ''}) and stores ${st?.value ?? ''} there: g_state in example.sys is now ${gValue}, while the patch's own copy still holds ${own?.value ?? ''}.`,
          `パッチ関数は ${EXAMPLE_REF_SLOT}（${d.refSlot?.valueText ?? ''}）を読み、そこへ ${st?.value ?? ''} を書きます。example.sys の g_state は ${gValue} になり、パッチ自身のコピーは ${own?.value ?? ''} のままです。`,
        ),
        note: L(
          `Point at the store: it went through the __ref_ slot to example.sys's g_state. There is one copy of every global, shared by old and new code — unpatched GetState will read ${gValue}. That fits the rule that a hotpatch may not add fields to existing types: old code keeps using the same data. Ask: a later fix needs a new field in an existing structure. Can it ship as a hotpatch?`,
          `書き込み先を指してください。__ref_ スロットを経由して example.sys の g_state に書かれています。グローバル変数はどれも 1 つだけで、旧コードと新コードが共有します。パッチされていない GetState も ${gValue} を読みます。ホットパッチで既存の型にフィールドを追加できないというルールも、旧コードが同じデータを使い続けることと整合します。質問：「既存の構造体にフィールドを追加する修正は、ホットパッチで出せるでしょうか？」`,
        ),
        checkpoint: {
          question: L(
            'Thread T1 was already inside the old SetState when the entry flipped. Where does its store go?',
            'エントリが切り替わったとき、スレッド T1 はすでに旧 SetState の中にいました。T1 の書き込みはどこへ行くでしょう？',
          ),
          choices: [
            {
              id: 'old-body-same-global',
              label: L('It finishes in the old body and writes the same g_state', '旧本体で最後まで実行し、同じ g_state に書く'),
              correct: true,
              feedback: L(
                'Right: the old body is intact apart from the entry, and there is only one g_state.',
                '正解です。エントリ以外の旧本体はそのままで、g_state は 1 つしかありません。',
              ),
            },
            {
              id: 'jumps-to-patch',
              label: L('It is moved into the patch function', 'パッチ関数へ移される'),
              correct: false,
              feedback: L(
                'No: nothing moves running threads. It is past the entry, so it never sees the new jump.',
                'いいえ。実行中のスレッドを移す仕組みはありません。T1 はエントリを過ぎているので、新しいジャンプを通りません。',
              ),
            },
            {
              id: 'old-copy',
              label: L('It writes an old copy of g_state that the patch cannot see', 'パッチから見えない古い g_state に書く'),
              correct: false,
              feedback: L(
                'No: there is no old copy. The patch reaches the same g_state through __ref_g_state.',
                'いいえ。古いコピーはありません。パッチも __ref_g_state 経由で同じ g_state を使います。',
              ),
            },
          ],
        },
      };
    }
    case 'old-thread': {
      const st = d.stores[0];
      return {
        caption: L(
          `Thread T1 finishes in the old body: it stores ${st?.value ?? ''} into the same g_state at ${st?.addressText ?? ''} (now ${gValue}) and returns. Its next call will go through the entry, and so to the patch.`,
          `スレッド T1 は旧本体で最後まで実行し、同じ g_state（${st?.addressText ?? ''}）に ${st?.value ?? ''} を書いて戻ります（値は ${gValue}）。次に呼ぶときはエントリを通るので、パッチへ行きます。`,
        ),
        note: L(
          `Point at T1's instruction pointer leaving through the old ret, and at the store landing in the same g_state. For a moment old and new code ran side by side; that is safe because both versions share data and — as far as the sources let us infer — each function switches at its entry in one step. Unlike Linux livepatch there is no per-thread transition — the price is the strict rules on what a patch may change. Recap the whole chain: EB F9 → E9 → HPAT → patch, with __ref_ pointing to the base's globals. Ask: why can the old patch image not simply be freed as soon as a newer one arrives?`,
          `T1 の命令ポインターが旧コードの ret から抜けていくところと、書き込みが同じ g_state に入るところを指してください。一時的に旧コードと新コードが並行して動きましたが、データを共有しており、また（資料から推測できる限り）各関数はエントリで一度に切り替わるので問題ありません。Linux の livepatch のようなスレッドごとの移行期間はなく、その代わりにパッチで変えられる内容が厳しく制限されています。最後に全体を振り返ります：EB F9 → E9 → HPAT → パッチ、そして __ref_ はベースのグローバル変数を指します。質問：「新しいパッチが来ても、古いパッチ イメージをすぐに解放できないのはなぜでしょう？」`,
        ),
      };
    }
  }
}

// ── Build ───────────────────────────────────────────────────────────────────────────────────

export function buildNewRedirect(params: NewRedirectParams): SceneState<NewRedirectData>[] {
  const { base } = normalizeRedirectParams(params);
  const snapshots = story(base);
  const states: SceneState<NewRedirectData>[] = [];
  let previousData: NewRedirectData | undefined;
  let previousMemory: Memory | undefined;
  for (const s of snapshots) {
    const data = dataOf(s, base, previousMemory);
    const t = texts(data, s.machine);
    // The first state has nothing to compare with: nothing is highlighted.
    const changed = previousData ? [...data.listing.changedIds, ...changedKeys(elements(previousData), elements(data))] : [];
    states.push({ caption: t.caption, note: t.note, changed, data, ...(t.checkpoint ? { checkpoint: t.checkpoint } : {}) });
    previousData = data;
    previousMemory = s.machine.kernel.memory;
  }
  return states;
}

export const newRedirect: FigureDefinition<NewRedirectData, NewRedirectParams> = {
  id: 'new-redirect',
  order: 4,
  title: {
    en: 'How a VBS-era hotpatch redirects a function',
    ja: 'VBS 時代のホットパッチが関数をリダイレクトする仕組み',
  },
  description: {
    en: 'Step-through of one kernel hotpatch, with the kernel (VTL0 NT kernel and VTL1 Secure Kernel) beside a user process whose threads call the patched function. The patch is registered with NtManageHotPatch; the Secure Kernel checks its signature and that the loaded driver’s CheckSum and TimeDateStamp match (in the mismatch variant it refuses, and nothing changes); the patch’s __ref_g_state slot is pointed at the driver’s g_state; an attempt by VTL0 to write code is refused; VTL1 writes an HPAT stub and a jump in the padding, then flips the entry to EB F9. A new call then walks entry → padding → HPAT stub → patch function and updates the same g_state, while a thread already inside the old body finishes there. Addresses, identities and function bodies are made up; the stub bytes and the write order are labelled as illustration and inference.',
    ja: 'カーネル ホットパッチ 1 件を 1 ステップずつ追う図です。カーネル（VTL0 の NT カーネルと VTL1 のセキュアカーネル）と、パッチ対象の関数を呼ぶスレッドを持つユーザー プロセスを並べて示します。パッチは NtManageHotPatch で登録され、セキュアカーネルが署名と、読み込まれているドライバーの CheckSum と TimeDateStamp が一致するかを確認します（不一致の場合は拒否され、何も変わりません）。パッチの __ref_g_state スロットはドライバーの g_state を指すように書き換えられ、VTL0 からのコード書き込みは拒否されます。VTL1 が HPAT のスタブとパディング内のジャンプを書き、最後にエントリを EB F9 に切り替えます。その後の新しい呼び出しはエントリ → パディング → HPAT のスタブ → パッチ関数とたどって同じ g_state を更新し、すでに旧本体の中にいたスレッドはそのまま旧本体で終わります。アドレス、識別情報、関数の中身は説明用で、スタブのバイト列と書き込み順序はそれぞれ説明用・推測である旨を示しています。',
  },
  defaults: NEW_REDIRECT_DEFAULTS,
  build: buildNewRedirect,
};

export default newRedirect;
