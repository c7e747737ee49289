/**
 * Figure `old-patch-bytes`: the 2003-era hotpatch, byte by byte.
 *
 * Params (`OldPatchBytesParams`): { arch: 'x86' | 'x64', functionAddress, patchAddress,
 * fill: 0x90 | 0xCC, x64Jump?: 'indirect' | 'rel32' }. Defaults: the research's worked example
 * (calc!SetRadix layout, entry 00476C7E, replacement at the made-up address 10001000, CC padding).
 *
 * Eight states, `data: OldPatchBytesData`:
 *   phase      'start' | 'loaded' | 'validated' | 'long-jump' | 'short-jump' | 'new-call' | 'old-thread' | 'undo'
 *   arch       'x86' | 'x64'
 *   listing    ByteListing (see shared/byte-listing.ts): rows with bytes, decoded text, role, changedBytes
 *   diff       DiffRun[]: runs of bytes changed since the previous state ("A–B: old → new")
 *   validation? (phase 'validated') { ok, checks: [{ address, addressText, expected, found, ok, hookType }] }
 *   longJump?  JumpMath (from 'long-jump' on): how the padding jump's displacement is computed
 *   shortJump? JumpMath (from 'short-jump' on): the entry jump's displacement
 *   threads    [{ id: 'caller' | 'inside', label, ip, ipText, status }]: the two example threads
 *   path?      PathStep[] ('new-call', 'old-thread'): the instructions the thread executed, in order
 *   error?     { kind: 'layout' | 'reach', message, loaderMessage?, provenance? }: set when the chosen
 *              addresses cannot be laid out or encoded; build() never throws, states say why instead
 *   flags      { x64BytesUnconfirmed, writeOrderUnconfirmed, illustrativeRegions }: things the view
 *              must label ([?] in the research, or made up for the example)
 *   sources    source keys (content/sources.yaml ids) supporting the state
 *
 * Drawn element ids used in `changed`: `byte-<ADDR>`, `region-<id>`, `thread-<id>`, `panel-validation`,
 * `panel-long-jump`, `panel-short-jump`, `panel-path`, `panel-error`.
 */

import type { FigureDefinition, SceneState } from '../shared/scene-types';
import type { Localized } from '../../i18n/lang';
import { decodeAt, type Mode } from '../../model/x86/decode';
import { hex, hexAddress, hexBytes } from '../../model/x86/hex';
import { readByte, type Memory } from '../../model/x86/memory';
import { buildOldLayout, regionAt, type OldLayout, type Region, type X64Jump } from '../../model/old/layout';
import { patchRecordFor, type PatchRecord } from '../../model/old/patch-record';
import { undo, validate, writeLongJump, writeShortJump, type AppliedPatch, type PatchFailure, type PatchWrite } from '../../model/old/protocol';
import { step, type Thread } from '../../model/old/thread';
import { byteListing, joinRuns, memoryDiff, type ByteListing, type DiffRun, type ListingRegion } from '../shared/byte-listing';
import { changedKeys } from '../shared/changes';
import { L } from '../../i18n/lang';

export interface OldPatchBytesParams {
  readonly arch: Mode;
  readonly functionAddress: number;
  readonly patchAddress: number;
  readonly fill: 0x90 | 0xcc;
  /** x64 only; see X64Jump in model/old/layout.ts. Default 'indirect'. */
  readonly x64Jump?: X64Jump;
}

import { OLD_PATCH_BYTES_PHASES, type OldPatchBytesPhase } from './phases';
export { OLD_PATCH_BYTES_PHASES, type OldPatchBytesPhase };

export interface ValidationCheck {
  readonly address: number;
  readonly addressText: string;
  readonly expected: string;
  readonly found: string;
  readonly ok: boolean;
  readonly hookType: string;
}

/** How a jump's displacement is computed: displacement = target − (site + length). */
export interface JumpMath {
  readonly kind: 'rel32' | 'rel8' | 'rip-indirect';
  readonly site: number;
  readonly siteText: string;
  readonly length: number;
  readonly target: number;
  readonly targetText: string;
  readonly displacement: number;
  /** e.g. `10001000 − (00476C79 + 5) = 0FB8A382` or `00476C79 − (00476C7E + 2) = −7`. */
  readonly formula: string;
  /** The displacement as stored (little-endian): `82 A3 B8 0F`, `F9`. */
  readonly displacementBytes: string;
  /** The whole instruction: `E9 82 A3 B8 0F`. */
  readonly bytes: string;
  readonly text: string;
  /** rip-indirect only: the slot the jump reads, and the 8-byte value stored there. */
  readonly slot?: number;
  readonly slotText?: string;
  readonly slotValueText?: string;
}

