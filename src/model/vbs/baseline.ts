/**
 * Restarts. A baseline month's cumulative update replaces the on-disk binaries and the machine
 * restarts into new base images that contain every fix natively (documented). Registrations were
 * keyed to the old CheckSum/TimeDateStamp, so they no longer match and the sequence starts over
 * (inference). An unplanned restart in a hotpatch month keeps the baseline files on disk; the
 * registrations and the load-time query suggest the patches are re-applied (inference).
 */
import { applyPatchInSpace } from './apply-patch';
import { CLAIMS } from './claims';
import type { ImageFile } from './image-file';
import { bootKernel, diskPatch, type Machine, type RestartKind } from './machine';
import { success, type Outcome } from './outcome';
import { secureKernelVerify } from './secure-kernel-verify';

/**
 * The image swap: new base files replace those with the same name; delivered patches, the NT
 * kernel's registrations and the Secure Kernel's sequence tracking start empty; every process ends.
 */
export function baselineRestart(
  machine: Machine,
  newImages: readonly ImageFile[],
  kind: 'planned-baseline' | 'unplanned-baseline' = 'planned-baseline',
): Machine {
  const replaced = new Set(newImages.map((f) => f.name));
  const images = [...machine.disk.images.filter((f) => !replaced.has(f.name)), ...newImages];
  const boot = machine.boot + 1;
  return {
    ...machine,
    boot,
    baseline: machine.baseline + 1,
    disk: { images, patches: [] },
    kernel: bootKernel(images),
    processes: [],
    threads: [],
    nt: { ...machine.nt, globalPatchList: [] },
    secureKernel: { highestSequence: {}, accepted: [] },
    restarts: [
      ...machine.restarts,
      { boot, kind, claim: kind === 'planned-baseline' ? CLAIMS.baselineSwap : CLAIMS.unplannedBaseline },
    ],
  };
}

/**
 * An unplanned restart (not a baseline): same files on disk; the patches still registered are
 * verified and applied again at boot (inference), in sequence order.
 */
export function unplannedRestart(machine: Machine): Outcome<Machine> {
  const boot = machine.boot + 1;
  const kind: RestartKind = 'unplanned-restart';
  const active = machine.nt.globalPatchList
    .filter((r) => r.status === 'active')
    .sort((a, b) => a.sequenceNumber - b.sequenceNumber);
  let next: Machine = {
    ...machine,
    boot,
    kernel: bootKernel(machine.disk.images),
    processes: [],
    threads: [],
    nt: {
      ...machine.nt,
      globalPatchList: machine.nt.globalPatchList.map((r) =>
        r.status === 'active' ? { ...r, status: 'registered' as const } : r,
      ),
    },
    secureKernel: { highestSequence: {}, accepted: [] },
    restarts: [...machine.restarts, { boot, kind, claim: CLAIMS.reapplyAfterRestart }],
  };
  for (const registration of active) {
    const verified = secureKernelVerify(next, registration.path);
    if (!verified.ok) return verified;
    next = verified.value;
    const file = diskPatch(next, registration.path);
    if (file?.mode === 'kernel') {
      const applied = applyPatchInSpace(next, 'kernel', registration.path, 'kernel');
      if (!applied.ok) return applied;
      next = applied.value;
    }
  }
  return success(next);
}
