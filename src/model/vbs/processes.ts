/**
 * User processes and the DLLs they load.
 *
 * In Windows 11 24H2 the loader calls LdrpQueryCurrentPatch → NtManageHotPatch whenever it maps a
 * DLL (hasherezade/libpeconv issue #59), so a process that loads the DLL later gets the base plus
 * the newest patch right at load. How already-running processes are patched is not documented;
 * the model applies the same three steps and marks that route unverified.
 */
import { emptySpace, findModule, mapImage, type SpaceId } from './address-space';
import { applyPatchInSpace } from './apply-patch';
import { diskImage, getSpace, withSpace, type Machine, type Process } from './machine';
import { refuse, success, type Outcome } from './outcome';
import { currentPatch } from './secure-kernel-verify';

export interface ProcessStart {
  readonly pid: number;
  readonly name: string;
  /** DLLs it loads at start. */
  readonly dlls: readonly string[];
}

export function startProcess(machine: Machine, start: ProcessStart): Outcome<Machine> {
  if (machine.processes.some((p) => p.pid === start.pid)) {
    return refuse({ code: 'unknown', reason: `pid ${start.pid} is already running`, provenance: 'documented' });
  }
  const process: Process = { pid: start.pid, name: start.name, boot: machine.boot, space: emptySpace(start.pid) };
  let next: Machine = { ...machine, processes: [...machine.processes, process] };
  for (const dll of start.dlls) {
    const mapped = mapIntoProcess(next, start.pid, dll);
    if (!mapped.ok) return mapped;
    next = mapped.value;
  }
  return success(next);
}

/**
 * Makes sure a process has the DLL and its newest patch. Not yet loaded: map the on-disk base,
 * then the loader's query finds the current patch (documented route). Already loaded but behind:
 * bring it up to the current patch (route not documented).
 */
export function mapIntoProcess(machine: Machine, pid: number, dllName: string): Outcome<Machine> {
  const space = getSpace(machine, pid);
  const file = diskImage(machine, dllName);
  if (!space || !file || file.mode !== 'user')
    return refuse({ code: 'unknown', reason: `cannot map ${dllName} into ${pid}`, provenance: 'documented' });
  const existing = findModule(space, dllName);
  const route = existing ? 'running-process' : 'load-time-query';
  const next = existing ? machine : withSpace(machine, mapImage(space, file));
  const base = findModule(getSpace(next, pid) ?? space, dllName);
  const patch = base ? currentPatch(next, dllName, base.identity) : undefined;
  if (!base || !patch) return success(next);
  const patchModule = findModule(getSpace(next, pid) ?? space, patch.name);
  if (patchModule && base.ActivePatchImageBase === patchModule.base) return success(next);
  return applyPatchInSpace(next, pid as SpaceId, patch.path, route);
}

export function endProcess(machine: Machine, pid: number): Machine {
  return {
    ...machine,
    processes: machine.processes.filter((p) => p.pid !== pid),
    threads: machine.threads.filter((t) => t.pid !== pid && t.space !== pid),
  };
}
