import { describe, expect, it } from 'vitest';
import { parseHexAddress } from './parse-hex';

describe('parseHexAddress', () => {
  it('reads plain, 0x-prefixed, h-suffixed and WinDbg-style addresses', () => {
    expect(parseHexAddress('00476C7E')).toEqual({ ok: true, value: 0x476c7e });
    expect(parseHexAddress('  0x10001000 ')).toEqual({ ok: true, value: 0x10001000 });
    expect(parseHexAddress('476C7Eh')).toEqual({ ok: true, value: 0x476c7e });
    expect(parseHexAddress('00000001`40001000')).toEqual({ ok: true, value: 0x140001000 });
    expect(parseHexAddress('7ff6_0000_1000')).toEqual({ ok: true, value: 0x7ff600001000 });
  });

  it('rejects empty input and non-hex characters', () => {
    expect(parseHexAddress('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseHexAddress('0x')).toEqual({ ok: false, reason: 'not-hex' });
    expect(parseHexAddress('12G4')).toEqual({ ok: false, reason: 'not-hex' });
    expect(parseHexAddress('-10')).toEqual({ ok: false, reason: 'not-hex' });
    // A trailing h is a suffix only after hex digits; "h" alone is not an address.
    expect(parseHexAddress('h')).toEqual({ ok: false, reason: 'not-hex' });
  });

  it('rejects numbers JavaScript cannot hold exactly', () => {
    expect(parseHexAddress('FFFFFFFFFFFFFFFF')).toEqual({ ok: false, reason: 'too-large' });
    expect(parseHexAddress('1FFFFFFFFFFFFF')).toEqual({ ok: true, value: Number.MAX_SAFE_INTEGER });
  });
});
