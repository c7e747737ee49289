/**
 * Applying a verified patch in one address space: map the patch image, wire its `__ref_` slots
 * (reverse patches), then write the redirect (forward patches). And the whole hotpatch for a
 * machine: deliver, register, verify, apply wherever the base is mapped.
 */
import { findModule, replaceModule, type PatchRoute, type SpaceId } from './address-space';
import { deliverPatch, diskPatch, getSpace, withSpace, type Machine } from './machine';
import type { PatchImageFile } from './image-file';
import { refuse, success, type Outcome } from './outcome';
import { writeRedirect } from './redirect';
import { registerPatch } from './register-patch';
import { loadPatchImage, wireReversePatches } from './reverse-patches';
import { expectedBaseIdentity, secureKernelVerify } from './secure-kernel-verify';

export function applyPatchInSpace(
  machine: Machine,
  spaceId: SpaceId,
  path: string,
  route: PatchRoute,
): Outcome<Machine> {
  const loaded = loadPatchImage(machine, spaceId, path);
  if (!loaded.ok) return loaded;
  const wired = wireReversePatches(loaded.value, spaceId, path);
  if (!wired.ok) return wired;
  const redirected = writeRedirect(wired.value, spaceId, path);
  if (!redirected.ok) return redirected;
  const file = diskPatch(redirected.value, path);
  const space = getSpace(redirected.value, spaceId);
  if (!file || !space) return refuse({ code: 'unknown', reason: `lost ${path}`, provenance: 'documented' });
  return success(
    withSpace(
      redirected.value,
      replaceModule(space, file.name, (m) => ({ ...m, appliedVia: route })),
    ),
  );
}

/**
 * A whole hotpatch: the file is delivered, registered with the base identity it names, verified by
 * VTL1, then applied — in the kernel for a kernel image, or in every process that has the DLL.
 */
export function applyHotpatch(machine: Machine, file: PatchImageFile): Outcome<Machine> {
  const identity = expectedBaseIdentity(file);
  if (!identity) return refuse({ code: 'unknown', reason: `${file.name} names no base`, provenance: 'documented' });
  const registered = registerPatch(deliverPatch(machine, file), { path: file.path, baseIdentity: identity });
  if (!registered.ok) return registered;
  const verified = secureKernelVerify(registered.value, file.path);
  if (!verified.ok) return verified;
  if (file.mode === 'kernel') return applyPatchInSpace(verified.value, 'kernel', file.path, 'kernel');
  let next = verified.value;
  for (const p of next.processes) {
    if (!findModule(p.space, file.baseName)) continue;
    const applied = applyPatchInSpace(next, p.pid, file.path, 'running-process');
    if (!applied.ok) return applied;
    next = applied.value;
  }
  return success(next);
}
