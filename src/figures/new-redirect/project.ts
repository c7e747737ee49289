/**
 * Figure `new-redirect`: from a machine snapshot (example.ts) to the data its view draws (data.ts).
 */
import { hexAddress, hexBytes, hex } from '../../model/x86/hex';
import { readBytes, type Memory } from '../../model/x86/memory';
import { readUnsignedLE } from '../../model/x86/encode';
import {
  EXAMPLE_GLOBAL,
  EXAMPLE_REF_SLOT,
  PATCHED_FUNCTION,
  READER_FUNCTION,
  bootMachine,
  exampleDriver,
  findModule,
  globalAddress,
  HPAT_STUB_SIZE,
  readU32,
  readU64,
  STUB_LENGTH,
  type ClaimId,
  type Machine,
  type ResolvedCall,
  type ImageIdentity,
} from '../../model/vbs/index';
import { byteListing, memoryDiff, type ListingRegion } from '../shared/byte-listing';
import { L } from '../../i18n/lang';
import { claimViews } from '../shared/claim-text';
import type {
  CallPathView,
  GlobalView,
  LoaderEntryView,
  NewRedirectData,
  RedirectBase,
  RedirectStepId,
  RefSlotView,
  RegistrationView,
  ThreadView,
  WriteView,
  IdentityView,
} from './data';
import { MODE, PATCH, PROCESS, T1_ARGUMENT, T2_ARGUMENT, type Snapshot } from './example';

export const identityView = (id: ImageIdentity): IdentityView => ({
  checkSum: id.checkSum,
  timeDateStamp: id.timeDateStamp,
  checkSumText: `0x${hex(id.checkSum, 8)}`,
  timeDateStampText: `0x${hex(id.timeDateStamp, 8)}`,
});

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
  {
    id: 'prev-tail',
    start: LAYOUT.getEnd - 1,
    end: LAYOUT.getEnd,
    role: 'prev-tail',
    kind: 'code',
    label: L(`end of ${READER_FUNCTION}`, `${READER_FUNCTION} の末尾`),
    illustrative: true,
  },
  {
    id: 'padding',
    start: LAYOUT.padding,
    end: LAYOUT.entry,
    role: 'padding',
    kind: 'code',
    label: L('padding (6 bytes)', 'パディング（6 バイト）'),
    illustrative: true,
  },
  {
    id: 'entry',
    start: LAYOUT.entry,
    end: LAYOUT.entry + 2,
    role: 'entry',
    kind: 'code',
    label: L(`${PATCHED_FUNCTION} entry`, `${PATCHED_FUNCTION} のエントリ`),
    illustrative: true,
  },
  {
    id: 'body',
    start: LAYOUT.entry + 2,
    end: LAYOUT.end,
    role: 'body',
    kind: 'code',
    label: L(`${PATCHED_FUNCTION} body (old)`, `${PATCHED_FUNCTION} の本体（旧）`),
    illustrative: true,
  },
  {
    id: 'hpat-stub',
    start: LAYOUT.stub,
    end: LAYOUT.stub + 6,
    role: 'hpat',
    kind: 'code',
    label: L('HPAT stub (after the image end)', 'HPAT のスタブ（イメージ末尾の直後）'),
    illustrative: true,
  },
  {
    id: 'hpat-target',
    start: LAYOUT.stub + 6,
    end: LAYOUT.stub + STUB_LENGTH,
    role: 'slot',
    kind: 'data',
    label: L('stub target', 'スタブの飛び先'),
    illustrative: true,
  },
  {
    id: 'patch-function',
    start: LAYOUT.patchEntry,
    end: LAYOUT.patchEnd,
    role: 'patch',
    kind: 'code',
    label: L(`${PATCHED_FUNCTION} in ${PATCH.name}`, `${PATCH.name} の ${PATCHED_FUNCTION}`),
    illustrative: true,
  },
  {
    id: 'ref-slot',
    start: LAYOUT.refSlot,
    end: LAYOUT.refSlot + 8,
    role: 'slot',
    kind: 'data',
    label: L(`${EXAMPLE_REF_SLOT} (read-only data)`, `${EXAMPLE_REF_SLOT}（読み取り専用データ）`),
    illustrative: true,
  },
];

export const bytesAt = (m: Memory, address: number, n: number): string => hexBytes(readBytes(m, address, n));

export function registrations(s: Snapshot): RegistrationView[] {
  return s.machine.nt.globalPatchList.map((r) => ({
    call: 'NtManageHotPatch(ManageHotPatchLoadPatch)' as const,
    path: r.path,
    baseName: r.baseName,
    baseIdentity: identityView(r.baseIdentity),
    sequenceNumber: r.sequenceNumber,
    status: s.step === 'refused' ? ('refused' as const) : r.status,
  }));
}

export function loaderEntries(m: Machine): LoaderEntryView[] {
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

export function globals(m: Machine): GlobalView[] {
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

export function refSlot(m: Machine): RefSlotView | undefined {
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

export function writes(m: Machine): WriteView[] {
  return m.writes.map((w) => ({
    target: w.target,
    address: w.address,
    addressText: hexAddress(w.address, MODE),
    before: w.before.length ? hexBytes([...w.before]) : '',
    after: hexBytes([...w.after]),
    by: w.by,
    ...(w.protectionDance ? { protectionDance: w.protectionDance.join(', ') } : {}),
    ...(w.target === 'ref-slot' && w.before.length === 8
      ? {
          pointerBefore: hexAddress(readUnsignedLE([...w.before]), MODE),
          pointerAfter: hexAddress(readUnsignedLE([...w.after]), MODE),
        }
      : {}),
    writer: { ...w.writer },
    provenance: w.claim.provenance,
    basis: w.claim.basis,
    sources: w.claim.sources,
  }));
}

export function callPath(call: ResolvedCall): CallPathView {
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

export function threads(s: Snapshot): ThreadView[] {
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

export function dataOf(s: Snapshot, base: RedirectBase, previous: Memory | undefined): NewRedirectData {
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
export function elements(d: NewRedirectData): Map<string, unknown> {
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
