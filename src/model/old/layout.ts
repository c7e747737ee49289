/**
 * The memory layout of a hotpatchable function in the 2003-era scheme, as the figures draw it.
 *
 * x86 (from the real Server 2008 `calc!SetRadix` [SNRUB]):
 *   entry−8  C2 0C 00        ret 0Ch          tail of the previous function
 *   entry−5  CC×5 or 90×5    padding          (/FUNCTIONPADMIN default: 5 bytes [MSVC-FPM])
 *   entry    8B FF           mov edi, edi     the hot-patch point [CHEN11]
 *   entry+2  55              push ebp
 *   entry+3  8B EC           mov ebp, esp
 * x64: 6 bytes of padding [MSVC-FPM] and a real first instruction of at least 2 bytes [CHEN22].
 *
 * Everything the research does not give is ILLUSTRATIVE and flagged as such in `regions`: the
 * replacement address (0x10001000 in the worked example is made up), the bytes after the prologue,
 * the replacement function's bytes, the caller, the x64 first instruction
 * (`48 89 5C 24 08 mov qword ptr [rsp+8], rbx`, a common x64 prologue) and the x64 slot address.
 */

import { L, type Localized } from '../../i18n/lang';
import { encodeCallRel32 } from '../x86/encode';
import { hex } from '../x86/hex';
import { memoryFrom, overlay, type Memory } from '../x86/memory';
import type { Mode } from '../x86/decode';

/** What a stretch of memory is, for colouring rows in byte views. */
export type RegionRole = 'prev-tail' | 'padding' | 'entry' | 'body' | 'slot' | 'hpat' | 'patch' | 'caller' | 'leftover';

export interface Region {
  /** Stable id, e.g. `padding`, used in `changed` lists and by the view. */
  readonly id: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly role: RegionRole;
  /** `code` regions are disassembled; `data` regions are shown as bytes / quadwords. */
  readonly kind: 'code' | 'data';
  readonly label: Localized;
  /** True when the bytes or the address are made up for the example rather than taken from the research. */
  readonly illustrative: boolean;
}

/**
 * How the x64 padding reaches the replacement:
 * - `indirect`: `FF 25 disp32` = `jmp qword ptr [rip+disp32]` through an 8-byte slot in scratch
 *   space near the image (Frei's "scratch space within 2 GB" [FREI]; LLVM's emulation [LLVM]);
 * - `rel32`: `E9 rel32` + one `CC` (the X86_JMP hook pads extra bytes with CC [RE-HDR]); fails when
 *   the patch is loaded more than 2 GB away — "Hotpatch loaded > 2GB from target image" [RE-W7].
 * The exact bytes Microsoft's engine wrote on x64 are unknown [?].
 */
export type X64Jump = 'indirect' | 'rel32';

export interface OldLayoutParams {
  readonly arch: Mode;
  /** Entry of the function to patch (the hot-patch point). */
  readonly functionAddress: number;
  /** Entry of the replacement function inside the loaded patch module (made up in every example). */
  readonly patchAddress: number;
  readonly fill: 0x90 | 0xcc;
  readonly x64Jump?: X64Jump;
}

export interface OldLayout {
  readonly arch: Mode;
  readonly fill: 0x90 | 0xcc;
  readonly x64Jump: X64Jump;
  readonly entry: number;
  readonly previousTail: number;
  readonly paddingStart: number;
  readonly paddingLength: 5 | 6;
  /** Length of the function's first instruction (2 on x86: `8B FF`; 5 for the illustrative x64 one). */
  readonly firstInstructionLength: number;
  /** End (exclusive) of the old function. */
  readonly functionEnd: number;
  readonly patchEntry: number;
  readonly patchEnd: number;
  /** x64 `indirect` only: the 8-byte slot holding the replacement's address. */
  readonly slot?: number;
  /** An illustrative caller: `E8 rel32 call entry`. */
  readonly callSite: number;
  readonly returnAddress: number;
  readonly regions: readonly Region[];
  /** The target image before anything happens (the patch module is not mapped). */
  readonly original: Memory;
  /** The patch module's bytes alone (mapped at `patchEntry`). */
  readonly patchModule: Memory;
  /** `original` with the patch module mapped (after "patch module loaded"). */
  readonly loaded: Memory;
}

