import { describe, expect, it } from 'vitest';
import { hex, hexBytes, masmHex } from './hex';
import { changedAddresses, memoryFrom, readBytes, writeBytes } from './memory';
import { encodeJmpRel32, encodeJmpRel8, encodeJmpRipIndirect, littleEndian } from './encode';
import { decodeAt, disassemble, type Mode } from './decode';

describe('hex', () => {
  it('formats upper-case, zero-padded, without 0x', () => {
    expect(hex(0x8b, 2)).toBe('8B');
    expect(hex(0x476c7e, 8)).toBe('00476C7E');
    expect(hexBytes([0xe9, 0x82, 0xa3, 0xb8, 0x0f])).toBe('E9 82 A3 B8 0F');
    expect(masmHex(12)).toBe('0Ch');
    expect(masmHex(8)).toBe('8');
    expect(masmHex(0x10001000)).toBe('10001000h');
  });
  it('rejects negative numbers', () => {
    expect(() => hex(-1)).toThrow(RangeError);
  });
});

describe('memory', () => {
  it('writes return a new image and leave the old one unchanged', () => {
    const m = memoryFrom(0x1000, [1, 2, 3]);
    const n = writeBytes(m, 0x1001, [9]);
    expect(readBytes(m, 0x1000, 3)).toEqual([1, 2, 3]);
    expect(readBytes(n, 0x1000, 3)).toEqual([1, 9, 3]);
    expect(changedAddresses(m, n)).toEqual([0x1001]);
  });
  it('refuses to read unmapped bytes', () => {
    expect(() => readBytes(memoryFrom(0x10, [0]), 0x10, 2)).toThrow(/11 is not mapped/);
  });
  it('refuses non-byte values', () => {
    expect(() => memoryFrom(0, [256])).toThrow(RangeError);
  });
});

describe('encoders', () => {
  it('encodes the worked example long jump: padding 00476C79 → 10001000', () => {
    expect(hexBytes(encodeJmpRel32(0x00476c79, 0x10001000))).toBe('E9 82 A3 B8 0F');
  });
  it('encodes the entry short jump back into the padding as EB F9 (not EB FB)', () => {
    expect(hexBytes(encodeJmpRel8(0x00476c7e, 0x00476c79))).toBe('EB F9');
  });
  it('encodes the x64 entry jump back over 6 bytes as EB F8', () => {
    const entry = 0x140001000;
    expect(hexBytes(encodeJmpRel8(entry, entry - 6))).toBe('EB F8');
  });
  it('rejects an x64 rel32 jump beyond ±2 GB', () => {
    expect(() => encodeJmpRel32(0x140001000, 0x7ff800001000)).toThrow(RangeError);
    expect(() => encodeJmpRel32(0x140001000, 0x7ff800001000)).toThrow(/±2 GB/);
  });
  it('accepts the largest positive rel32 and rejects one more', () => {
    expect(encodeJmpRel32(0, 5 + 2 ** 31 - 1)).toEqual([0xe9, 0xff, 0xff, 0xff, 0x7f]);
    expect(() => encodeJmpRel32(0, 5 + 2 ** 31)).toThrow(RangeError);
  });
  it('wraps in 32-bit mode, where EIP wraps at 4 GB', () => {
    expect(encodeJmpRel32(0xfffffff0, 0x10, 'x86')).toEqual([0xe9, 0x1b, 0, 0, 0]);
  });
  it('rejects rel8 beyond −128..127', () => {
    expect(() => encodeJmpRel8(0x1000, 0x1000 + 2 + 128)).toThrow(RangeError);
    expect(encodeJmpRel8(0x1000, 0x1000 + 2 - 128)).toEqual([0xeb, 0x80]);
  });
  it('encodes FF 25 disp32 relative to the end of the 6-byte instruction', () => {
    expect(encodeJmpRipIndirect(0x1000, 0x1000 + 6 + 0x7a)).toEqual([0xff, 0x25, 0x7a, 0, 0, 0]);
    expect(() => encodeJmpRipIndirect(0x140001000, 0x7ff800001000)).toThrow(RangeError);
  });
  it('writes little-endian two’s complement', () => {
    expect(littleEndian(-7, 1)).toEqual([0xf9]);
    expect(littleEndian(0x0102030405, 8)).toEqual([5, 4, 3, 2, 1, 0, 0, 0]);
  });
});

