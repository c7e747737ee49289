/**
 * Mapping a verified patch image into an address space, then wiring it to the base's data.
 *
 * "Reverse" patches (llvm/llvm-project PR #151008): every `__ref_X` slot in the patch's read-only
 * data is set to the address of the BASE image's global X. The page is made writable for the write
 * and read-only again right after. From then on old and new code share one copy of every global
 * (PR #138972); the patch's own copy of X, which the slot pointed at by default, goes unused.
 */
import { littleEndian } from '../x86/encode';
import { findModule, globalAddress, mapImage, replaceModule, type HotPatchState, type SpaceId } from './address-space';
import { CLAIMS } from './claims';
import { diskPatch, getSpace, withSpace, type Machine, type Vtl } from './machine';
import { refuse, success, type Outcome } from './outcome';
import { protectedWrite } from './protected-write';
import { findRegistration } from './register-patch';

/** Maps the patch image (its own loader entry; LoadReasonPatchImage in a process). Needs VTL1's approval first. */
export function loadPatchImage(machine: Machine, spaceId: SpaceId, path: string): Outcome<Machine> {
  const file = diskPatch(machine, path);
  const registration = findRegistration(machine, path);
  const space = getSpace(machine, spaceId);
  if (!file || !registration || !space)
    return refuse({ code: 'unknown', reason: `cannot load ${path} into ${String(spaceId)}`, provenance: 'documented' });
  if (registration.status === 'registered') {
    return refuse({
      code: 'out-of-order',
      reason: `${file.name} has not been verified by the Secure Kernel`,
      provenance: 'documented',
    });
  }
  if (findModule(space, file.name)) return success(machine);
  const base = findModule(space, file.baseName);
  if (!base || base.kind !== 'base')
    return refuse({
      code: 'unknown',
      reason: `${file.baseName} is not mapped in ${String(spaceId)}`,
      provenance: 'documented',
    });
  return success(withSpace(machine, mapImage(space, file)));
}

/** Points each `__ref_X` of the patch at the base's X. Writer: VTL1 (see protected-write.ts). */
export function wireReversePatches(
  machine: Machine,
  spaceId: SpaceId,
  path: string,
  by: Vtl = 'VTL1',
): Outcome<Machine> {
  const file = diskPatch(machine, path);
  const space = getSpace(machine, spaceId);
  if (!file || !space)
    return refuse({ code: 'unknown', reason: `no patch ${path} in ${String(spaceId)}`, provenance: 'documented' });
  const patch = findModule(space, file.name);
  const base = findModule(space, file.baseName);
  if (!patch || !base)
    return refuse({
      code: 'out-of-order',
      reason: `${file.name} is not mapped in ${String(spaceId)}`,
      provenance: 'documented',
    });
  if (patch.HotPatchState !== 'NotApplied') return success(machine);

  let next = machine;
  for (const slot of file.refSlots) {
    const target = globalAddress(base, slot.global);
    if (target === undefined) {
      return refuse({
        code: 'unknown',
        reason: `${file.baseName} has no global ${slot.global} for ${slot.name}`,
        provenance: 'documented',
      });
    }
    const written = protectedWrite(next, {
      space: spaceId,
      address: patch.base + slot.rva,
      bytes: littleEndian(target, 8),
      by,
      target: 'ref-slot',
      patchPath: path,
      claim: CLAIMS.reversePatches,
      briefUnprotect: true,
    });
    if (!written.ok) return written;
    next = written.value;
  }
  return success(markPatch(next, spaceId, file.name, 'AppliedReverse'));
}

/** Sets a module's HotPatchState (and nothing else). */
export function markPatch(machine: Machine, spaceId: SpaceId, moduleName: string, state: HotPatchState): Machine {
  const space = getSpace(machine, spaceId);
  if (!space) return machine;
  return withSpace(
    machine,
    replaceModule(space, moduleName, (m) => ({ ...m, HotPatchState: state })),
  );
}
