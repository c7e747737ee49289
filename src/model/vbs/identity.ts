/**
 * The identity a hotpatch is keyed to: the base image's PE CheckSum and TimeDateStamp.
 *
 * A patch names the exact build it was compiled against (IMAGE_HOT_PATCH_BASE.OriginalCheckSum /
 * OriginalTimeDateStamp); the Secure Kernel refuses it unless the loaded base matches both
 * (CodeMaxx post). NtManageHotPatch registration carries the same pair (phnt ntexapi.h).
 */
import { hex } from '../x86/hex';

export interface ImageIdentity {
  readonly checkSum: number;
  readonly timeDateStamp: number;
}

export function sameIdentity(a: ImageIdentity, b: ImageIdentity): boolean {
  return a.checkSum === b.checkSum && a.timeDateStamp === b.timeDateStamp;
}

const hex8 = (n: number): string => hex(n, 8);

/** A stable key for maps ("CheckSum-TimeDateStamp" in hex). */
export function identityKey(id: ImageIdentity): string {
  return `${hex8(id.checkSum)}-${hex8(id.timeDateStamp)}`;
}

/** Both values as the page shows them, e.g. "CheckSum 0x0001A2B3, TimeDateStamp 0x65A1F200". */
export function formatIdentity(id: ImageIdentity): string {
  return `CheckSum 0x${hex8(id.checkSum)}, TimeDateStamp 0x${hex8(id.timeDateStamp)}`;
}

/** Which of the two fields differ (both can). */
export function identityDifferences(expected: ImageIdentity, found: ImageIdentity): ('checkSum' | 'timeDateStamp')[] {
  const fields: ('checkSum' | 'timeDateStamp')[] = [];
  if (expected.checkSum !== found.checkSum) fields.push('checkSum');
  if (expected.timeDateStamp !== found.timeDateStamp) fields.push('timeDateStamp');
  return fields;
}