/** Decode `bytes` placed at `at` and return the first instruction. */
function dec(bytes: number[], mode: Mode, at = 0x00476c7e) {
  return decodeAt(memoryFrom(at, bytes), at, mode);
}

describe('decoder', () => {
  const cases: Array<[Mode, number[], string, number]> = [
    ['x86', [0x8b, 0xff], 'mov edi, edi', 2],
    ['x86', [0x55], 'push ebp', 1],
    ['x64', [0x55], 'push rbp', 1],
    ['x86', [0x8b, 0xec], 'mov ebp, esp', 2],
    ['x64', [0x48, 0x8b, 0xec], 'mov rbp, rsp', 3],
    ['x86', [0x5d], 'pop ebp', 1],
    ['x86', [0xc2, 0x0c, 0x00], 'ret 0Ch', 3],
    ['x64', [0xc3], 'ret', 1],
    ['x86', [0x90], 'nop', 1],
    ['x86', [0xcc], 'int 3', 1],
    ['x64', [0x48, 0x89, 0x5c, 0x24, 0x08], 'mov qword ptr [rsp+8], rbx', 5],
    ['x64', [0x40, 0x55], 'push rbp', 2],
    ['x86', [0x40], 'inc eax', 1],
  ];
  it.each(cases)('%s %j decodes as %s', (mode, bytes, text, length) => {
    const ins = dec(bytes, mode);
    expect(ins.text).toBe(text);
    expect(ins.length).toBe(length);
    expect(ins.bytes).toEqual(bytes);
    expect(ins.valid).toBe(true);
  });

  it('round-trips the encoded long jump to its absolute target', () => {
    const ins = dec(encodeJmpRel32(0x00476c79, 0x10001000), 'x86', 0x00476c79);
    expect(ins).toMatchObject({ mnemonic: 'jmp', target: 0x10001000, length: 5, flow: 'jmp' });
    expect(ins.text).toBe('jmp 10001000h');
  });
  it('round-trips EB F9 to the start of the padding', () => {
    expect(dec([0xeb, 0xf9], 'x86')).toMatchObject({ target: 0x00476c79, length: 2, text: 'jmp 476C79h' });
  });
  it('decodes FF 25 as an absolute-slot jump on x86 and RIP-relative on x64', () => {
    const x86 = dec([0xff, 0x25, 0x00, 0x20, 0x00, 0x10], 'x86');
    expect(x86).toMatchObject({ text: 'jmp dword ptr [10002000h]', slot: 0x10002000, flow: 'jmp-indirect' });
    const site = 0x140000ffa;
    const x64 = decodeAt(memoryFrom(site, encodeJmpRipIndirect(site, 0x140001080)), site, 'x64');
    expect(x64).toMatchObject({ text: 'jmp qword ptr [rip+80h]', slot: 0x140001080, length: 6 });
  });
  it('decodes unknown bytes as (bad) with valid=false', () => {
    const ins = dec([0x0f, 0x0b], 'x86');
    expect(ins).toMatchObject({ mnemonic: '(bad)', valid: false, length: 1, flow: 'invalid' });
    expect(ins.text).toBe('(bad) db 0Fh');
  });
  it('marks an instruction cut off by unmapped memory as invalid', () => {
    expect(dec([0xe9, 0x00], 'x86').valid).toBe(false);
  });
  it('disassembles the worked-example layout by linear sweep', () => {
    const m = memoryFrom(0x00476c76, [0xc2, 0x0c, 0x00, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0x8b, 0xff, 0x55]);
    const texts = disassemble(m, 0x00476c76, 0x00476c81, 'x86').map((i) => `${hex(i.address, 8)} ${i.text}`);
    expect(texts).toEqual([
      '00476C76 ret 0Ch',
      '00476C79 int 3',
      '00476C7A int 3',
      '00476C7B int 3',
      '00476C7C int 3',
      '00476C7D int 3',
      '00476C7E mov edi, edi',
      '00476C80 push ebp',
    ]);
  });
  it('mov edi, edi stays a 2-byte instruction in x64 (but is not a no-op there)', () => {
    expect(dec([0x8b, 0xff], 'x64').text).toBe('mov edi, edi');
  });
});
