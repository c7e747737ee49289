/**
 * Image files as the model sees them: where their functions, globals and `__ref_` slots are (as
 * RVAs), which bytes they contain, and — for a patch image — its IMAGE_HOT_PATCH_INFO.
 *
 * Files are plain data and position-independent: mapping one at a load address is done by
 * address-space.ts. The example files (example-images.ts) are illustrative; only their structure
 * follows the research.
 */
import type { HotPatchInfo } from './hot-patch-info';
import type { ImageIdentity } from './identity';

/** Page protection as the figures show it: read-only data, read-write data, read-execute code. */
export type Protection = 'R' | 'RW' | 'RX';

export type SectionName = '.text' | '.rdata' | '.data';

export interface SectionLayout {
  readonly name: SectionName;
  readonly rva: number;
  readonly size: number;
  readonly protection: Protection;
}

/** A function with the hotpatch padding in front of its entry (MSVC `/FUNCTIONPADMIN`). */
export interface FunctionLayout {
  readonly name: string;
  /** First padding byte; the padding ends right before the entry. */
  readonly paddingRva: number;
  readonly entryRva: number;
  /** One past the last byte of the body. */
  readonly endRva: number;
}

/** A 4-byte global variable in `.data`. */
export interface GlobalLayout {
  readonly name: string;
  readonly rva: number;
  readonly initial: number;
}

/**
 * A `__ref_X` slot in a patch image's read-only data: an 8-byte pointer through which patched code
 * reaches global X. It defaults to the image's own X (so the same module also works as a base after
 * a baseline restart — WindowsSecureHotPatching.cpp); hotpatching re-points it at the base's X
 * (llvm/llvm-project PR #151008).
 */
export interface RefSlotLayout {
  readonly name: string;
  readonly rva: number;
  readonly global: string;
}

/** Bytes at an RVA. Only these are mapped when the image loads; the rest stays absent. */
export interface ContentChunk {
  readonly rva: number;
  readonly bytes: readonly number[];
}

export type ImageMode = 'kernel' | 'user';

export interface ImageFile {
  /** File name, e.g. `example.sys` (illustrative). */
  readonly name: string;
  /** Kernel-mode image (driver) or user-mode DLL. */
  readonly mode: ImageMode;
  readonly identity: ImageIdentity;
  readonly size: number;
  /** Where this model maps it (real Windows randomises this; a fixed value keeps figures stable). */
  readonly preferredBase: number;
  readonly sections: readonly SectionLayout[];
  readonly functions: readonly FunctionLayout[];
  readonly globals: readonly GlobalLayout[];
  readonly refSlots: readonly RefSlotLayout[];
  readonly content: readonly ContentChunk[];
}

/** How the Secure Kernel's signature check would go: the model does not do cryptography. */
export type SignatureState = 'microsoft' | 'untrusted';

export interface PatchImageFile extends ImageFile {
  /** What the servicing component passes to NtManageHotPatch. */
  readonly path: string;
  /** Name of the base image this patch is for (the identity lives in HotPatchInfo). */
  readonly baseName: string;
  readonly signature: SignatureState;
  /** What the load-config `HotPatchTableOffset` points at. */
  readonly hotPatchInfo: HotPatchInfo;
}

export function isPatchFile(file: ImageFile): file is PatchImageFile {
  return 'hotPatchInfo' in file;
}

export function findFunction(file: ImageFile, name: string): FunctionLayout | undefined {
  return file.functions.find((f) => f.name === name);
}

export function findGlobal(file: ImageFile, name: string): GlobalLayout | undefined {
  return file.globals.find((g) => g.name === name);
}

export function sectionAtRva(file: ImageFile, rva: number): SectionLayout | undefined {
  return file.sections.find((s) => rva >= s.rva && rva < s.rva + s.size);
}

/** The sequence number and base target of a patch (the model uses BaseImageList[0]). */
export function patchSequence(file: PatchImageFile): number {
  return file.hotPatchInfo.SequenceNumber;
}
