import { describe, expect, it } from 'vitest';
import definition from './scene';
import { opbReserve } from './reserve';

describe('opbReserve', () => {
  it('keeps every variant of each panel from the whole scene', () => {
    const states = definition.build(definition.defaults);
    const r = opbReserve(states);
    expect(r.validation?.length).toBe(2);
    expect(r.longJump?.bytes).toBe('E9 82 A3 B8 0F');
    expect(r.shortJump?.bytes).toBe('EB F9');
    // Two paths: the new call (ending in the replacement) and the thread already inside.
    expect(r.paths.map((p) => p.thread.id)).toEqual(['caller', 'inside']);
    expect(r.paths[0]?.thread.status).toBe('in-replacement');
    // The caller is first waiting, then in the replacement: both states are kept.
    expect(new Set(r.threads.caller?.map((t) => t.status))).toEqual(new Set(['waiting', 'in-replacement']));
    expect(r.error).toBeUndefined();
    // The undo step's changed bytes are among the lines reserved.
    expect(r.diffs.some((d) => d.some((run) => run.after.en === 'CC CC CC CC CC 8B FF'))).toBe(true);
  });

  it('reserves room for the reach error when the rel32 jump cannot reach', () => {
    const states = definition.build({
      ...definition.defaults,
      arch: 'x64',
      x64Jump: 'rel32',
      functionAddress: 0x140001000,
      patchAddress: 0x7ff600001000,
    });
    const r = opbReserve(states);
    expect(r.error?.kind).toBe('reach');
    expect(r.longJump).toBeUndefined();
    expect(states[0]?.data.error).toBeUndefined();
  });
});
