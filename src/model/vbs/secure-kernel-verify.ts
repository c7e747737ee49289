/**
 * The Secure Kernel's check (VTL1): Microsoft's signature, then the base identity — the loaded
 * base image's CheckSum and TimeDateStamp must equal the patch's OriginalCheckSum /
 * OriginalTimeDateStamp (CodeMaxx post). Then the sequence number: verifiers track the highest
 * applied per base (CodeMaxx); refusing a lower or equal one is our inference from that.
 *
 * On success the registration becomes the active patch for that base and any older one is
 * superseded. Nothing is written to code here; see reverse-patches.ts and redirect.ts.
 */
import { findModule } from './address-space';
import { CLAIMS } from './claims';
import { targetIdentity } from './hot-patch-info';
import { formatIdentity, identityKey, sameIdentity, type ImageIdentity } from './identity';
import type { PatchImageFile } from './image-file';
import { diskImage, diskPatch, type AcceptedPatch, type Machine } from './machine';
import { refuse, success, type Outcome } from './outcome';
import { findRegistration } from './register-patch';

/** The identity of the base the patch would land on: the loaded kernel image, or the DLL on disk. */
export function foundBaseIdentity(machine: Machine, file: PatchImageFile): ImageIdentity | undefined {
  const loaded = findModule(machine.kernel, file.baseName);
  if (loaded && loaded.kind === 'base') return loaded.identity;
  return diskImage(machine, file.baseName)?.identity;
}

/** The patch's own statement of its target (IMAGE_HOT_PATCH_BASE, first entry). */
export function expectedBaseIdentity(file: PatchImageFile): ImageIdentity | undefined {
  const base = file.hotPatchInfo.BaseImageList[0];
  return base ? targetIdentity(base) : undefined;
}

export function secureKernelVerify(machine: Machine, path: string): Outcome<Machine> {
  const registration = findRegistration(machine, path);
  const file = diskPatch(machine, path);
  if (!registration || !file)
    return refuse({ code: 'unknown', reason: `patch ${path} is not registered`, provenance: 'documented' });
  const verifyClaim = file.mode === 'kernel' ? CLAIMS.verifyKernel : CLAIMS.verifyUser;

  if (file.signature !== 'microsoft') {
    return refuse({
      code: 'bad-signature',
      reason: `${file.name} is not signed by Microsoft`,
      provenance: verifyClaim.provenance,
    });
  }

  const expected = expectedBaseIdentity(file);
  const found = foundBaseIdentity(machine, file);
  if (!expected || !found)
    return refuse({ code: 'unknown', reason: `no base image ${file.baseName}`, provenance: 'documented' });
  if (!sameIdentity(expected, found)) {
    return refuse({
      code: 'base-identity-mismatch',
      reason: `${file.name} targets ${file.baseName} with ${formatIdentity(expected)}, but the loaded image has ${formatIdentity(found)}`,
      expected,
      found,
      provenance: verifyClaim.provenance,
    });
  }

  const key = identityKey(found);
  const highest = machine.secureKernel.highestSequence[key] ?? 0;
  const offered = file.hotPatchInfo.SequenceNumber;
  if (offered <= highest) {
    return refuse({
      code: 'sequence-not-higher',
      reason: `sequence number ${offered} is not higher than ${highest}, the highest already applied to this ${file.baseName}`,
      offeredSequence: offered,
      highestSequence: highest,
      provenance: CLAIMS.refuseLowerSequence.provenance,
    });
  }

  const accepted: AcceptedPatch = {
    boot: machine.boot,
    baseline: machine.baseline,
    path,
    baseName: file.baseName,
    baseIdentity: found,
    sequenceNumber: offered,
  };
  const globalPatchList = machine.nt.globalPatchList.map((r) => {
    if (r.path === path) return { ...r, status: 'active' as const };
    if (r.status === 'active' && r.baseName === file.baseName && sameIdentity(r.baseIdentity, found))
      return { ...r, status: 'superseded' as const };
    return r;
  });
  return success({
    ...machine,
    nt: { ...machine.nt, globalPatchList },
    secureKernel: {
      highestSequence: { ...machine.secureKernel.highestSequence, [key]: offered },
      accepted: [...machine.secureKernel.accepted, accepted],
    },
    // Re-applying the same file after an unplanned restart is not a new step in the sequence.
    history: machine.history.some(
      (h) => h.path === path && h.baseline === machine.baseline && identityKey(h.baseIdentity) === key,
    )
      ? machine.history
      : [...machine.history, accepted],
  });
}

/** The newest accepted patch for a base identity (what LdrpQueryCurrentPatch would hand back). */
export function currentPatch(machine: Machine, baseName: string, identity: ImageIdentity): PatchImageFile | undefined {
  const active = machine.nt.globalPatchList.find(
    (r) => r.status === 'active' && r.baseName === baseName && sameIdentity(r.baseIdentity, identity),
  );
  return active ? diskPatch(machine, active.path) : undefined;
}
