/**
 * Figure `old-patch-bytes`: the story, run on the model (layout, validation, the two writes, the
 * threads), as an ordered list of states. The data the view draws is in data.ts, the words in words.ts.
 */

import type { FigureDefinition, SceneState } from '../shared/scene-types';
import { type Localized, L } from '../../i18n/lang';
import { decodeAt, type Mode } from '../../model/x86/decode';
import { hex, hexAddress, hexBytes } from '../../model/x86/hex';
import { readByte, type Memory } from '../../model/x86/memory';
import { buildOldLayout, regionAt, type OldLayout, type Region } from '../../model/old/layout';
import { patchRecordFor, type PatchRecord } from '../../model/old/patch-record';
import {
  undo,
  validate,
  writeLongJump,
  writeShortJump,
  type AppliedPatch,
  type PatchFailure,
  type PatchWrite,
} from '../../model/old/protocol';
import { step, type Thread } from '../../model/old/thread';
import { byteListing, memoryDiff, type ByteListing, type ListingRegion } from '../shared/byte-listing';
import { changedKeys } from '../shared/changes';
import {
  type JumpMath,
  OLD_PATCH_BYTES_DEFAULTS,
  type OldPatchBytesData,
  type OldPatchBytesParams,
  type PathStep,
  type SceneError,
  type ThreadView,
  type ValidationCheck,
} from './data';
import { captions } from './words';
import { OLD_PATCH_BYTES_PHASES, type OldPatchBytesPhase } from './phases';

function signedHex(n: number, digits = 0): string {
  return n < 0 ? `−${hex(-n, digits)}` : hex(n, digits);
}

function jumpMath(kind: JumpMath['kind'], memory: Memory, site: number, mode: Mode, slotTarget?: number): JumpMath {
  const ins = decodeAt(memory, site, mode);
  const length = kind === 'rel8' ? 2 : kind === 'rel32' ? 5 : 6;
  const dispBytes = ins.bytes.slice(kind === 'rip-indirect' ? 2 : 1, length);
  const target = kind === 'rip-indirect' ? (ins.slot ?? 0) : (ins.target ?? 0);
  const displacement = target - (site + length);
  const digits = mode === 'x86' ? 8 : 16;
  const shown =
    kind === 'rel8'
      ? String(displacement).replace('-', '−')
      : signedHex(displacement, kind === 'rel32' && displacement >= 0 ? 8 : 0);
  const base = {
    kind,
    site,
    siteText: hexAddress(site, mode),
    length,
    target,
    targetText: hex(target, digits),
    displacement,
    formula: `${hex(target, digits)} − (${hexAddress(site, mode)} + ${length}) = ${shown}`,
    displacementBytes: hexBytes(dispBytes),
    bytes: hexBytes(ins.bytes),
    text: ins.text,
  };
  if (kind !== 'rip-indirect' || ins.slot === undefined) return base;
  const value: number[] = [];
  for (let i = 0; i < 8; i++) value.push(readByte(memory, ins.slot + i) ?? 0);
  return {
    ...base,
    slot: ins.slot,
    slotText: hexAddress(ins.slot, mode),
    slotValueText: `${hexBytes(value)} = ${hexAddress(slotTarget ?? 0, mode)}`,
  };
}

/** Runs a thread until it returns, reaches the replacement, or stops; returns the path and the end. */
function runThread(
  layout: OldLayout,
  memory: Memory,
  start: Thread,
): { path: PathStep[]; thread: Thread; status: ThreadView['status'] } {
  let thread = start;
  const path: PathStep[] = [];
  for (let i = 0; i < 16 && thread.status === 'running'; i++) {
    if (thread.ip >= layout.patchEntry && thread.ip < layout.patchEnd) break;
    const r = step(thread, memory, layout.arch);
    path.push({
      address: r.executed.address,
      addressText: hexAddress(r.executed.address, layout.arch),
      bytes: hexBytes(r.executed.bytes),
      text: r.executed.text,
      role: regionAt(layout, r.executed.address)?.role ?? 'unknown',
    });
    thread = r.thread;
  }
  const inReplacement = thread.ip >= layout.patchEntry && thread.ip < layout.patchEnd;
  return { path, thread, status: inReplacement ? 'in-replacement' : thread.status };
}

