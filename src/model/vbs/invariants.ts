/**
 * Properties that must hold in every reachable machine. Tests drive random operation sequences and
 * check each of these after every step; the figures can show them as ticks.
 */
import { globalAddress, readU64, type SpaceId } from './address-space';
import { identityKey } from './identity';
import { getSpace, spaceIds, type Machine, type WriteRecord } from './machine';

/** Successful writes to code or read-only data by VTL0: must always be empty. */
export function vtl0CodeWrites(machine: Machine): WriteRecord[] {
  return machine.writes.filter((w) => w.by === 'VTL0');
}

/**
 * For each global name: every address that mapped code reaching it would use — the base's own
 * global, and whatever each applied patch's `__ref_` slot points at. One copy means one address.
 */
export function globalAddressesInUse(machine: Machine, spaceId: SpaceId): Record<string, number[]> {
  const space = getSpace(machine, spaceId);
  const out: Record<string, Set<number>> = {};
  if (!space) return {};
  const add = (name: string, address: number): void => {
    (out[name] ??= new Set()).add(address);
  };
  for (const m of space.modules) {
    if (m.kind === 'base') {
      for (const g of m.file.globals) add(g.name, m.base + g.rva);
    } else if (m.HotPatchState === 'AppliedReverse' || m.HotPatchState === 'AppliedForward') {
      for (const slot of m.file.refSlots) add(slot.global, readU64(space, m.base + slot.rva));
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v].sort((a, b) => a - b)]));
}

/** Globals reached at more than one address anywhere in the machine (must be empty). */
export function duplicatedGlobals(machine: Machine): string[] {
  const problems: string[] = [];
  for (const id of spaceIds(machine)) {
    for (const [name, addresses] of Object.entries(globalAddressesInUse(machine, id))) {
      if (addresses.length !== 1) problems.push(`${String(id)}:${name}`);
    }
  }
  return problems;
}

/** True if the base global of `name` in the module is the only address in use. */
export function usesBaseGlobal(machine: Machine, spaceId: SpaceId, baseName: string, name: string): boolean {
  const space = getSpace(machine, spaceId);
  const base = space?.modules.find((m) => m.name === baseName && m.kind === 'base');
  const address = base ? globalAddress(base, name) : undefined;
  const inUse = globalAddressesInUse(machine, spaceId)[name] ?? [];
  return address !== undefined && inUse.length === 1 && inUse[0] === address;
}

/**
 * Accepted patches whose sequence number did not rise above the previous one for the same base
 * within the same baseline (a baseline starts the chain over).
 */
export function sequenceViolations(machine: Machine): string[] {
  const highest = new Map<string, number>();
  const problems: string[] = [];
  for (const h of machine.history) {
    const key = `baseline ${h.baseline} ${h.baseName} ${identityKey(h.baseIdentity)}`;
    const previous = highest.get(key);
    if (previous !== undefined && h.sequenceNumber <= previous)
      problems.push(`${key}: ${h.sequenceNumber} after ${previous}`);
    highest.set(key, Math.max(previous ?? 0, h.sequenceNumber));
  }
  return problems;
}

/** At most one active registration per base image and identity. */
export function multipleActivePatches(machine: Machine): string[] {
  const seen = new Map<string, number>();
  for (const r of machine.nt.globalPatchList) {
    if (r.status !== 'active') continue;
    const key = `${r.baseName}:${identityKey(r.baseIdentity)}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
}
