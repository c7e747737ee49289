/**
 * The illustrative images every VBS-era figure uses.
 *
 * MADE UP FOR THE EXAMPLE: image names, load addresses, CheckSum and TimeDateStamp values, sequence
 * numbers, paths, the function bodies and the padding fill byte (CC). Real kernel addresses sit in
 * the upper half of the x64 address space; these are kept small so they stay exact JS numbers.
 *
 * FROM THE RESEARCH: the structure — padding in front of each function (/FUNCTIONPADMIN), the entry
 * flipped to `EB F9`, `E9 rel32` in the padding, the HPAT right after the base image, a patch image
 * whose `__ref_` slot in read-only data is re-pointed at the base's global (CodeMaxx capture;
 * llvm/llvm-project PRs #138972, #151008).
 *
 * Two functions share one global `g_state`: GetState reads it, SetState(value) writes it. The patch
 * replaces SetState; its body is deliberately the same apart from going through `__ref_g_state`,
 * so the only difference a reader sees is how it reaches the global.
 */
import { littleEndian } from '../x86/encode';
import type { HotPatchInfo } from './hot-patch-info';
import type { ImageIdentity } from './identity';
import type {
  ContentChunk,
  FunctionLayout,
  ImageFile,
  ImageMode,
  PatchImageFile,
  SectionLayout,
  SignatureState,
} from './image-file';

export const EXAMPLE_GLOBAL = 'g_state';
export const EXAMPLE_REF_SLOT = '__ref_g_state';
export const PATCHED_FUNCTION = 'SetState';
export const READER_FUNCTION = 'GetState';
/** Bytes of padding in front of each function (msquic builds with /FUNCTIONPADMIN:6). */
export const PADDING_SIZE = 6;
/** Fill byte of padding and gaps in this example (illustrative; research shows 90 and CC in old x86 builds). */
export const PADDING_FILL = 0xcc;

const TEXT_RVA = 0x1000;
const RDATA_RVA = 0x2000;
const DATA_RVA = 0x3000;
export const EXAMPLE_IMAGE_SIZE = 0x4000;

const SECTIONS: readonly SectionLayout[] = [
  { name: '.text', rva: TEXT_RVA, size: 0x1000, protection: 'RX' },
  { name: '.rdata', rva: RDATA_RVA, size: 0x1000, protection: 'R' },
  { name: '.data', rva: DATA_RVA, size: 0x1000, protection: 'RW' },
];

/** disp32 of a RIP-relative operand: counted from the end of the instruction. */
const ripDisp = (instructionRva: number, length: number, targetRva: number): number[] =>
  littleEndian(targetRva - (instructionRva + length), 4);

const fill = (n: number): number[] => Array.from({ length: n }, () => PADDING_FILL);

const GET_ENTRY = 0x1010;
const SET_ENTRY = 0x1020;
const GLOBAL_RVA = DATA_RVA;
const REF_SLOT_RVA = RDATA_RVA;

function layout(name: string, entryRva: number, length: number): FunctionLayout {
  return { name, paddingRva: entryRva - PADDING_SIZE, entryRva, endRva: entryRva + length };
}

/** Base: GetState = mov eax,[rip→g_state]; ret. SetState = mov eax,ecx; mov [rip→g_state],eax; ret. */
function baseText(): { chunk: ContentChunk; functions: FunctionLayout[] } {
  const get = [0x8b, 0x05, ...ripDisp(GET_ENTRY, 6, GLOBAL_RVA), 0xc3];
  const set = [0x8b, 0xc1, 0x89, 0x05, ...ripDisp(SET_ENTRY + 2, 6, GLOBAL_RVA), 0xc3];
  const start = GET_ENTRY - PADDING_SIZE;
  const bytes = [...fill(PADDING_SIZE), ...get, ...fill(SET_ENTRY - (GET_ENTRY + get.length)), ...set];
  return {
    chunk: { rva: start, bytes },
    functions: [layout(READER_FUNCTION, GET_ENTRY, get.length), layout(PATCHED_FUNCTION, SET_ENTRY, set.length)],
  };
}

/** Patch: SetState = mov eax,ecx; mov rdx,[rip→__ref_g_state]; mov [rdx],eax; ret. */
function patchText(): { chunk: ContentChunk; functions: FunctionLayout[] } {
  const set = [0x8b, 0xc1, 0x48, 0x8b, 0x15, ...ripDisp(SET_ENTRY + 2, 7, REF_SLOT_RVA), 0x89, 0x02, 0xc3];
  return {
    chunk: { rva: SET_ENTRY - PADDING_SIZE, bytes: [...fill(PADDING_SIZE), ...set] },
    functions: [layout(PATCHED_FUNCTION, SET_ENTRY, set.length)],
  };
}

const globalChunk = (initial: number): ContentChunk => ({ rva: GLOBAL_RVA, bytes: littleEndian(initial, 4) });

export interface BaseSpec {
  readonly name: string;
  readonly mode: ImageMode;
  readonly identity: ImageIdentity;
  readonly preferredBase: number;
  /** Initial value of g_state. */
  readonly initialState?: number;
}

