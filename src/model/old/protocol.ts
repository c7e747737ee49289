/**
 * The hotpatch protocol as pure operations on memory images:
 *   validate → long jump into the padding → 2-byte short jump over the entry, and undo.
 * Nothing here mutates: each operation returns a new Memory (or a failure value saying why not).
 *
 * Also the "naive" alternative the figures contrast it with: overwriting the first five bytes of
 * the live function with one `E9 rel32` (Detours-style, done while threads run) [DETOURS] [CHEN11].
 */

import type { Localized } from '../../i18n/lang';
import type { Mode } from '../x86/decode';
import { encodeJmpRel32, encodeJmpRel8, encodeJmpRipIndirect, littleEndian } from '../x86/encode';
import { hex, hexBytes } from '../x86/hex';
import { readByte, writeBytes, type Memory } from '../x86/memory';
import type { OldLayout } from './layout';
import type { Amd64IndHook, HookType, HotpatchHook, PatchRecord, X86Jmp2bHook, X86JmpHook } from './patch-record';

/** One write the engine performs; each is assumed to land atomically (one store). */
export interface PatchWrite {
  readonly address: number;
  readonly bytes: readonly number[];
  /** `code` writes are instructions; `data` writes fill the x64 slot. */
  readonly kind: 'code' | 'data';
  readonly source: HookType | 'naive';
}

/** The message of the reverse-engineered loader when a hook needs rel32 reach [RE-W7]. */
export const LOADER_REACH_MESSAGE = 'Hotpatch loaded > 2GB from target image';

export type PatchFailure =
  | {
      readonly kind: 'validation';
      readonly address: number;
      readonly expected: readonly number[];
      /** `null` where the target byte is not mapped. */
      readonly found: readonly (number | null)[];
      readonly message: Localized;
    }
  | {
      readonly kind: 'reach';
      readonly hookType: HookType;
      readonly address: number;
      readonly target: number;
      readonly message: Localized;
      readonly loaderMessage: typeof LOADER_REACH_MESSAGE;
    };

export type ValidationResult = { readonly ok: true } | { readonly ok: false; readonly failure: PatchFailure };

export type WriteResult =
  | { readonly ok: true; readonly memory: Memory; readonly writes: readonly PatchWrite[] }
  | { readonly ok: false; readonly failure: PatchFailure };

/** What was written and what it replaced: the hook descriptors the user-mode routine builds [RE-W7]. */
export interface AppliedWrite {
  readonly address: number;
  readonly newBytes: readonly number[];
  readonly originalBytes: readonly number[];
}

export interface AppliedPatch {
  readonly record: PatchRecord;
  readonly writes: readonly AppliedWrite[];
}

export type ApplyResult =
  | {
      readonly ok: true;
      readonly memory: Memory;
      readonly writes: readonly PatchWrite[];
      readonly applied: AppliedPatch;
    }
  | { readonly ok: false; readonly failure: PatchFailure };

function digits(mode: Mode): number {
  return mode === 'x86' ? 8 : 16;
}

/** Compares every validation record with the target; the first mismatch aborts (nothing written). */
export function validate(memory: Memory, record: PatchRecord): ValidationResult {
  for (const v of record.validations) {
    const found = v.sourceBytes.map((_, i) => readByte(memory, v.targetAddress + i) ?? null);
    if (found.some((b, i) => b !== v.sourceBytes[i])) {
      const at = hex(v.targetAddress, digits(record.arch));
      const shown = found.map((b) => (b === null ? '??' : hex(b, 2))).join(' ');
      const expected = hexBytes([...v.sourceBytes]);
      return {
        ok: false,
        failure: {
          kind: 'validation',
          address: v.targetAddress,
          expected: v.sourceBytes,
          found,
          message: {
            en: `Validation failed at ${at}: expected ${expected}, found ${shown}. Nothing was written.`,
            ja: `${at} の検証に失敗しました。期待したバイトは ${expected}、実際は ${shown} です。何も書き込みません。`,
          },
        },
      };
    }
  }
  return { ok: true };
}

function reachFailure(hook: HotpatchHook, target: number, mode: Mode, error: unknown): PatchFailure {
  const why = error instanceof Error ? error.message : String(error);
  const from = hex(hook.hookAddress, digits(mode));
  const to = hex(target, digits(mode));
  return {
    kind: 'reach',
    hookType: hook.hookType,
    address: hook.hookAddress,
    target,
    loaderMessage: LOADER_REACH_MESSAGE,
    message: {
      en: `A rel32 jump from ${from} cannot reach ${to}: rel32 reaches only ±2 GB (${why}). The reverse-engineered loader refuses such a patch with "${LOADER_REACH_MESSAGE}"; the x64 layout avoids it with an indirect jump through a nearby 8-byte slot.`,
      ja: `${from} からの rel32 ジャンプは ${to} に届きません。rel32 が届くのは ±2 GB までです。リバースエンジニアリングされたローダーはこの場合「${LOADER_REACH_MESSAGE}」としてパッチを拒否します。x64 のレイアウトでは、近くの 8 バイトのスロットを経由する間接ジャンプでこれを避けます。`,
    },
  };
}