export interface ThreadView {
  readonly id: 'caller' | 'inside';
  readonly label: Localized;
  readonly ip: number;
  readonly ipText: string;
  readonly status: 'waiting' | 'running' | 'returned' | 'in-replacement' | 'trapped' | 'faulted';
}

export interface PathStep {
  readonly address: number;
  readonly addressText: string;
  readonly bytes: string;
  readonly text: string;
  readonly role: string;
}

export interface SceneError {
  readonly kind: 'layout' | 'reach';
  readonly message: Localized;
  readonly loaderMessage?: string;
  readonly provenance?: 'reverse-engineered';
}

export interface OldPatchBytesData {
  readonly phase: OldPatchBytesPhase;
  readonly arch: Mode;
  readonly listing: ByteListing;
  readonly diff: readonly DiffRun[];
  readonly validation?: { readonly ok: boolean; readonly checks: readonly ValidationCheck[] };
  readonly longJump?: JumpMath;
  readonly shortJump?: JumpMath;
  readonly threads: readonly ThreadView[];
  readonly path?: readonly PathStep[];
  readonly error?: SceneError;
  readonly flags: {
    readonly x64BytesUnconfirmed: boolean;
    readonly writeOrderUnconfirmed: true;
    readonly illustrativeRegions: readonly string[];
  };
  readonly sources: readonly string[];
}

export const OLD_PATCH_BYTES_DEFAULTS: OldPatchBytesParams = {
  arch: 'x86',
  functionAddress: 0x00476c7e,
  patchAddress: 0x10001000,
  fill: 0xcc,
};

// ---------------------------------------------------------------------------------------------
// Model → view data

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
  const shown = kind === 'rel8' ? String(displacement).replace('-', '−') : signedHex(displacement, kind === 'rel32' && displacement >= 0 ? 8 : 0);
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
  return { ...base, slot: ins.slot, slotText: hexAddress(ins.slot, mode), slotValueText: `${hexBytes(value)} = ${hexAddress(slotTarget ?? 0, mode)}` };
}

/** Runs a thread until it returns, reaches the replacement, or stops; returns the path and the end. */
function runThread(layout: OldLayout, memory: Memory, start: Thread): { path: PathStep[]; thread: Thread; status: ThreadView['status'] } {
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
        label: L('rest of the original first instruction (never executed again)', '元の最初の命令の残り（もう実行されません）'),
        illustrative: true,
      });
    } else out.push(r);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Captions and notes

interface Ctx {
  readonly layout: OldLayout;
  readonly record: PatchRecord;
  readonly mode: Mode;
  readonly a: (n: number) => string;
}

const SOURCES: Record<OldPatchBytesPhase, readonly string[]> = {
  start: ['snrub', 'km', 'msvc-fpm', 'msvc-hp', 'chen11', 'chen22'],
  loaded: ['tn-pkg', 'passing2'],
  validated: ['tk-hdr', 're-w7'],
  'long-jump': ['isaint', 'llvm', 'chen11', 'tk-hdr', 'frei'],
  'short-jump': ['chen11', 'isaint', 'tk-hdr', 'ishai', 'intel-sdm'],
  'new-call': ['chen11'],
  'old-thread': ['chen11', 'tn-lim'],
  undo: ['wi6', 're-hdr', 'tn-pkg'],
};