function pathText(path: readonly PathStep[], end: Thread, mode: Mode): string {
  const steps = path.map((p) => `${p.addressText} ${p.text}`);
  if (end.status === 'running') steps.push(hexAddress(end.ip, mode));
  return steps.join(' → ');
}

/** Regions for the listing; on x64, once the entry jump is written, the rest of the old first instruction is shown as data. */
function listingRegions(layout: OldLayout, entrySplit: boolean): ListingRegion[] {
  const out: ListingRegion[] = [];
  for (const r of layout.regions) {
    if (r.id === 'entry' && entrySplit && layout.firstInstructionLength > 2) {
      out.push({ ...r, end: r.start + 2 });
      out.push({
        id: 'leftover',
        start: r.start + 2,
        end: r.end,
        role: 'leftover',
        kind: 'data',
        label: L(
          'rest of the original first instruction (never executed again)',
          '元の最初の命令の残り（もう実行されません）',
        ),
        illustrative: true,
      });
    } else out.push(r);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Captions and notes

export interface Ctx {
  readonly layout: OldLayout;
  readonly record: PatchRecord;
  readonly mode: Mode;
  readonly a: (n: number) => string;
}

const SOURCES: Record<OldPatchBytesPhase, readonly string[]> = {
  start: ['snrub', 'km', 'msvc-fpm', 'msvc-hp', 'chen11', 'chen22'],
  loaded: ['tn-pkg'],
  validated: ['tk-hdr', 're-w7', 'wi6'],
  'long-jump': ['isaint', 'llvm', 'chen11', 'tk-hdr', 'frei'],
  'short-jump': ['chen11', 'isaint', 'tk-hdr', 'ishai', 'intel-sdm'],
  'new-call': ['chen11'],
  'old-thread': ['chen11', 'tn-lim'],
  undo: ['wi6', 're-hdr', 'tn-pkg'],
};

function errorState(
  kind: SceneError['kind'],
  failure: PatchFailure | undefined,
  layoutError: Localized | undefined,
): SceneError {
  if (kind === 'layout') return { kind, message: layoutError ?? L('', '') };
  return {
    kind,
    message: failure?.message ?? L('', ''),
    ...(failure?.kind === 'reach' ? { loaderMessage: failure.loaderMessage } : {}),
    provenance: 'reverse-engineered',
  };
}

// ---------------------------------------------------------------------------------------------
// Build

function layoutErrorScene(params: OldPatchBytesParams, message: Localized): SceneState<OldPatchBytesData>[] {
  const listing: ByteListing = { mode: params.arch, regions: [], rows: [], changedIds: [] };
  return OLD_PATCH_BYTES_PHASES.map((phase) => ({
    caption: L(`These addresses cannot be used: ${message.en}`, `このアドレスでは図を描けません。${message.ja}`),
    note: L(
      'Pick a function address and a patch address that fit the architecture and do not overlap.',
      'アーキテクチャに合い、互いに重ならない関数アドレスとパッチアドレスを選んでください。',
    ),
    changed: [],
    data: {
      phase,
      arch: params.arch,
      listing,
      diff: [],
      threads: [],
      error: { kind: 'layout', message },
      flags: { x64BytesUnconfirmed: params.arch === 'x64', writeOrderUnconfirmed: true, illustrativeRegions: [] },
      sources: [],
    },
  }));
}

export function buildOldPatchBytes(params: OldPatchBytesParams): SceneState<OldPatchBytesData>[] {
  const built = buildOldLayout(params);
  if (!built.ok) return layoutErrorScene(params, built.error);
  const layout = built.layout;
  const mode = layout.arch;
  const record = patchRecordFor(layout);
  const a = (n: number) => hexAddress(n, mode);
  const ctx: Ctx = { layout, record, mode, a };
  const x64 = mode === 'x64';

  // Memory per phase, computed with the protocol operations.
  const m0 = layout.original;
  const m1 = layout.loaded;
  const validation = validate(m1, record);
  const [padHook, entryHook] = record.hooks;
  let failure: PatchFailure | undefined = validation.ok ? undefined : validation.failure;
  let m3 = m1;
  let m4 = m1;
  let writes: PatchWrite[] = [];
  if (!failure && padHook && padHook.hookType !== 'X86_JMP2B') {
    const long = writeLongJump(m1, padHook, mode);
    if (long.ok) {
      m3 = long.memory;
      writes = [...long.writes];
      if (entryHook?.hookType === 'X86_JMP2B') {
        const short = writeShortJump(m3, entryHook, mode);
        if (short.ok) {
          m4 = short.memory;
          writes.push(...short.writes);
        } else failure = short.failure;
      }
    } else failure = long.failure;
  }
  const patched = failure === undefined;
  if (!patched) {
    m3 = m1;
    m4 = m1;
  }
  const applied: AppliedPatch = {
    record,
    writes: writes.map((w) => ({
      address: w.address,
      newBytes: w.bytes,
      originalBytes: w.bytes.map((_, i) => readByte(m1, w.address + i) ?? 0),
    })),
  };
  const m7 = patched ? undo(m4, applied) : m4;
  const memories: Memory[] = [m0, m1, m1, m3, m4, m4, m4, m7];
  const error = failure ? errorState('reach', failure, undefined) : undefined;

  // Threads: a caller about to call, and one already past the entry instruction.
  const insideIp = layout.entry + layout.firstInstructionLength;
  const callerStart: Thread = {
    id: 'caller',
    ip: layout.callSite,
    stack: [],
    exitAddress: layout.returnAddress,
    status: 'running',
  };
  const insideStart: Thread = {
    id: 'inside',
    ip: insideIp,
    stack: [layout.returnAddress],
    exitAddress: layout.returnAddress,
    status: 'running',
  };
  const newCall = runThread(layout, m4, callerStart);
  const oldRun = runThread(layout, m4, insideStart);

  const callerLabel = L('a new call (about to call the function)', '新しい呼び出し（これから関数を呼ぶ）');
  const insideLabel = L(
    `a thread already inside (past ${x64 ? 'the first instruction' : 'mov edi, edi'})`,
    `すでに中にいるスレッド（${x64 ? '最初の命令' : 'mov edi, edi'} を実行済み）`,
  );
  const threadsAt = (i: number): ThreadView[] => [
    i < 5
      ? { id: 'caller', label: callerLabel, ip: callerStart.ip, ipText: a(callerStart.ip), status: 'waiting' }
      : {
          id: 'caller',
          label: callerLabel,
          ip: newCall.thread.ip,
          ipText: a(newCall.thread.ip),
          status: newCall.status,
        },
    i < 6
      ? { id: 'inside', label: insideLabel, ip: insideIp, ipText: a(insideIp), status: 'running' }
      : { id: 'inside', label: insideLabel, ip: oldRun.thread.ip, ipText: a(oldRun.thread.ip), status: oldRun.status },
  ];

  const checks: ValidationCheck[] = record.validations.map((v, i) => {
    const found = v.sourceBytes.map((_, j) => readByte(m1, v.targetAddress + j));
    return {
      address: v.targetAddress,
      addressText: a(v.targetAddress),
      expected: hexBytes([...v.sourceBytes]),
      found: found.map((b) => (b === undefined ? '??' : hex(b, 2))).join(' '),
      ok: found.every((b, j) => b === v.sourceBytes[j]),
      hookType: record.hooks.find((h) => h.validationIndex === i)?.hookType ?? '',
    };
  });

  const longJump = patched
    ? jumpMath(
        padHook?.hookType === 'AMD64_IND' ? 'rip-indirect' : 'rel32',
        m3,
        layout.paddingStart,
        mode,
        layout.patchEntry,
      )
    : undefined;
  const shortJump = patched ? jumpMath('rel8', m4, layout.entry, mode) : undefined;

  const illustrativeRegions = layout.regions.filter((r: Region) => r.illustrative).map((r) => r.id);
  const texts = captions(ctx, {
    checks,
    diffs: memories.map((m, i) => (i === 0 ? [] : memoryDiff(memories[i - 1] ?? m, m, mode))),
    newCallPath: pathText(newCall.path, newCall.thread, mode),
    oldPath: pathText(oldRun.path, oldRun.thread, mode),
    insideIp,
    error,
    longJump,
    shortJump,
  });

  const states: SceneState<OldPatchBytesData>[] = [];
  let prevSig: Map<string, string> | undefined;
  OLD_PATCH_BYTES_PHASES.forEach((phase, i) => {
    const memory = memories[i] ?? m0;
    const previous = i > 0 ? memories[i - 1] : undefined;
    const entrySplit = patched && i >= 4 && i <= 6;
    const listing = byteListing(memory, listingRegions(layout, entrySplit), mode, previous ? { previous } : {});
    const path = phase === 'new-call' ? newCall.path : phase === 'old-thread' ? oldRun.path : undefined;
    const data: OldPatchBytesData = {
      phase,
      arch: mode,
      listing,
      diff: i === 0 ? [] : memoryDiff(previous ?? memory, memory, mode),
      ...(phase === 'validated' ? { validation: { ok: validation.ok, checks } } : {}),
      ...(longJump && i >= 3 && i <= 6 ? { longJump } : {}),
      ...(shortJump && i >= 4 && i <= 6 ? { shortJump } : {}),
      threads: threadsAt(i),
      ...(path ? { path } : {}),
      ...(error && i >= 3 ? { error } : {}),
      flags: { x64BytesUnconfirmed: x64, writeOrderUnconfirmed: true, illustrativeRegions },
      sources: SOURCES[phase],
    };
    const sig = signature(data);
    const text = texts[i] ?? { caption: L('', ''), note: L('', '') };
    states.push({ caption: text.caption, note: text.note, changed: i === 0 ? [] : changedKeys(prevSig, sig), data });
    prevSig = sig;
  });
  return states;
}

/** Every drawn element with a value, so `changed` can be computed as a diff. */
function signature(data: OldPatchBytesData): Map<string, string> {
  const sig = new Map<string, string>();
  for (const row of data.listing.rows) {
    row.byteIds.forEach((id, j) => sig.set(id, row.bytes[j] ?? ''));
  }
  for (const r of data.listing.regions) sig.set(`region-${r.id}`, `${r.start}-${r.end}-${r.loaded}`);
  for (const t of data.threads) sig.set(`thread-${t.id}`, `${t.ip}-${t.status}`);
  if (data.validation) sig.set('panel-validation', JSON.stringify(data.validation));
  if (data.longJump) sig.set('panel-long-jump', data.longJump.formula);
  if (data.shortJump) sig.set('panel-short-jump', data.shortJump.formula);
  if (data.path) sig.set('panel-path', JSON.stringify(data.path));
  if (data.error) sig.set('panel-error', data.error.message.en);
  return sig;
}

export const oldPatchBytes: FigureDefinition<OldPatchBytesData, OldPatchBytesParams> = {
  id: 'old-patch-bytes',
  order: 1,
  title: L('The 2003-era hotpatch, byte by byte', '旧ホットパッチをバイト単位で見る'),
  description: L(
    'A byte listing of a hotpatchable function: the end of the previous function, the padding and the entry instruction. Step by step, the patch module is loaded, the expected bytes are validated, a long jump is written into the padding, then one 2-byte short jump at the entry redirects every new call to the replacement, while a thread already inside finishes on the old code. Finally the original bytes are restored.',
    'ホットパッチ可能な関数のバイト列です。直前の関数の末尾、パディング、エントリの命令が並びます。パッチモジュールの読み込み、期待するバイトの検証、パディングへのニアジャンプの書き込み、エントリへの 2 バイトのショートジャンプの書き込みを順に示します。これで新しい呼び出しはすべて置き換え関数へ向かい、すでに中にいるスレッドは古いコードのまま終わります。最後に元のバイトを書き戻します。',
  ),
  defaults: OLD_PATCH_BYTES_DEFAULTS,
  build: buildOldPatchBytes,
};

export default oldPatchBytes;