export function exampleBase(spec: BaseSpec): ImageFile {
  const text = baseText();
  const initial = spec.initialState ?? 0;
  return {
    name: spec.name,
    mode: spec.mode,
    identity: spec.identity,
    size: EXAMPLE_IMAGE_SIZE,
    preferredBase: spec.preferredBase,
    sections: SECTIONS,
    functions: text.functions,
    globals: [{ name: EXAMPLE_GLOBAL, rva: GLOBAL_RVA, initial }],
    refSlots: [],
    content: [text.chunk, globalChunk(initial)],
  };
}

export interface PatchSpec {
  readonly name: string;
  readonly path: string;
  readonly base: ImageFile;
  /** The base build the patch was compiled against (defaults to `base.identity`). */
  readonly targets?: ImageIdentity;
  readonly identity: ImageIdentity;
  readonly sequenceNumber: number;
  readonly preferredBase: number;
  readonly signature?: SignatureState;
}

export function examplePatch(spec: PatchSpec): PatchImageFile {
  const text = patchText();
  const target = spec.targets ?? spec.base.identity;
  const baseEntry = spec.base.functions.find((f) => f.name === PATCHED_FUNCTION);
  const patchEntry = text.functions[0];
  if (!baseEntry || !patchEntry) throw new Error('example images must define SetState');
  const hotPatchInfo: HotPatchInfo = {
    SequenceNumber: spec.sequenceNumber,
    BaseImageList: [
      {
        SequenceNumber: spec.sequenceNumber,
        Flags: ['MACHINE_AMD64'],
        OriginalCheckSum: target.checkSum,
        OriginalTimeDateStamp: target.timeDateStamp,
        PatchTable: [{ type: 'FUNCTION', sourceRva: patchEntry.entryRva, targetRva: baseEntry.entryRva }],
      },
    ],
  };
  return {
    name: spec.name,
    mode: spec.base.mode,
    identity: spec.identity,
    size: EXAMPLE_IMAGE_SIZE,
    preferredBase: spec.preferredBase,
    sections: SECTIONS,
    functions: text.functions,
    // The patch module has its own g_state: the default target of __ref_g_state (unused once wired).
    globals: [{ name: EXAMPLE_GLOBAL, rva: GLOBAL_RVA, initial: 0 }],
    refSlots: [{ name: EXAMPLE_REF_SLOT, rva: REF_SLOT_RVA, global: EXAMPLE_GLOBAL }],
    content: [text.chunk, globalChunk(0)],
    path: spec.path,
    baseName: spec.base.name,
    signature: spec.signature ?? 'microsoft',
    hotPatchInfo,
  };
}

// ---- The kernel-mode example (the redirect figure) ------------------------------------------

/** Illustrative load address of the example driver (real kernel addresses are upper-half). */
export const KERNEL_IMAGE_BASE = 0x1000_0000_0000;
/** Where the model maps patch n of the driver: any address works, the HPAT stub jumps anywhere. */
export const kernelPatchBase = (sequenceNumber: number): number => KERNEL_IMAGE_BASE + 0x10_0000 * sequenceNumber;

/** The build the machine runs (made up). */
export const KERNEL_IDENTITY: ImageIdentity = { checkSum: 0x0001c3a5, timeDateStamp: 0x9e3a41c7 };
/** An older build of the same driver: a machine not on the current baseline (made up). */
export const KERNEL_OLDER_IDENTITY: ImageIdentity = { checkSum: 0x0001bf12, timeDateStamp: 0x7d2204b9 };

export const exampleDriver = (identity: ImageIdentity = KERNEL_IDENTITY): ImageFile =>
  exampleBase({ name: 'example.sys', mode: 'kernel', identity, preferredBase: KERNEL_IMAGE_BASE, initialState: 1 });

/** Hotpatch n of example.sys, compiled against KERNEL_IDENTITY. */
export const exampleDriverPatch = (sequenceNumber: number, signature: SignatureState = 'microsoft'): PatchImageFile =>
  examplePatch({
    name: `example_hp${sequenceNumber}.sys`,
    path: `\\example\\hotpatch\\example_hp${sequenceNumber}.sys`,
    base: exampleDriver(),
    identity: { checkSum: 0x00004e00 + sequenceNumber, timeDateStamp: 0xa1b20000 + sequenceNumber },
    sequenceNumber,
    preferredBase: kernelPatchBase(sequenceNumber),
    signature,
  });

// ---- The user-mode example (the lifecycle figure) -------------------------------------------

export const DLL_BASE = 0x7ff8_1000_0000;
export const dllPatchBase = (sequenceNumber: number): number => DLL_BASE + 0x10_0000 * sequenceNumber;

export const exampleDll = (identity: ImageIdentity): ImageFile =>
  exampleBase({ name: 'example.dll', mode: 'user', identity, preferredBase: DLL_BASE });

/** Hotpatch n of example.dll for the given base build. */
export const exampleDllPatch = (base: ImageFile, sequenceNumber: number, tag: string): PatchImageFile =>
  examplePatch({
    name: `example_${tag}_hp${sequenceNumber}.dll`,
    path: `\\example\\hotpatch\\${tag}\\example_hp${sequenceNumber}.dll`,
    base,
    identity: { checkSum: 0x00005e00 + sequenceNumber, timeDateStamp: base.identity.timeDateStamp + sequenceNumber },
    sequenceNumber,
    preferredBase: dllPatchBase(sequenceNumber),
  });