function errorState(kind: SceneError['kind'], failure: PatchFailure | undefined, layoutError: Localized | undefined): SceneError {
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
      'アーキテクチャーに合い、互いに重ならない関数アドレスとパッチアドレスを選んでください。',
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
    writes: writes.map((w) => ({ address: w.address, newBytes: w.bytes, originalBytes: w.bytes.map((_, i) => readByte(m1, w.address + i) ?? 0) })),
  };
  const m7 = patched ? undo(m4, applied) : m4;
  const memories: Memory[] = [m0, m1, m1, m3, m4, m4, m4, m7];
  const error = failure ? errorState('reach', failure, undefined) : undefined;

  // Threads: a caller about to call, and one already past the entry instruction.
  const insideIp = layout.entry + layout.firstInstructionLength;
  const callerStart: Thread = { id: 'caller', ip: layout.callSite, stack: [], exitAddress: layout.returnAddress, status: 'running' };
  const insideStart: Thread = { id: 'inside', ip: insideIp, stack: [layout.returnAddress], exitAddress: layout.returnAddress, status: 'running' };
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
      : { id: 'caller', label: callerLabel, ip: newCall.thread.ip, ipText: a(newCall.thread.ip), status: newCall.status },
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
    ? jumpMath(padHook?.hookType === 'AMD64_IND' ? 'rip-indirect' : 'rel32', m3, layout.paddingStart, mode, layout.patchEntry)
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

interface CaptionInput {
  readonly checks: readonly ValidationCheck[];
  readonly diffs: readonly (readonly DiffRun[])[];
  readonly newCallPath: string;
  readonly oldPath: string;
  readonly insideIp: number;
  readonly error: SceneError | undefined;
  readonly longJump: JumpMath | undefined;
  readonly shortJump: JumpMath | undefined;
}

