/**
 * Reads an address typed by the reader. Accepts what people paste from debuggers and docs:
 * `00476C7E`, `0x476c7e`, `476C7Eh`, WinDbg's `00000001`40001000`, with spaces or `_` as
 * separators. Only the syntax is checked here; whether the address fits the architecture or
 * overlaps the function is the scene's business (it explains that in the figure).
 */
export type HexParse =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: 'empty' | 'not-hex' | 'too-large' };

export function parseHexAddress(input: string): HexParse {
  let s = input.trim().replace(/[\s_`']/g, '');
  if (s === '') return { ok: false, reason: 'empty' };
  if (/^0x/i.test(s)) s = s.slice(2);
  else if (/^[0-9a-f]+h$/i.test(s)) s = s.slice(0, -1);
  if (s === '' || !/^[0-9a-f]+$/i.test(s)) return { ok: false, reason: 'not-hex' };
  const value = Number.parseInt(s, 16);
  if (!Number.isSafeInteger(value)) return { ok: false, reason: 'too-large' };
  return { ok: true, value };
}
