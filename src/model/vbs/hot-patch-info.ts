/**
 * The patch image's metadata, with field names after the Windows SDK 10.0.26100 `winnt.h`
 * structures IMAGE_HOT_PATCH_INFO and IMAGE_HOT_PATCH_BASE (as ported in dotnet/Silk.NET). The
 * load-config field `HotPatchTableOffset` of the patch PE points at IMAGE_HOT_PATCH_INFO.
 *
 * PascalCase on purpose: a reader can match each field to the header. Only the fields this site
 * draws are modelled; Version, Size, BaseImageCount, BufferOffset, ExtraPatchSize,
 * MinSequenceNumber and CodeIntegrityInfo/Size exist in the header but play no part here.
 */
import type { ImageIdentity } from './identity';

/** IMAGE_HOT_PATCH_BASE flag names from winnt.h (without the IMAGE_HOT_PATCH_BASE_ prefix). */
export type HotPatchBaseFlag = 'OBLIGATORY' | 'CAN_ROLL_BACK' | 'MACHINE_I386' | 'MACHINE_ARM64' | 'MACHINE_AMD64';

/**
 * Patch-table chunk types named in winnt.h. Their semantics are NOT documented. This model uses
 * FUNCTION chunks as "redirect this base function to this patch function" — our reading, flagged
 * as inference wherever it is shown. (The research guesses REL32/ABSOLUTE fix references to
 * unchanged base functions and CALL_TARGET/NO_CALL_TARGET update CFG validity — also inference.)
 */
export type PatchChunkType =
  'FUNCTION' | 'ABSOLUTE' | 'REL32' | 'CALL_TARGET' | 'INDIRECT' | 'NO_CALL_TARGET' | 'DYNAMIC_VALUE';

/** One patch-table entry: source/target RVAs (the header's SOURCE_RVA / TARGET_RVA flags). */
export interface PatchChunk {
  readonly type: PatchChunkType;
  /** RVA in the patch image (the replacement function, in our FUNCTION reading). */
  readonly sourceRva: number;
  /** RVA in the base image (the function being replaced, in our FUNCTION reading). */
  readonly targetRva: number;
}

/** After IMAGE_HOT_PATCH_BASE: the base build one patch targets, and its patch table. */
export interface HotPatchBase {
  readonly SequenceNumber: number;
  readonly Flags: readonly HotPatchBaseFlag[];
  readonly OriginalTimeDateStamp: number;
  readonly OriginalCheckSum: number;
  readonly PatchTable: readonly PatchChunk[];
}

/** After IMAGE_HOT_PATCH_INFO. This model uses one entry in BaseImageList (BaseImageCount = 1). */
export interface HotPatchInfo {
  readonly SequenceNumber: number;
  readonly BaseImageList: readonly HotPatchBase[];
}

/** The identity (CheckSum, TimeDateStamp) a patch-base entry targets. */
export function targetIdentity(base: HotPatchBase): ImageIdentity {
  return { checkSum: base.OriginalCheckSum, timeDateStamp: base.OriginalTimeDateStamp };
}