function captions(ctx: Ctx, input: CaptionInput): Array<{ caption: Localized; note: Localized }> {
  const { layout, mode, a } = ctx;
  const x64 = mode === 'x64';
  const n = layout.paddingLength;
  const fill = hex(layout.fill, 2);
  const fillName = layout.fill === 0xcc ? 'int 3' : 'nop';
  const first = decodeAt(layout.original, layout.entry, mode);
  const firstBytes = hexBytes(first.bytes);
  const diff = (i: number) => joinRuns(input.diffs[i] ?? []);
  const x64Flag = x64
    ? L(
        ' (Illustrative: the exact bytes Microsoft’s engine wrote on x64 are not known.)',
        '（例示です。Microsoft のエンジンが x64 で実際に書き込んだバイトはわかっていません。）',
      )
    : L('', '');
  const err = input.error;

  const start = x64
    ? {
        caption: L(
          `Before the patch: ${n} padding bytes (${fill} = ${fillName}) at ${a(layout.paddingStart)}, then the function’s first instruction at ${a(layout.entry)}: ${first.text} (${firstBytes}), at least 2 bytes long as x64 compilers guarantee.`,
          `パッチ前の状態です。${a(layout.paddingStart)} から ${n} バイトのパディング（${fill} = ${fillName}）があり、${a(layout.entry)} に関数の最初の命令 ${first.text}（${firstBytes}）が続きます。x64 のコンパイラーは最初の命令が 2 バイト以上であることを保証します。`,
        ),
        note: L(
          `There is no mov edi, edi on x64: the real first instruction is the patch point, and the linker leaves 6 bytes of padding. This first instruction is an illustrative, common x64 prologue. Ask: why can’t x64 simply use mov edi, edi too? (It is not a no-op there: it clears the upper half of RDI.)`,
          `x64 には mov edi, edi はありません。本物の最初の命令がパッチポイントになり、リンカーは 6 バイトのパディングを確保します。この最初の命令はよくある x64 のプロローグを例として示したものです。「x64 でも mov edi, edi を使えばよいのでは？」と問いかけてください（x64 では RDI の上位 32 ビットをクリアするので、何もしない命令にはなりません）。`,
        ),
      }
    : {
        caption: L(
          `Before the patch: the previous function ends with ret 0Ch at ${a(layout.previousTail)}, ${n} padding bytes (${fill} = ${fillName}) follow at ${a(layout.paddingStart)}, and the function starts at ${a(layout.entry)} with ${first.text} (${firstBytes}).`,
          `パッチ前の状態です。${a(layout.previousTail)} で直前の関数が ret 0Ch で終わり、${a(layout.paddingStart)} から ${n} バイトのパディング（${fill} = ${fillName}）が続き、${a(layout.entry)} から始まる関数の先頭は ${first.text}（${firstBytes}）です。`,
        ),
        note: L(
          `Point at the ${n} padding bytes and the 2-byte mov edi, edi: these 7 bytes are all the patch will touch. The fill byte varies between builds (90 in a 2005 kernel, CC in Server 2008 calc.exe); the padding is never executed. Ask: why would a compiler emit an instruction that does nothing?`,
          `${n} バイトのパディングと 2 バイトの mov edi, edi を指してください。パッチが書き換えるのはこの 7 バイトだけです。埋め草のバイトはビルドによって異なり（2005 年のカーネルでは 90、Server 2008 の calc.exe では CC）、パディングが実行されることはありません。「何もしない命令をなぜコンパイラーが出力するのでしょうか」と問いかけてみましょう。`,
        ),
      };

  const loadedRun = (input.diffs[1] ?? [])[0];
  const loadedRange = loadedRun ? `${a(loadedRun.start)}–${a(loadedRun.end - 1)}` : a(layout.patchEntry);
  const loaded = {
    caption: L(
      `The patch module is loaded into the same address space: the replacement function now occupies ${loadedRange} (a made-up address). The old code has not changed.`,
      `パッチモジュールが同じアドレス空間に読み込まれ、置き換え関数が ${loadedRange}（例として選んだアドレス）に配置されました。古いコードはまだ変わっていません。`,
    ),
    note: L(
      'Nothing is redirected yet: both functions exist side by side. The patch holds only the changed function; its bytes here are a stand-in.',
      'まだ何も切り替わっていません。2 つの関数が並んで存在しているだけです。パッチに含まれるのは変更された関数だけで、ここでのバイトは代用の例です。',
    ),
  };

  const checkText = input.checks.map((c) => `${c.addressText}: ${c.expected} ${c.ok ? '=' : '≠'} ${c.found}`).join('; ');
  const validated = {
    caption: L(
      `Validation: the target’s bytes are compared with the expected bytes the patch carries — ${checkText}. Any mismatch aborts the patch before a byte is written.`,
      `検証です。対象のバイトを、パッチが持っている期待値と比較します（${checkText}）。一致しなければ、1 バイトも書き込む前にパッチを中止します。`,
    ),
    note: L(
      'These checks mirror the validation records of the reverse-engineered .hotp1 format: one for the padding, one for the entry. Ask: what would happen if the patch were applied to a different build of the file?',
      'この比較は、リバースエンジニアリングで明らかになった .hotp1 形式の検証レコード（パディング用とエントリ用の 2 つ）に対応しています。「別のビルドのファイルにパッチを当てたらどうなるでしょうか」と問いかけてください。',
    ),
  };

  const lj = input.longJump;
  const longJump = err
    ? {
        caption: L(
          `Nothing is written: a rel32 jump from the padding at ${a(layout.paddingStart)} cannot reach ${a(layout.patchEntry)}, because rel32 reaches only ±2 GB. The reverse-engineered loader refuses such a patch (“${err.loaderMessage ?? ''}”).`,
          `何も書き込まれません。${a(layout.paddingStart)} のパディングからの rel32 ジャンプは ${a(layout.patchEntry)} に届きません。rel32 が届くのは ±2 GB までだからです。リバースエンジニアリングされたローダーは、このようなパッチを「${err.loaderMessage ?? ''}」として拒否します。`,
        ),
        note: L(
          'This is why the x64 layout jumps indirectly, through an 8-byte slot in scratch space within 2 GB of the image. Switch the jump kind to “indirect” to compare. The loader message comes from reverse-engineered code.',
          'そのため x64 では、イメージから 2 GB 以内のスクラッチ領域に置いた 8 バイトのスロットを経由して間接ジャンプします。ジャンプの種類を「indirect」に切り替えて比べてみてください。ローダーのメッセージはリバースエンジニアリングされたコードによるものです。',
        ),
      }
    : lj?.kind === 'rip-indirect'
      ? {
          caption: joinCaption(
            L(
              `First the slot and the padding are written — ${diff(3).en}. The padding now holds ${lj.text}, which reads the replacement’s address from the slot at ${lj.slotText ?? ''}; nothing runs the padding yet.`,
              `まずスロットとパディングに書き込みます（${diff(3).ja}）。パディングには ${lj.text} が入り、${lj.slotText ?? ''} のスロットから置き換え関数のアドレスを読み出します。パディングを実行するスレッドはまだありません。`,
            ),
            x64Flag,
          ),
          note: L(
            `FF 25 disp32 is jmp qword ptr [rip+disp32]; disp32 = slot − (site + 6): ${lj.formula}. Only the slot must be within 2 GB; the replacement itself can be anywhere.`,
            `FF 25 disp32 は jmp qword ptr [rip+disp32] です。disp32 = スロット − (書き込み位置 + 6) で、${lj.formula} となります。2 GB 以内にある必要があるのはスロットだけで、置き換え関数はどこにあっても構いません。`,
          ),
        }
      : {
          caption: joinCaption(
            L(
              `First the long jump goes into the padding — ${diff(3).en} (${lj?.text ?? ''}). No thread ever executes the padding, so this write on its own changes nothing.`,
              `まず長いジャンプ（ニアジャンプ）をパディングに書き込みます（${diff(3).ja}、${lj?.text ?? ''}）。パディングを実行するスレッドはないので、この書き込みだけでは何も変わりません。`,
            ),
            x64 ? x64Flag : undefined,
          ),
          note: L(
            `The displacement counts from the end of the 5-byte jump: ${lj?.formula ?? ''}, stored little-endian as ${lj?.displacementBytes ?? ''}. That the real engine always writes the padding first is not confirmed; the reverse-engineered sample lists the padding hook first. Ask: why + 5?`,
            `変位は 5 バイトのジャンプ命令の末尾から数えます。${lj?.formula ?? ''} で、リトルエンディアンで ${lj?.displacementBytes ?? ''} と格納されます。実際のエンジンが常にパディングを先に書き込むかどうかは確認されていません（リバースエンジニアリングされたサンプルではパディング側のフックが先に並んでいます）。「なぜ + 5 なのでしょうか」と問いかけてください。`,
          ),
        };

  const sj = input.shortJump;
  const shortJump = err
    ? {
        caption: L(
          `The entry stays ${firstBytes.split(' ').slice(0, 2).join(' ')}: without a jump in the padding there is nothing for a short jump to land on, so the patch stops here.`,
          `エントリは ${firstBytes.split(' ').slice(0, 2).join(' ')} のままです。パディングにジャンプがなければ、短いジャンプの飛び先がないので、パッチはここで止まります。`,
        ),
        note: L(
          'The patch is all-or-nothing: every hook is encoded before the first byte is written.',
          'パッチは「全部か無か」です。最初の 1 バイトを書き込む前に、すべてのフックをエンコードできるか確かめます。',
        ),
      }
    : {
        caption: joinCaption(
          L(
            `Then a single 2-byte write flips the entry — ${diff(4).en} (${sj?.text ?? ''}). The displacement is ${String(sj?.displacement ?? 0).replace('-', '−')}, counted from the end of the 2-byte jump, so the bytes are ${sj?.bytes ?? ''}.`,
            `次に、2 バイトの書き込み 1 回でエントリを切り替えます（${diff(4).ja}、${sj?.text ?? ''}）。変位は 2 バイトのジャンプの末尾から数えて ${String(sj?.displacement ?? 0).replace('-', '−')} なので、バイト列は ${sj?.bytes ?? ''} になります。`,
          ),
          x64 ? x64Flag : undefined,
        ),
        note: x64
          ? L(
              `${sj?.formula ?? ''}. The short jump overwrites the first 2 bytes of a real instruction; that is fine, because the old entry is never executed again and nothing jumps into the middle of it.`,
              `${sj?.formula ?? ''} です。短いジャンプは本物の命令の先頭 2 バイトを上書きしますが、古いエントリが再び実行されることはなく、途中に飛び込むジャンプもないので問題ありません。`,
            )
          : L(
              `${sj?.formula ?? ''}. A common myth says EB FB (“jmp −5”): the target is entry − 5, but the displacement counts from the next instruction, so it is −7 = EB F9. One 2-byte instruction replaced by another: no thread can be caught halfway through it.`,
              `${sj?.formula ?? ''} です。「EB FB（jmp −5）」という説明を見かけますが誤りです。飛び先はエントリ − 5 ですが、変位は次の命令から数えるので −7、つまり EB F9 です。2 バイトの命令を 2 バイトの命令で置き換えるので、命令の途中にいるスレッドは存在し得ません。`,
            ),
      };

  const newCall = err
    ? {
        caption: L(`New calls still run the old code: ${input.newCallPath}.`, `新しい呼び出しは、今も古いコードを実行します：${input.newCallPath}。`),
        note: L('Nothing changed, so every call behaves as before the patch.', '何も変わっていないので、どの呼び出しもパッチ前と同じように動きます。'),
      }
    : {
        caption: L(
          `A new call now takes the detour: ${input.newCallPath}. The replacement is a complete function; new calls never enter the old body.`,
          `新しい呼び出しは迂回路を通ります：${input.newCallPath}。置き換え関数は完全な関数なので、新しい呼び出しが古い本体に入ることはありません。`,
        ),
        note: L(
          'Trace the path with your finger: entry, back into the padding, far away to the replacement. Two extra jumps per call is the whole cost.',
          '経路を指でたどってください。エントリからパディングへ戻り、そこから遠くの置き換え関数へ飛びます。呼び出しごとに増えるのはジャンプ 2 回だけです。',
        ),
      };

  const oldThread = {
    caption: L(
      `A thread that was already past the entry (at ${a(input.insideIp)}) finishes on the old code: ${input.oldPath}.${err ? '' : ' For a while, old and new code run side by side.'}`,
      `すでにエントリを過ぎていたスレッド（${a(input.insideIp)}）は、古いコードのまま最後まで実行します：${input.oldPath}。${err ? '' : 'しばらくの間、古いコードと新しいコードが並行して動きます。'}`,
    ),
    note: L(
      'This is why a function whose threads never leave it (an infinite loop, a persistent stack frame) cannot be fixed by a hotpatch: those threads never see the new code.',
      '関数から抜けないスレッド（無限ループや、ずっと残るスタックフレーム）がある関数をホットパッチで修正できないのはこのためです。そのスレッドが新しいコードを実行することはありません。',
    ),
  };

  const undoText = err
    ? {
        caption: L('Nothing to uninstall: the patch was never applied, so the original bytes are still in place.', 'アンインストールするものはありません。パッチは適用されておらず、元のバイトがそのまま残っています。'),
        note: L('Compare with the indirect x64 layout, or with an x86 layout, where the same patch succeeds.', '同じパッチが成功する x64 の間接ジャンプのレイアウトや x86 のレイアウトと比べてみてください。'),
      }
    : {
        caption: L(
          `Uninstall: the hotpatch carries the original bytes, so they can be put back at run time — ${diff(7).en}.`,
          `アンインストールです。ホットパッチは元のバイトを保持しているので、実行中に書き戻せます（${diff(7).ja}）。`,
        ),
        note: L(
          'This model undoes the writes in reverse order, so the entry goes back first and new calls return to the old code before the padding is restored; the order the real engine used is not documented. Processes started after installation load the coldpatch from disk instead.',
          'このモデルでは書き込みを逆順に戻すので、まずエントリが元に戻り、パディングを復元する前に新しい呼び出しは古いコードへ戻ります。実際のエンジンがどの順序で戻したかは文書化されていません。なお、インストール後に起動したプロセスは、ディスク上のコールドパッチを読み込みます。',
        ),
      };

  return [start, loaded, validated, longJump, shortJump, newCall, oldThread, undoText];
}

