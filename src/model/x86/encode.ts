/**
 * Encoders for the three jumps the hotpatch figures use. Addresses are JS numbers (safe integers;
 * x64 addresses fit well below 2^53). Out-of-reach jumps throw a RangeError saying why, because
 * "rel32 reaches only ±2 GB" is itself part of the story.
 */

import { hex } from './hex';
import type { Mode } from './decode';

const INT8_MIN = -128;
const INT8_MAX = 127;
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const TWO_32 = 2 ** 32;

function checkAddress(name: string, a: number): void {
  if (!Number.isSafeInteger(a) || a < 0) {
    throw new RangeError(`${name} must be a non-negative safe integer address, got ${a}`);
  }
}

/** Little-endian bytes of `value` (two's complement for negatives) in `size` bytes. */
export function littleEndian(value: number, size: 1 | 2 | 4 | 8): number[] {
  const bits = BigInt(size * 8);
  let v = BigInt.asUintN(Number(bits), BigInt(value));
  const out: number[] = [];
  for (let i = 0; i < size; i++) {
    out.push(Number(v & 0xffn));
    v >>= 8n;
  }
  return out;
}

/** The signed value of little-endian bytes (1, 2, 4 or 8 of them). */
export function readSignedLE(bytes: readonly number[]): number {
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i] ?? 0);
  return Number(BigInt.asIntN(bytes.length * 8, v));
}

/** The unsigned value of little-endian bytes. */
export function readUnsignedLE(bytes: readonly number[]): number {
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i] ?? 0);
  return Number(v);
}

function fmt(a: number): string {
  return `0x${hex(a)}`;
}

/**
 * The rel32 of a 5-byte `E9` jump: target − (site + 5), i.e. counted from the next instruction.
 * With `mode: 'x86'` the processor's 32-bit instruction pointer wraps, so every 32-bit address is
 * reachable and the displacement is taken modulo 2^32. Without a mode (or `'x64'`) the displacement
 * must fit a signed 32-bit integer (±2 GB).
 */
export function rel32Displacement(site: number, target: number, mode?: Mode): number {
  checkAddress('site', site);
  checkAddress('target', target);
  const raw = target - (site + 5);
  if (mode === 'x86') {
    if (site >= TWO_32 || target >= TWO_32) {
      throw new RangeError(`x86 addresses must be below 2^32 (site ${fmt(site)}, target ${fmt(target)})`);
    }
    return Number(BigInt.asIntN(32, BigInt(raw)));
  }
  if (raw < INT32_MIN || raw > INT32_MAX) {
    throw new RangeError(
      `jmp rel32 cannot reach ${fmt(target)} from ${fmt(site)}: displacement ${raw} is outside ±2 GB (signed 32 bits)`,
    );
  }
  return raw;
}

/** `E9 rel32` at `site` jumping to `target`. */
export function encodeJmpRel32(site: number, target: number, mode?: Mode): number[] {
  return [0xe9, ...littleEndian(rel32Displacement(site, target, mode), 4)];
}

/** `E8 rel32` at `site` calling `target` (same reach rules as the jump). */
export function encodeCallRel32(site: number, target: number, mode?: Mode): number[] {
  return [0xe8, ...littleEndian(rel32Displacement(site, target, mode), 4)];
}

/** The rel8 of a 2-byte `EB` jump: target − (site + 2); throws beyond −128..127. */
export function rel8Displacement(site: number, target: number): number {
  checkAddress('site', site);
  checkAddress('target', target);
  const disp = target - (site + 2);
  if (disp < INT8_MIN || disp > INT8_MAX) {
    throw new RangeError(
      `jmp rel8 cannot reach ${fmt(target)} from ${fmt(site)}: displacement ${disp} is outside −128..127`,
    );
  }
  return disp;
}

/** `EB rel8` at `site` jumping to `target`. */
export function encodeJmpRel8(site: number, target: number): number[] {
  return [0xeb, ...littleEndian(rel8Displacement(site, target), 1)];
}

/**
 * `FF 25 disp32` at `site`: x64 `jmp qword ptr [rip+disp32]` reading its target from an 8-byte
 * `slot`; disp32 = slot − (site + 6) must fit ±2 GB.
 */
export function encodeJmpRipIndirect(site: number, slot: number): number[] {
  checkAddress('site', site);
  checkAddress('slot', slot);
  const disp = slot - (site + 6);
  if (disp < INT32_MIN || disp > INT32_MAX) {
    throw new RangeError(
      `jmp [rip+disp32] cannot reach the slot at ${fmt(slot)} from ${fmt(site)}: displacement ${disp} is outside ±2 GB`,
    );
  }
  return [0xff, 0x25, ...littleEndian(disp, 4)];
}

/** `FF 25 abs32`: x86 `jmp dword ptr [abs32]` through a 4-byte slot at an absolute address. */
export function encodeJmpAbsIndirect32(slot: number): number[] {
  checkAddress('slot', slot);
  if (slot >= TWO_32) throw new RangeError(`x86 slot address must be below 2^32, got ${fmt(slot)}`);
  return [0xff, 0x25, ...littleEndian(slot, 4)];
}
