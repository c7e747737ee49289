import { describe, expect, it } from 'vitest';
import { decodeAt, disassemble } from '../x86/decode';
import { hexBytes } from '../x86/hex';
import { changedAddresses, readBytes, writeBytes } from '../x86/memory';
import { buildOldLayout, WORKED_EXAMPLE, type OldLayout, type OldLayoutParams } from './layout';
import { patchRecordFor } from './patch-record';
import {
  applyHotpatch,
  bytewise,
  LOADER_REACH_MESSAGE,
  naiveOverwrite,
  planWrites,
  undo,
  validate,
  writeLongJump,
  writeShortJump,
  type PatchWrite,
} from './protocol';
import { step, type Thread } from './thread';
import { describeOutcome, enumerateInterleavings, threadStarts, type InterleavingSpec } from './interleavings';

function layoutOf(params: OldLayoutParams): OldLayout {
  const r = buildOldLayout(params);
  if (!r.ok) throw new Error(r.error.en);
  return r.layout;
}

const X86 = layoutOf(WORKED_EXAMPLE);
const X86_NOP = layoutOf({ ...WORKED_EXAMPLE, fill: 0x90 });
const X64 = layoutOf({ arch: 'x64', functionAddress: 0x140001000, patchAddress: 0x7ff812340000, fill: 0xcc });
const X64_REL32_NEAR = layoutOf({
  arch: 'x64',
  functionAddress: 0x140001000,
  patchAddress: 0x150000000,
  fill: 0xcc,
  x64Jump: 'rel32',
});
const X64_REL32_FAR = layoutOf({
  arch: 'x64',
  functionAddress: 0x140001000,
  patchAddress: 0x7ff812340000,
  fill: 0xcc,
  x64Jump: 'rel32',
});

function realWrites(layout: OldLayout): readonly PatchWrite[] {
  const plan = planWrites(patchRecordFor(layout));
  if (!plan.ok) throw new Error(plan.failure.message.en);
  return plan.writes;
}

describe('layout (worked example)', () => {
  it('matches the research listing: ret 0Ch, 5× CC padding, mov edi, edi, push ebp', () => {
    const texts = disassemble(X86.original, 0x00476c76, 0x00476c81, 'x86').map((i) => `${hexBytes(i.bytes)} ${i.text}`);
    expect(texts).toEqual([
      'C2 0C 00 ret 0Ch',
      'CC int 3',
      'CC int 3',
      'CC int 3',
      'CC int 3',
      'CC int 3',
      '8B FF mov edi, edi',
      '55 push ebp',
    ]);
    expect(X86.paddingStart).toBe(0x00476c79);
  });
  it('uses 6 bytes of padding on x64 and a first instruction of at least 2 bytes', () => {
    expect(X64.paddingLength).toBe(6);
    expect(decodeAt(X64.original, X64.entry, 'x64').length).toBeGreaterThanOrEqual(2);
  });
  it('does not map the patch module until it is loaded', () => {
    expect(X86.original.has(0x10001000)).toBe(false);
    expect(X86.loaded.get(0x10001000)).toBe(0x8b);
  });
  it('refuses addresses that do not fit the architecture', () => {
    expect(buildOldLayout({ ...WORKED_EXAMPLE, functionAddress: 2 ** 33 }).ok).toBe(false);
    expect(buildOldLayout({ ...WORKED_EXAMPLE, patchAddress: 0x00476c70 }).ok).toBe(false);
  });
});

describe('patch record', () => {
  it('mirrors the two-hook example: X86_JMP at the padding, X86_JMP2B with displacement −7 at the entry', () => {
    const r = patchRecordFor(X86);
    expect(r.hooks.map((h) => h.hookType)).toEqual(['X86_JMP', 'X86_JMP2B']);
    expect(r.hooks[1]).toMatchObject({ hotpDisplacement: -7, hookAddress: 0x00476c7e, hookOptions: 2 });
    expect(r.validations.map((v) => hexBytes([...v.sourceBytes]))).toEqual(['CC CC CC CC CC', '8B FF']);
    expect(patchRecordFor(X86_NOP).validations[0]?.sourceBytes).toEqual([0x90, 0x90, 0x90, 0x90, 0x90]);
  });
  it('flags every x64 record as unconfirmed bytes', () => {
    expect(patchRecordFor(X64).x64BytesUnconfirmed).toBe(true);
    expect(patchRecordFor(X86).x64BytesUnconfirmed).toBe(false);
  });
});

