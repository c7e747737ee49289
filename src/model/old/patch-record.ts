/**
 * The patch record: what a hotpatch's `.hotp1` section tells the engine to do, mirroring the
 * reverse-engineered HOTPATCH_HOOK and HOTPATCH_VALIDATION records [RE-HDR] [TK-HDR].
 *
 * The real records hold RVAs (HookRva, HotpRva, SourceRva, TargetRva); here they are resolved to
 * addresses (`hookAddress`, …) because the figures show absolute addresses. Field names otherwise
 * follow the research.
 *
 * The worked example in [TK-HDR] uses two hooks per function, padding first:
 *   X86_JMP   (5 bytes at the padding, `E9 rel32` to the replacement)
 *   X86_JMP2B (2 bytes at the entry, `EB`, displacement −7)
 * each with a validation record (`90×5` or `CC×5` for the padding, `8B FF` for the entry).
 * That the real engine always writes the padding first is [?].
 *
 * x64 is not documented: the hook type names HOTP_Hook_AMD64_IND / _CNT exist in the headers, but
 * what bytes they produced is unknown [?]. Our x64 record is an illustration (`x64BytesUnconfirmed`).
 */

import type { OldLayout } from './layout';

/** HookType values named in the reverse-engineered headers that this model uses. */
export type HookType = 'X86_JMP' | 'X86_JMP2B' | 'AMD64_IND';

interface HookBase {
  /** HookOptions: its low bits hold the length of the original bytes the hook replaces. */
  readonly hookOptions: number;
  /** HookRva resolved: where in the target the hook writes. */
  readonly hookAddress: number;
  /** ValidationRva: index into `validations` of the record checking this hook's bytes. */
  readonly validationIndex?: number;
}

/** `E9 rel32` (extra bytes padded with `CC`). */
export interface X86JmpHook extends HookBase {
  readonly hookType: 'X86_JMP';
  /** HotpRva resolved: the replacement function. */
  readonly hotpAddress: number;
}

/** `EB rel8`; for this type HotpRva holds the 8-bit displacement itself. */
export interface X86Jmp2bHook extends HookBase {
  readonly hookType: 'X86_JMP2B';
  readonly hotpDisplacement: number;
}

/**
 * Illustrative x64 indirect hook: an 8-byte slot receives the replacement's address, then
 * `FF 25 disp32` (`jmp qword ptr [rip+disp32]`) is written into the padding. The name comes from
 * the headers (HOTP_Hook_AMD64_IND); that it meant exactly these bytes is an inference.
 */
export interface Amd64IndHook extends HookBase {
  readonly hookType: 'AMD64_IND';
  readonly hotpAddress: number;
  readonly slotAddress: number;
}

export type HotpatchHook = X86JmpHook | X86Jmp2bHook | Amd64IndHook;

/** HOTPATCH_VALIDATION: the bytes the target must hold before anything is written. */
export interface HotpatchValidation {
  /** SourceRva resolved: the expected bytes, carried inside the patch. */
  readonly sourceBytes: readonly number[];
  /** TargetRva resolved. */
  readonly targetAddress: number;
  readonly byteCount: number;
}

export interface PatchRecord {
  readonly arch: OldLayout['arch'];
  /** Applied in this order: the padding hook first. */
  readonly hooks: readonly HotpatchHook[];
  readonly validations: readonly HotpatchValidation[];
  /** True for every x64 record: the bytes Microsoft's engine wrote on x64 are unknown [?]. */
  readonly x64BytesUnconfirmed: boolean;
}

/**
 * The record a patch built for this layout would carry: the padding hook (long or indirect jump),
 * then the entry hook (2-byte short jump back to the start of the padding).
 */
export function patchRecordFor(layout: OldLayout): PatchRecord {
  const { arch, entry, paddingStart, paddingLength, fill, patchEntry, slot } = layout;
  const original = layout.original;
  const firstTwo = [original.get(entry) ?? 0, original.get(entry + 1) ?? 0];
  const validations: HotpatchValidation[] = [
    { sourceBytes: Array<number>(paddingLength).fill(fill), targetAddress: paddingStart, byteCount: paddingLength },
    { sourceBytes: firstTwo, targetAddress: entry, byteCount: 2 },
  ];
  const paddingHook: HotpatchHook =
    slot !== undefined
      ? {
          hookType: 'AMD64_IND',
          hookOptions: paddingLength,
          hookAddress: paddingStart,
          hotpAddress: patchEntry,
          slotAddress: slot,
          validationIndex: 0,
        }
      : {
          hookType: 'X86_JMP',
          hookOptions: paddingLength,
          hookAddress: paddingStart,
          hotpAddress: patchEntry,
          validationIndex: 0,
        };
  const entryHook: X86Jmp2bHook = {
    hookType: 'X86_JMP2B',
    hookOptions: 2,
    hookAddress: entry,
    // Counted from the end of the 2-byte jump: −7 on x86 (EB F9), −8 on x64 (EB F8).
    hotpDisplacement: paddingStart - (entry + 2),
    validationIndex: 1,
  };
  return { arch, hooks: [paddingHook, entryHook], validations, x64BytesUnconfirmed: arch === 'x64' };
}
