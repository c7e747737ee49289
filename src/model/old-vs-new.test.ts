import { describe, expect, it } from 'vitest';
import { hopOf, newEngine, oldEngine } from './old-vs-new';
import { encodeJmpRel32 } from './x86/encode';
import { hexBytes } from './x86/hex';
import { entryFlipBytes, paddingJumpBytes, stubBytes } from './vbs/index';

describe('the same call through two engines', () => {
  const old = oldEngine();
  const now = newEngine();

  it('2003: caller → EB F9 → E9 → replacement, with the research worked example’s bytes', () => {
    expect(old.route.hops.map((h) => h.kind)).toEqual(['caller', 'entry', 'padding', 'new-code']);
    expect(hexBytes(hopOf(old.route, 'entry')!.instruction.bytes)).toBe('EB F9');
    // old-hotpatch.md §3 step 4: 00476C79 becomes E9 82 A3 B8 0F.
    const pad = hopOf(old.route, 'padding')!;
    expect(pad.address).toBe(0x00476c79);
    expect(hexBytes(pad.instruction.bytes)).toBe('E9 82 A3 B8 0F');
    expect(pad.instruction.bytes).toEqual(encodeJmpRel32(0x00476c79, 0x10001000, 'x86'));
    expect(hopOf(old.route, 'new-code')!.address).toBe(0x10001000);
    expect(hopOf(old.route, 'hpat-stub')).toBeUndefined();
  });

  it('today: caller → EB F9 → E9 → HPAT stub → patch image, bytes as the VBS model writes them', () => {
    const r = now.route;
    expect(r.hops.map((h) => h.kind)).toEqual(['caller', 'entry', 'padding', 'hpat-stub', 'new-code']);
    const entry = hopOf(r, 'entry')!;
    const pad = hopOf(r, 'padding')!;
    const stub = hopOf(r, 'hpat-stub')!;
    const code = hopOf(r, 'new-code')!;
    expect(hexBytes(entry.instruction.bytes)).toBe('EB F9');
    expect(entry.instruction.target).toBe(pad.address);
    expect(pad.address).toBe(entry.address - 5);
    const plan = {
      functionName: 'SetState',
      base: { entry: entry.address },
      paddingJump: pad.address,
      stub: stub.address,
    };
    expect(entry.instruction.bytes).toEqual(entryFlipBytes(plan as never));
    expect(pad.instruction.bytes).toEqual(paddingJumpBytes(plan as never));
    expect(pad.instruction.bytes[0]).toBe(0xe9);
    expect(stub.instruction.bytes).toEqual(stubBytes(stub.address, code.address).slice(0, 6));
    expect(stub.module).toBe(r.baseModule); // the HPAT belongs to the base image's end
    expect(code.module).toBe(r.patchModule);
  });

  it('today: VTL1 wrote every redirect byte and __ref_g_state points at the base image’s g_state', () => {
    expect(now.writers).toEqual({ entry: 'VTL1', padding: 'VTL1', 'hpat-stub': 'VTL1', 'ref-slot': 'VTL1' });
    expect(now.globals.slotValue).toBe(now.globals.baseGlobal);
    expect(now.globals.slotValue).not.toBe(now.globals.patchGlobal);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(oldEngine().route)).toBe(JSON.stringify(old.route));
    expect(JSON.stringify(newEngine().route)).toBe(JSON.stringify(now.route));
  });
});