describe('protocol', () => {
  it('writes E9 82 A3 B8 0F into the padding, then EB F9 over 8B FF', () => {
    const r = patchRecordFor(X86);
    const [pad, entry] = r.hooks;
    if (pad?.hookType !== 'X86_JMP' || entry?.hookType !== 'X86_JMP2B') throw new Error('unexpected hooks');
    const afterLong = writeLongJump(X86.loaded, pad, 'x86');
    if (!afterLong.ok) throw new Error('long jump failed');
    expect(hexBytes(readBytes(afterLong.memory, 0x00476c79, 5))).toBe('E9 82 A3 B8 0F');
    expect(hexBytes(readBytes(afterLong.memory, 0x00476c7e, 2))).toBe('8B FF');
    const afterShort = writeShortJump(afterLong.memory, entry, 'x86');
    if (!afterShort.ok) throw new Error('short jump failed');
    expect(hexBytes(readBytes(afterShort.memory, 0x00476c7e, 2))).toBe('EB F9');
    expect(changedAddresses(X86.loaded, afterShort.memory)).toEqual([
      0x476c79, 0x476c7a, 0x476c7b, 0x476c7c, 0x476c7d, 0x476c7e, 0x476c7f,
    ]);
  });
  it('applyHotpatch equals validate → long jump → short jump, and undo restores every byte', () => {
    const r = applyHotpatch(X86.loaded, patchRecordFor(X86));
    if (!r.ok) throw new Error(r.failure.message.en);
    expect(r.writes.map((w) => hexBytes([...w.bytes]))).toEqual(['E9 82 A3 B8 0F', 'EB F9']);
    const restored = undo(r.memory, r.applied);
    expect(changedAddresses(X86.loaded, restored)).toEqual([]);
    expect(changedAddresses(X86.loaded, r.memory)).toHaveLength(7);
  });
  it('refuses a patch whose validation bytes do not match, naming address, expected and found', () => {
    const tampered = writeBytes(X86.loaded, 0x00476c7e, [0x55, 0x8b]);
    const v = validate(tampered, patchRecordFor(X86));
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.failure).toMatchObject({
      kind: 'validation',
      address: 0x00476c7e,
      expected: [0x8b, 0xff],
      found: [0x55, 0x8b],
    });
    expect(v.failure.message.en).toContain('00476C7E');
    const applied = applyHotpatch(tampered, patchRecordFor(X86));
    expect(applied.ok).toBe(false);
  });
  it('refuses a padding filled with the other byte (a 90 patch against a CC build)', () => {
    const v = validate(X86.loaded, patchRecordFor(X86_NOP));
    expect(v.ok).toBe(false);
  });
  it('x64 indirect: slot gets the 8-byte address, padding gets FF 25 disp32, entry gets EB F8', () => {
    const r = applyHotpatch(X64.loaded, patchRecordFor(X64));
    if (!r.ok) throw new Error(r.failure.message.en);
    expect(hexBytes(readBytes(r.memory, X64.entry, 2))).toBe('EB F8');
    const jmp = decodeAt(r.memory, X64.paddingStart, 'x64');
    expect(jmp).toMatchObject({ mnemonic: 'jmp', length: 6, slot: X64.slot });
    expect(readBytes(r.memory, X64.slot ?? 0, 8)).toEqual([0x00, 0x00, 0x34, 0x12, 0xf8, 0x7f, 0x00, 0x00]);
    expect(changedAddresses(X64.loaded, undo(r.memory, r.applied))).toEqual([]);
  });
  it('x64 rel32 with a patch > 2 GB away is refused with the loader message, memory untouched', () => {
    const r = applyHotpatch(X64_REL32_FAR.loaded, patchRecordFor(X64_REL32_FAR));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failure.kind).toBe('reach');
    if (r.failure.kind !== 'reach') return;
    expect(r.failure.loaderMessage).toBe(LOADER_REACH_MESSAGE);
    expect(r.failure.message.en).toMatch(/±2 GB/);
  });
  it('x64 rel32 with a near patch pads E9 rel32 with one CC', () => {
    const w = realWrites(X64_REL32_NEAR);
    expect(w[0]?.bytes).toHaveLength(6);
    expect(w[0]?.bytes[5]).toBe(0xcc);
    expect(w[0]?.bytes[0]).toBe(0xe9);
  });
});