export type LayoutResult =
  { readonly ok: true; readonly layout: OldLayout } | { readonly ok: false; readonly error: Localized };

// Illustrative bytes (see the file comment). Their instructions only matter for the thread model:
// push/mov/pop advance, ret returns to the caller.
const X86_PREVIOUS_TAIL = [0xc2, 0x0c, 0x00]; // ret 0Ch  [SNRUB]
const X86_FUNCTION = [0x8b, 0xff, 0x55, 0x8b, 0xec, 0x5d, 0xc2, 0x0c, 0x00]; // 8B FF 55 8B EC [SNRUB]; 5D C2 0C 00 illustrative
const X64_PREVIOUS_TAIL = [0xc3]; // ret (illustrative)
const X64_FUNCTION = [0x48, 0x89, 0x5c, 0x24, 0x08, 0xc3]; // mov qword ptr [rsp+8], rbx; ret (illustrative)
const CALLER_OFFSET = 0x40; // caller placed a little after the function (illustrative)
const SLOT_OFFSET = 0x80; // scratch slot near the function (illustrative)

const MAX_X86 = 2 ** 32;
const MAX_X64 = 2 ** 47; // canonical user-mode range

/** Builds the layout, or explains (in both languages) why the addresses cannot be used. */
export function buildOldLayout(params: OldLayoutParams): LayoutResult {
  const { arch, functionAddress: entry, patchAddress, fill } = params;
  const x64Jump: X64Jump = params.x64Jump ?? 'indirect';
  const digits = arch === 'x86' ? 8 : 16;
  const limit = arch === 'x86' ? MAX_X86 : MAX_X64;
  const bad = (what: string, whatJa: string, a: number): LayoutResult => ({
    ok: false,
    error: L(
      `${what} ${hex(Math.max(0, Math.trunc(a)) || 0, digits)} is not a usable ${arch} address (0–${hex(limit - 1)}).`,
      `${whatJa} ${hex(Math.max(0, Math.trunc(a)) || 0, digits)} は ${arch} で使えるアドレス（0～${hex(limit - 1)}）ではありません。`,
    ),
  });
  const paddingLength = arch === 'x86' ? 5 : 6;
  const tail = arch === 'x86' ? X86_PREVIOUS_TAIL : X64_PREVIOUS_TAIL;
  const body = arch === 'x86' ? X86_FUNCTION : X64_FUNCTION;
  const low = paddingLength + tail.length;
  const high = Math.max(CALLER_OFFSET + 5, SLOT_OFFSET + 8);
  if (!Number.isSafeInteger(entry) || entry < low || entry + high >= limit)
    return bad('Function address', '関数のアドレス', entry);
  if (!Number.isSafeInteger(patchAddress) || patchAddress < 0 || patchAddress + body.length >= limit) {
    return bad('Patch address', 'パッチのアドレス', patchAddress);
  }
  const previousTail = entry - low;
  const imageEnd = entry + high;
  if (patchAddress + body.length > previousTail && patchAddress < imageEnd) {
    return {
      ok: false,
      error: L(
        `The patch at ${hex(patchAddress, digits)} would overlap the target function's bytes.`,
        `${hex(patchAddress, digits)} のパッチは対象関数のバイトと重なってしまいます。`,
      ),
    };
  }

  const paddingStart = entry - paddingLength;
  const functionEnd = entry + body.length;
  const callSite = entry + CALLER_OFFSET;
  const returnAddress = callSite + 5;
  const slot = arch === 'x64' && x64Jump === 'indirect' ? entry + SLOT_OFFSET : undefined;
  const firstInstructionLength = arch === 'x86' ? 2 : 5;

  let original = memoryFrom(previousTail, [...tail, ...Array<number>(paddingLength).fill(fill), ...body]);
  original = overlay(original, memoryFrom(callSite, encodeCallRel32(callSite, entry, arch)));
  // Scratch space starts zeroed (illustrative); the patch fills the slot.
  if (slot !== undefined) original = overlay(original, memoryFrom(slot, Array<number>(8).fill(0)));
  const patchModule = memoryFrom(patchAddress, body);

  const regions: Region[] = [
    {
      id: 'prev-tail',
      start: previousTail,
      end: paddingStart,
      role: 'prev-tail',
      kind: 'code',
      label: L('end of the previous function', '直前の関数の末尾'),
      illustrative: arch === 'x64',
    },
    {
      id: 'padding',
      start: paddingStart,
      end: entry,
      role: 'padding',
      kind: 'code',
      label: L(`padding (${paddingLength} bytes)`, `パディング（${paddingLength} バイト）`),
      illustrative: false,
    },
    {
      id: 'entry',
      start: entry,
      end: entry + firstInstructionLength,
      role: 'entry',
      kind: 'code',
      label:
        arch === 'x86'
          ? L('entry: the hot-patch point', 'エントリ（ホットパッチポイント）')
          : L('entry: first instruction (illustrative bytes)', 'エントリ：最初の命令（バイトは例示）'),
      illustrative: arch === 'x64',
    },
    {
      id: 'body',
      start: entry + firstInstructionLength,
      end: functionEnd,
      role: 'body',
      kind: 'code',
      label:
        arch === 'x86'
          ? L('prologue, then a stand-in for the body (illustrative)', 'プロローグと本体の代わりの命令（例示）')
          : L('stand-in for the body (illustrative)', '本体の代わりの命令（例示）'),
      illustrative: true,
    },
  ];
  if (slot !== undefined) {
    regions.push({
      id: 'slot',
      start: slot,
      end: slot + 8,
      role: 'slot',
      kind: 'data',
      label: L(
        '8-byte slot in scratch space within 2 GB (illustrative address)',
        '2 GB 以内のスクラッチ領域にある 8 バイトのスロット（アドレスは例示）',
      ),
      illustrative: true,
    });
  }
  regions.push(
    {
      id: 'caller',
      start: callSite,
      end: returnAddress,
      role: 'caller',
      kind: 'code',
      label: L('a caller (illustrative)', '呼び出し元（例示）'),
      illustrative: true,
    },
    {
      id: 'patch',
      start: patchAddress,
      end: patchAddress + body.length,
      role: 'patch',
      kind: 'code',
      label: L(
        'replacement function in the patch module (made-up address, stand-in bytes)',
        'パッチモジュール内の置き換え関数（アドレスとバイトは例示）',
      ),
      illustrative: true,
    },
  );

  return {
    ok: true,
    layout: {
      arch,
      fill,
      x64Jump,
      entry,
      previousTail,
      paddingStart,
      paddingLength,
      firstInstructionLength,
      functionEnd,
      patchEntry: patchAddress,
      patchEnd: patchAddress + body.length,
      ...(slot !== undefined ? { slot } : {}),
      callSite,
      returnAddress,
      regions,
      original,
      patchModule,
      loaded: overlay(original, patchModule),
    },
  };
}

/** The region containing `address`, if any. */
export function regionAt(layout: OldLayout, address: number): Region | undefined {
  return layout.regions.find((r) => address >= r.start && address < r.end);
}

/** The worked example of the research: padding at 0x00476C79, entry 0x00476C7E, replacement at 0x10001000 (made up). */
export const WORKED_EXAMPLE: OldLayoutParams = {
  arch: 'x86',
  functionAddress: 0x00476c7e,
  patchAddress: 0x10001000,
  fill: 0xcc,
};