function joinCaption(main: Localized, extra: Localized | undefined): Localized {
  if (!extra) return main;
  return { en: main.en + extra.en, ja: main.ja + extra.ja };
}

export const oldPatchBytes: FigureDefinition<OldPatchBytesData, OldPatchBytesParams> = {
  id: 'old-patch-bytes',
  order: 1,
  title: L('The 2003-era hotpatch, byte by byte', '旧方式のホットパッチをバイト単位で見る'),
  description: L(
    'A byte listing of a hotpatchable function: the end of the previous function, the padding and the entry instruction. Step by step, the patch module is loaded, the expected bytes are validated, a long jump is written into the padding, then one 2-byte short jump at the entry redirects every new call to the replacement, while a thread already inside finishes on the old code. Finally the original bytes are restored.',
    'ホットパッチ可能な関数のバイト列です。直前の関数の末尾、パディング、エントリの命令が並びます。パッチモジュールの読み込み、期待するバイトの検証、パディングへの長いジャンプの書き込み、エントリへの 2 バイトの短いジャンプの書き込みを順に示します。これで新しい呼び出しはすべて置き換え関数へ向かい、すでに中にいるスレッドは古いコードのまま終わります。最後に元のバイトを書き戻します。',
  ),
  defaults: OLD_PATCH_BYTES_DEFAULTS,
  build: buildOldPatchBytes,
};

export default oldPatchBytes;
