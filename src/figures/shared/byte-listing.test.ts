import { describe, expect, it } from 'vitest';
import { memoryFrom, overlay, writeBytes } from '../../model/x86/memory';
import { byteListing, diffText, memoryDiff, type ListingRegion } from './byte-listing';

const L = (en: string) => ({ en, ja: en });
const regions: ListingRegion[] = [
  { id: 'padding', start: 0x100, end: 0x105, role: 'padding', kind: 'code', label: L('padding') },
  { id: 'entry', start: 0x105, end: 0x107, role: 'entry', kind: 'code', label: L('entry') },
  { id: 'body', start: 0x107, end: 0x10a, role: 'body', kind: 'code', label: L('body') },
  { id: 'slot', start: 0x200, end: 0x208, role: 'slot', kind: 'data', label: L('slot') },
  { id: 'patch', start: 0x1000, end: 0x1002, role: 'patch', kind: 'code', label: L('patch') },
];
const base = overlay(
  memoryFrom(0x100, [0x90, 0x90, 0x90, 0x90, 0x90, 0x8b, 0xff, 0x55, 0x8b, 0xec]),
  memoryFrom(0x200, [0, 0x10, 0, 0x10, 0, 0, 0, 0]),
);

describe('byteListing', () => {
  it('decodes code regions, shows data as dq, and marks unloaded regions', () => {
    const l = byteListing(base, regions, 'x86');
    expect(l.rows.map((r) => `${r.addressText} ${r.bytes.join(' ')} ${r.text} ${r.role}`)).toEqual([
      '00000100 90 nop padding',
      '00000101 90 nop padding',
      '00000102 90 nop padding',
      '00000103 90 nop padding',
      '00000104 90 nop padding',
      '00000105 8B FF mov edi, edi entry',
      '00000107 55 push ebp body',
      '00000108 8B EC mov ebp, esp body',
      '00000200 00 10 00 10 00 00 00 00 dq 10001000h slot',
      '00001000  (not loaded) patch',
    ]);
    expect(l.regions.find((r) => r.id === 'patch')?.loaded).toBe(false);
    expect(l.rows[5]?.byteIds).toEqual(['byte-00000105', 'byte-00000106']);
  });
  it('reports changed bytes per row and as ids', () => {
    const next = writeBytes(base, 0x105, [0xeb, 0xf9]);
    const l = byteListing(next, regions, 'x86', { previous: base });
    const entry = l.rows.find((r) => r.address === 0x105);
    expect(entry?.text).toBe('jmp 100h');
    expect(entry?.changedBytes).toEqual([0x105, 0x106]);
    expect(l.changedIds).toEqual(['byte-00000105', 'byte-00000106']);
    expect(l.rows.filter((r) => r.changedBytes.length > 0)).toHaveLength(1);
  });
  it('lets a long instruction swallow the start of the next region (as a disassembler shows it)', () => {
    const next = writeBytes(base, 0x105, [0xe9, 0, 0, 0, 0]);
    const l = byteListing(next, regions, 'x86', { torn: [0x107] });
    const rows = l.rows.filter((r) => r.address >= 0x105 && r.address < 0x10a);
    expect(rows.map((r) => r.text)).toEqual(['jmp 10Ah']);
    expect(rows[0]?.isTorn).toBe(true);
  });
});

describe('memoryDiff', () => {
  it('describes each changed run as "A–B: old → new", generated from the bytes', () => {
    const next = writeBytes(writeBytes(base, 0x100, [0xe9, 1, 2, 3, 4]), 0x105, [0xeb, 0xf9]);
    expect(memoryDiff(base, next, 'x86').map((r) => r.text.en)).toEqual([
      '00000100–00000106: 90 90 90 90 90 8B FF → E9 01 02 03 04 EB F9',
    ]);
    expect(diffText(base, writeBytes(base, 0x107, [0xcc]), 'x86').en).toBe('00000107: 55 → CC');
    expect(diffText(base, base, 'x86')).toEqual({ en: '', ja: '' });
  });
  it('says "(not loaded)" in each language for bytes that were not mapped', () => {
    const loaded = overlay(base, memoryFrom(0x1000, [0xc3]));
    expect(diffText(base, loaded, 'x86')).toEqual({
      en: '00001000: (not loaded) → C3',
      ja: '00001000: （未読み込み） → C3',
    });
  });
});