describe('thread', () => {
  it('a new call follows entry → padding → replacement after the patch', () => {
    const r = applyHotpatch(X86.loaded, patchRecordFor(X86));
    if (!r.ok) throw new Error('apply failed');
    let t: Thread = { id: 'T1', ip: X86.callSite, stack: [], exitAddress: X86.returnAddress, status: 'running' };
    const path: number[] = [];
    for (let i = 0; i < 3; i++) {
      const s = step(t, r.memory, 'x86');
      t = s.thread;
      path.push(t.ip);
    }
    expect(path).toEqual([0x00476c7e, 0x00476c79, 0x10001000]);
  });
  it('int 3 traps, unknown bytes fault, ret to the exit address returns', () => {
    const m = writeBytes(X86.loaded, 0x00476c7e, [0xcc]);
    const t: Thread = {
      id: 'T',
      ip: 0x00476c7e,
      stack: [X86.returnAddress],
      exitAddress: X86.returnAddress,
      status: 'running',
    };
    expect(step(t, m, 'x86').thread.status).toBe('trapped');
    expect(step(t, writeBytes(m, 0x00476c7e, [0x0f, 0x0b]), 'x86').thread.status).toBe('faulted');
    expect(step({ ...t, ip: 0x00476c84 }, m, 'x86').thread).toMatchObject({
      status: 'returned',
      ip: X86.returnAddress,
    });
  });
});

function spec(layout: OldLayout, writes: readonly PatchWrite[], intended?: readonly PatchWrite[]): InterleavingSpec {
  return { layout, before: layout.loaded, writes, ...(intended ? { intended } : {}) };
}

describe('interleavings: the real two-write protocol', () => {
  const cases: Array<[string, OldLayout]> = [
    ['x86, CC padding', X86],
    ['x86, 90 padding', X86_NOP],
    ['x64, indirect through a slot', X64],
    ['x64, rel32 to a near patch', X64_REL32_NEAR],
  ];
  it.each(cases)('%s: no schedule executes a torn instruction or a padding byte', (_, layout) => {
    const outcomes = enumerateInterleavings(spec(layout, realWrites(layout)));
    expect(outcomes.length).toBeGreaterThan(10);
    const bad = outcomes.filter((o) => o.ending !== 'returned' || o.executedPadding);
    expect(bad.map(describeOutcome)).toEqual([]);
    // Both sides are reachable: some schedules run the replacement, some finish the old code.
    expect(outcomes.some((o) => o.ranReplacement)).toBe(true);
    expect(outcomes.some((o) => !o.ranReplacement)).toBe(true);
  });
  it('covers every start: before the call and every old boundary of the function', () => {
    expect(threadStarts(X86).map((s) => s.label)).toEqual([
      'before the call',
      'entry',
      'entry+2',
      'entry+3',
      'entry+5',
      'entry+6',
    ]);
  });
  it('once the short jump has landed, every later call runs the replacement', () => {
    const outcomes = enumerateInterleavings(spec(X86, realWrites(X86)));
    const lateCallers = outcomes.filter((o) => o.start.label === 'before the call' && (o.writesBefore[1] ?? 99) === 0);
    expect(lateCallers.length).toBeGreaterThan(0);
    expect(lateCallers.every((o) => o.ranReplacement)).toBe(true);
  });
});

describe('interleavings: the naive overwrite', () => {
  it('one 5-byte E9 over the live prologue: some schedule executes a torn instruction', () => {
    const outcomes = enumerateInterleavings(spec(X86, naiveOverwrite(X86)));
    const torn = outcomes.filter((o) => o.torn);
    expect(torn.length).toBeGreaterThan(0);
    const first = torn[0];
    if (!first?.torn) throw new Error('no torn schedule');
    // Report it: a thread that had already run `mov edi, edi` decodes the middle of the jump.
    console.info(`naive overwrite, torn schedule: ${describeOutcome(first)}`);
    const before = first.trace[first.trace.length - 2]?.instruction.text;
    expect(before).toBe('mov edi, edi');
    expect(first.torn.instruction.address).toBe(0x00476c80);
    expect(first.torn.instruction.bytes[0]).toBe(0xa3); // the jump's second displacement byte, read as an opcode
    // Who can tear: any thread that is inside the first five bytes when they are overwritten.
    const tornStarts = new Set(torn.map((o) => o.start.label));
    expect([...tornStarts].sort()).toEqual(['before the call', 'entry', 'entry+2', 'entry+3']);
  });
  it('the same done as five single-byte stores tears as well, even for a thread at the entry', () => {
    const outcomes = enumerateInterleavings(spec(X86, bytewise(naiveOverwrite(X86)), naiveOverwrite(X86)));
    expect(outcomes.some((o) => o.torn && o.start.label === 'entry')).toBe(true);
  });
  it('the two real writes in the wrong order (short jump first) let a thread run the padding', () => {
    const reversed = [...realWrites(X86)].reverse();
    const outcomes = enumerateInterleavings(spec(X86, reversed));
    const ran = outcomes.filter((o) => o.executedPadding);
    expect(ran.length).toBeGreaterThan(0);
    expect(ran.every((o) => o.ending === 'trapped')).toBe(true); // CC padding: int 3
    expect(outcomes.some((o) => o.torn)).toBe(false); // no tearing, just the wrong code
  });
});
