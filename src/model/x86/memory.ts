/**
 * An immutable memory image: address → byte. Only mapped addresses have an entry, so "not loaded
 * yet" (e.g. the patch module before step 2) is visible as absence rather than as zeroes.
 *
 * Every write returns a new image and leaves the old one untouched; scenes keep one image per state
 * and diff neighbouring states to find the changed bytes.
 */

export type Memory = ReadonlyMap<number, number>;

function checkAddress(address: number): void {
  if (!Number.isSafeInteger(address) || address < 0) {
    throw new RangeError(`memory: address must be a non-negative safe integer, got ${address}`);
  }
}

function checkByte(value: number, address: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 0xff) {
    throw new RangeError(`memory: value at address ${address} is not a byte: ${value}`);
  }
}

/** An empty image (nothing mapped). */
export const EMPTY_MEMORY: Memory = new Map();

/** A memory image holding `bytes` starting at `base`. */
export function memoryFrom(base: number, bytes: readonly number[]): Memory {
  return writeBytes(EMPTY_MEMORY, base, bytes);
}

/** The byte at `address`, or `undefined` if that address is not mapped. */
export function readByte(m: Memory, address: number): number | undefined {
  return m.get(address);
}

/** True when all `count` bytes from `address` are mapped. */
export function isMapped(m: Memory, address: number, count = 1): boolean {
  for (let i = 0; i < count; i++) if (!m.has(address + i)) return false;
  return true;
}

/** `count` bytes from `address`; throws a RangeError naming the first unmapped address. */
export function readBytes(m: Memory, address: number, count: number): number[] {
  checkAddress(address);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const b = m.get(address + i);
    if (b === undefined) {
      throw new RangeError(`memory: address ${(address + i).toString(16).toUpperCase()} is not mapped`);
    }
    out.push(b);
  }
  return out;
}

/** A new image with `bytes` written at `address` (mapping them if needed); `m` is unchanged. */
export function writeBytes(m: Memory, address: number, bytes: readonly number[]): Memory {
  checkAddress(address);
  const next = new Map(m);
  bytes.forEach((b, i) => {
    checkByte(b, address + i);
    next.set(address + i, b);
  });
  return next;
}

/** A new image combining both; bytes of `top` win where both are mapped. */
export function overlay(base: Memory, top: Memory): Memory {
  const next = new Map(base);
  for (const [a, b] of top) next.set(a, b);
  return next;
}

/** Addresses whose byte differs between two images (including mapped vs unmapped), ascending. */
export function changedAddresses(before: Memory, after: Memory): number[] {
  const out = new Set<number>();
  for (const [a, b] of after) if (before.get(a) !== b) out.add(a);
  for (const a of before.keys()) if (!after.has(a)) out.add(a);
  return [...out].sort((x, y) => x - y);
}

/** Groups ascending addresses into contiguous runs `[start, endExclusive)`. */
export function contiguousRuns(addresses: readonly number[]): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  for (const a of addresses) {
    const last = runs[runs.length - 1];
    if (last && last.end === a) last.end = a + 1;
    else runs.push({ start: a, end: a + 1 });
  }
  return runs;
}
