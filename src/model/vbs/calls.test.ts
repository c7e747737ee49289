import { describe, expect, it } from 'vitest';
import { findModule, functionAddresses, globalAddress, readU32 } from './address-space';
import { applyHotpatch } from './apply-patch';
import { EXAMPLE_GLOBAL, PATCHED_FUNCTION, READER_FUNCTION, exampleDriver, exampleDriverPatch } from './example-images';
import { bootMachine, type Machine } from './machine';
import { expectOk } from './outcome';
import { callFunction, resolveCall } from './resolve-call';
import { finishThread, startThreadInside } from './threads';

const booted = (): Machine => bootMachine([exampleDriver()]);
const patched = (...seqs: number[]): Machine =>
  seqs.reduce((m, s) => expectOk(applyHotpatch(m, exampleDriverPatch(s))), booted());
const baseGlobal = (m: Machine): number => globalAddress(findModule(m.kernel, 'example.sys')!, EXAMPLE_GLOBAL)!;

describe('resolveCall', () => {
  it('runs the base body when nothing is patched', () => {
    const call = expectOk(resolveCall(booted(), 'kernel', PATCHED_FUNCTION));
    expect(call.hops.map((h) => h.kind)).toEqual(['base-function']);
    expect(call.lands).toMatchObject({ module: 'example.sys', kind: 'base' });
  });
  it('walks entry → EB F9 → padding E9 → HPAT stub → patch function', () => {
    const m = patched(1);
    const call = expectOk(resolveCall(m, 'kernel', PATCHED_FUNCTION));
    expect(call.hops.map((h) => h.kind)).toEqual(['entry', 'padding', 'hpat-stub', 'patch-function']);
    expect(call.hops.map((h) => h.instruction.bytes[0])).toEqual([0xeb, 0xe9, 0xff, 0x8b]);
    const entry = functionAddresses(findModule(m.kernel, 'example.sys')!, PATCHED_FUNCTION)!.entry;
    expect(call.hops[1]?.address).toBe(entry - 5);
    expect(call.lands).toMatchObject({ module: 'example_hp1.sys', kind: 'patch', sequenceNumber: 1 });
  });
  it('reaches the newest patch after supersession', () => {
    expect(expectOk(resolveCall(patched(1, 2, 5), 'kernel', PATCHED_FUNCTION)).lands.sequenceNumber).toBe(5);
  });
  it('leaves functions the patch does not name untouched', () => {
    const call = expectOk(resolveCall(patched(1), 'kernel', READER_FUNCTION));
    expect(call.lands).toMatchObject({ module: 'example.sys', kind: 'base' });
  });
});

describe('one copy of every global', () => {
  it('the patch function writes the base image’s g_state, and unpatched base code reads it back', () => {
    const m = patched(1);
    const result = expectOk(callFunction(m, 'kernel', PATCHED_FUNCTION, 42));
    expect(result.call.lands.kind).toBe('patch');
    expect(result.stores).toEqual([{ address: baseGlobal(m), value: 42, size: 4 }]);
    const patchOwn = globalAddress(findModule(m.kernel, 'example_hp1.sys')!, EXAMPLE_GLOBAL)!;
    expect(readU32(result.machine.kernel, patchOwn)).toBe(0);
    // GetState is base code, unpatched: it sees the value the patch wrote.
    const reader = expectOk(resolveCall(result.machine, 'kernel', READER_FUNCTION));
    expect(reader.lands.kind).toBe('base');
    expect(readU32(result.machine.kernel, baseGlobal(m))).toBe(42);
  });
  it('unpatched, the same call writes the same address', () => {
    const m = booted();
    expect(expectOk(callFunction(m, 'kernel', PATCHED_FUNCTION, 3)).stores[0]?.address).toBe(baseGlobal(m));
  });
});

describe('a thread already inside the old body', () => {
  it('finishes in the old body, writing the same global, while new calls go to the patch', () => {
    const inside = expectOk(
      startThreadInside(booted(), {
        id: 'T1',
        pid: 4,
        space: 'kernel',
        functionName: PATCHED_FUNCTION,
        argument: 7,
        instructionsDone: 1,
      }),
    );
    const m = expectOk(applyHotpatch(inside, exampleDriverPatch(1)));
    const newCall = expectOk(callFunction(m, 'kernel', PATCHED_FUNCTION, 9));
    expect(newCall.call.lands.kind).toBe('patch');
    const done = expectOk(finishThread(newCall.machine, 'T1'));
    const fn = functionAddresses(findModule(m.kernel, 'example.sys')!, PATCHED_FUNCTION)!;
    for (const ins of done.execution.trace) {
      expect(ins.address).toBeGreaterThan(fn.entry); // never re-reads the entry (now EB F9)
      expect(ins.address).toBeLessThan(fn.end);
    }
    expect(done.execution.stores).toEqual([{ address: baseGlobal(m), value: 7, size: 4 }]);
    expect(done.machine.threads[0]?.status).toBe('returned');
  });
  it('cannot be placed before its first instruction (that would be a new call)', () => {
    const outcome = startThreadInside(booted(), {
      id: 'T0',
      space: 'kernel',
      functionName: PATCHED_FUNCTION,
      argument: 1,
      instructionsDone: 0,
    });
    expect(outcome.ok).toBe(false);
  });
});
