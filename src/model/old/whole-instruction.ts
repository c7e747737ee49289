/**
 * What "a thread executes only whole instructions of the old or the new code" means, precisely.
 *
 * Old code: the instructions found by decoding each code region of the memory before the patch
 * from its start (linear sweep). Their start addresses are the old instruction boundaries.
 * New code: each patch write of kind `code` is one new instruction at its address; every old
 * boundary not covered by a write (strictly after its first byte) stays a boundary, with the
 * instruction decoded from the memory after the patch.
 *
 * An executed instruction (address a, bytes B) is WHOLE iff
 *   a is an old boundary and B equals the old instruction at a, or
 *   a is a new boundary and B equals the new instruction at a.
 * Otherwise it is TORN: the thread decoded bytes that were never one instruction of either version
 * (e.g. it started mid-instruction, or it fetched while only part of a jump was written).
 */

import { decodeAt, disassemble, type Instruction, type Mode } from '../x86/decode';
import type { Memory } from '../x86/memory';
import type { Region } from './layout';
import type { PatchWrite } from './protocol';

export interface CodeVersion {
  /** Instruction start → the bytes of the instruction there. */
  readonly instructions: ReadonlyMap<number, readonly number[]>;
}

export type Wholeness =
  { readonly whole: true; readonly matches: readonly ('old' | 'new')[] } | { readonly whole: false };

/** Old code: linear sweep of every code region of `memory`. */
export function oldCodeVersion(memory: Memory, regions: readonly Region[], mode: Mode): CodeVersion {
  const instructions = new Map<number, readonly number[]>();
  for (const r of regions) {
    if (r.kind !== 'code') continue;
    for (const ins of disassemble(memory, r.start, r.end, mode))
      if (ins.valid) instructions.set(ins.address, ins.bytes);
  }
  return { instructions };
}

/** New code: the written instructions plus every old boundary left outside the writes. */
export function newCodeVersion(
  old: CodeVersion,
  after: Memory,
  writes: readonly PatchWrite[],
  mode: Mode,
): CodeVersion {
  const code = writes.filter((w) => w.kind === 'code');
  const covered = (a: number) => code.some((w) => a > w.address && a < w.address + w.bytes.length);
  const instructions = new Map<number, readonly number[]>();
  for (const a of old.instructions.keys()) if (!covered(a)) instructions.set(a, decodeAt(after, a, mode).bytes);
  for (const w of code) instructions.set(w.address, decodeAt(after, w.address, mode).bytes);
  return { instructions };
}

function same(a: readonly number[] | undefined, b: readonly number[]): boolean {
  return a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Classifies one executed instruction against both versions. */
export function wholeness(executed: Instruction, oldCode: CodeVersion, newCode: CodeVersion): Wholeness {
  if (!executed.valid) return { whole: false };
  const matches: ('old' | 'new')[] = [];
  if (same(oldCode.instructions.get(executed.address), executed.bytes)) matches.push('old');
  if (same(newCode.instructions.get(executed.address), executed.bytes)) matches.push('new');
  return matches.length > 0 ? { whole: true, matches } : { whole: false };
}
