/**
 * Hex formatting shared by the model, the scenes and the captions, so every byte on the page is
 * printed the same way (upper-case, no `0x`, zero-padded).
 */

/** `hex(0x8b, 2)` → `"8B"`; `hex(0x476c7e, 8)` → `"00476C7E"`. Throws on negative or unsafe numbers. */
export function hex(n: number, width = 0): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`hex: expected a non-negative safe integer, got ${n}`);
  }
  return n.toString(16).toUpperCase().padStart(width, '0');
}

/** `[0xE9, 0x82, 0xA3, 0xB8, 0x0F]` → `"E9 82 A3 B8 0F"`. */
export function hexBytes(bytes: readonly number[]): string {
  return bytes.map((b) => hex(b, 2)).join(' ');
}

/** Signed hex: `-7` → `"-7"`, `0x7A` → `"7A"` (used for displacements in captions). */
export function hexSigned(n: number, width = 0): string {
  return n < 0 ? `-${hex(-n, width)}` : hex(n, width);
}

/** Address width in hex digits for an architecture: 8 for x86, 16 for x64. */
export function addressDigits(mode: 'x86' | 'x64'): number {
  return mode === 'x86' ? 8 : 16;
}

/** An address formatted for its architecture: `00476C7E` (x86) or `0000000140001000` (x64). */
export function hexAddress(address: number, mode: 'x86' | 'x64'): string {
  return hex(address, addressDigits(mode));
}

/**
 * MASM-style immediate as disassemblers print it: `0Ch`, `8`, `10001000h`, `0FB8A382h`
 * (a leading 0 when the first digit is a letter; no suffix below 10).
 */
export function masmHex(n: number): string {
  if (n < 0) return `-${masmHex(-n)}`;
  if (n < 10) return String(n);
  const digits = hex(n);
  return /^[A-F]/.test(digits) ? `0${digits}h` : `${digits}h`;
}
