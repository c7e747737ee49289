/**
 * Registration: a servicing component calls NtManageHotPatch(ManageHotPatchLoadPatch, …) with the
 * patch file's path and the base image identity {CheckSum, TimeDateStamp} (phnt ntexapi.h). The NT
 * kernel (VTL0) records it in MI_HOT_PATCH_STATE; nothing is verified or written yet.
 */
import type { ImageIdentity } from './identity';
import { diskPatch, type Machine, type Registration } from './machine';
import { refuse, success, type Outcome } from './outcome';

export interface LoadPatchRequest {
  readonly path: string;
  readonly baseIdentity: ImageIdentity;
}

export function findRegistration(machine: Machine, path: string): Registration | undefined {
  return machine.nt.globalPatchList.find((r) => r.path === path);
}

export function registerPatch(machine: Machine, request: LoadPatchRequest): Outcome<Machine> {
  const file = diskPatch(machine, request.path);
  if (!file) return refuse({ code: 'unknown', reason: `no patch file at ${request.path}`, provenance: 'documented' });
  if (findRegistration(machine, request.path)) return success(machine);
  const registration: Registration = {
    path: request.path,
    patchName: file.name,
    baseName: file.baseName,
    baseIdentity: request.baseIdentity,
    sequenceNumber: file.hotPatchInfo.SequenceNumber,
    status: 'registered',
  };
  return success({ ...machine, nt: { ...machine.nt, globalPatchList: [...machine.nt.globalPatchList, registration] } });
}