/** The writes one hook performs, in order. Throws a RangeError when a jump cannot reach. */
export function hookWrites(hook: HotpatchHook, mode: Mode): PatchWrite[] {
  switch (hook.hookType) {
    case 'X86_JMP': {
      const jump = encodeJmpRel32(hook.hookAddress, hook.hotpAddress, mode);
      const padded = [...jump, ...Array<number>(Math.max(0, hook.hookOptions - jump.length)).fill(0xcc)];
      return [{ address: hook.hookAddress, bytes: padded, kind: 'code', source: hook.hookType }];
    }
    case 'AMD64_IND':
      return [
        { address: hook.slotAddress, bytes: littleEndian(hook.hotpAddress, 8), kind: 'data', source: hook.hookType },
        {
          address: hook.hookAddress,
          bytes: encodeJmpRipIndirect(hook.hookAddress, hook.slotAddress),
          kind: 'code',
          source: hook.hookType,
        },
      ];
    case 'X86_JMP2B':
      return [
        {
          address: hook.hookAddress,
          bytes: encodeJmpRel8(hook.hookAddress, hook.hookAddress + 2 + hook.hotpDisplacement),
          kind: 'code',
          source: hook.hookType,
        },
      ];
  }
}

function targetOf(hook: HotpatchHook): number {
  return hook.hookType === 'X86_JMP2B' ? hook.hookAddress + 2 + hook.hotpDisplacement : hook.hotpAddress;
}

function applyWrites(memory: Memory, writes: readonly PatchWrite[]): Memory {
  return writes.reduce((m, w) => writeBytes(m, w.address, w.bytes), memory);
}

function writeHook(memory: Memory, hook: HotpatchHook, mode: Mode): WriteResult {
  let writes: PatchWrite[];
  try {
    writes = hookWrites(hook, mode);
  } catch (error) {
    return { ok: false, failure: reachFailure(hook, targetOf(hook), mode, error) };
  }
  return { ok: true, memory: applyWrites(memory, writes), writes };
}

/** Step 4: the long jump (x64: slot + indirect jump) into the padding. Harmless alone: nothing runs the padding. */
export function writeLongJump(memory: Memory, hook: X86JmpHook | Amd64IndHook, mode: Mode): WriteResult {
  return writeHook(memory, hook, mode);
}

/** Step 5: the 2-byte short jump over the entry instruction; one 2-byte store flips every new call. */
export function writeShortJump(memory: Memory, hook: X86Jmp2bHook, mode: Mode): WriteResult {
  return writeHook(memory, hook, mode);
}

/** Every write of the record, in hook order, or the first hook that cannot be encoded. */
export function planWrites(
  record: PatchRecord,
):
  | { readonly ok: true; readonly writes: readonly PatchWrite[] }
  | { readonly ok: false; readonly failure: PatchFailure } {
  const writes: PatchWrite[] = [];
  for (const hook of record.hooks) {
    try {
      writes.push(...hookWrites(hook, record.arch));
    } catch (error) {
      return { ok: false, failure: reachFailure(hook, targetOf(hook), record.arch, error) };
    }
  }
  return { ok: true, writes };
}

/**
 * Validate, then write every hook in order (padding first, entry last). Encoding is checked for all
 * hooks before the first byte is written, so a failure leaves memory untouched.
 */
export function applyHotpatch(memory: Memory, record: PatchRecord): ApplyResult {
  const valid = validate(memory, record);
  if (!valid.ok) return valid;
  const plan = planWrites(record);
  if (!plan.ok) return plan;
  const applied: AppliedWrite[] = plan.writes.map((w) => ({
    address: w.address,
    newBytes: w.bytes,
    originalBytes: w.bytes.map((_, i) => readByte(memory, w.address + i) ?? 0),
  }));
  return {
    ok: true,
    memory: applyWrites(memory, plan.writes),
    writes: plan.writes,
    applied: { record, writes: applied },
  };
}

/** Uninstall: restores the original bytes kept with the applied patch, last write first. */
export function undo(memory: Memory, applied: AppliedPatch): Memory {
  return [...applied.writes].reverse().reduce((m, w) => writeBytes(m, w.address, w.originalBytes), memory);
}

/** The naive alternative: one `E9 rel32` over the first five bytes of the live function. */
export function naiveOverwrite(layout: OldLayout): PatchWrite[] {
  return [
    {
      address: layout.entry,
      bytes: encodeJmpRel32(layout.entry, layout.patchEntry, layout.arch),
      kind: 'code',
      source: 'naive',
    },
  ];
}

/** The same writes split into single-byte stores, lowest address first. */
export function bytewise(writes: readonly PatchWrite[]): PatchWrite[] {
  return writes.flatMap((w) => w.bytes.map((b, i) => ({ ...w, address: w.address + i, bytes: [b] })));
}
