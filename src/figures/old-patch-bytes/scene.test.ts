import { describe, expect, it } from 'vitest';
import oldPatchBytesDefault, { oldPatchBytes } from './scene';
import { OLD_PATCH_BYTES_PHASES, type OldPatchBytesData, type OldPatchBytesParams } from './data';
import type { SceneState } from '../shared/scene-types';
import { isDeterministic, sceneProblems } from '../shared/scene-checks';
import { buildOldLayout } from '../../model/old/layout';
import { patchRecordFor } from '../../model/old/patch-record';
import { applyHotpatch } from '../../model/old/protocol';
import { hexBytes } from '../../model/x86/hex';
import { readBytes } from '../../model/x86/memory';

const X86 = oldPatchBytes.defaults;
const X86_NOP: OldPatchBytesParams = { ...X86, fill: 0x90 };
const X64: OldPatchBytesParams = {
  arch: 'x64',
  functionAddress: 0x140001000,
  patchAddress: 0x7ff812340000,
  fill: 0xcc,
};
const X64_FAR_REL32: OldPatchBytesParams = { ...X64, x64Jump: 'rel32' };

function phase(states: readonly SceneState<OldPatchBytesData>[], p: string): SceneState<OldPatchBytesData> {
  const s = states.find((x) => x.data.phase === p);
  if (!s) throw new Error(`no ${p} state`);
  return s;
}

/** The bytes the listing shows at an address, as hex. */
function listed(s: SceneState<OldPatchBytesData>, address: number, count: number): string {
  const out: string[] = [];
  for (const row of s.data.listing.rows)
    row.bytes.forEach((b, i) => {
      if (row.address + i >= address && row.address + i < address + count) out.push(b);
    });
  return out.join(' ');
}

describe('old-patch-bytes', () => {
  const states = oldPatchBytes.build(X86);

  it('is the default export and has the public id', () => {
    expect(oldPatchBytesDefault).toBe(oldPatchBytes);
    expect(oldPatchBytes.id).toBe('old-patch-bytes');
  });

  it('has every listed step, with captions and notes in both languages', () => {
    expect(states.length).toBeGreaterThanOrEqual(7);
    expect(states.map((s) => s.data.phase)).toEqual([...OLD_PATCH_BYTES_PHASES]);
    for (const p of [X86, X86_NOP, X64, X64_FAR_REL32]) expect(sceneProblems(oldPatchBytes.build(p))).toEqual([]);
  });

  it('is deterministic, and state i does not depend on what was built before', () => {
    expect(isDeterministic(oldPatchBytes, X86, X64)).toBe(true);
    expect(isDeterministic(oldPatchBytes, X64, X86_NOP)).toBe(true);
  });

  it('shows the worked-example bytes at each step, matching the model', () => {
    expect(listed(phase(states, 'start'), 0x00476c79, 7)).toBe('CC CC CC CC CC 8B FF');
    expect(listed(phase(states, 'long-jump'), 0x00476c79, 7)).toBe('E9 82 A3 B8 0F 8B FF');
    expect(listed(phase(states, 'short-jump'), 0x00476c79, 7)).toBe('E9 82 A3 B8 0F EB F9');
    expect(listed(phase(states, 'undo'), 0x00476c79, 7)).toBe('CC CC CC CC CC 8B FF');
    // Cross-check against the protocol run independently of the scene.
    const layout = buildOldLayout(X86);
    if (!layout.ok) throw new Error('layout');
    const applied = applyHotpatch(layout.layout.loaded, patchRecordFor(layout.layout));
    if (!applied.ok) throw new Error('apply');
    expect(listed(phase(states, 'new-call'), 0x00476c79, 7)).toBe(hexBytes(readBytes(applied.memory, 0x00476c79, 7)));
  });

  it('generates byte captions from the memory diff, and the diff matches the listing', () => {
    for (const p of [X86, X86_NOP, X64]) {
      const s = oldPatchBytes.build(p);
      for (const name of ['long-jump', 'short-jump', 'undo']) {
        const st = phase(s, name);
        expect(st.data.diff.length).toBeGreaterThan(0);
        for (const run of st.data.diff) {
          expect(st.caption.en).toContain(run.text.en);
          expect(st.caption.ja).toContain(run.text.ja);
          expect(listed(st, run.start, run.end - run.start)).toBe(run.after.en);
        }
      }
    }
  });

  it('never writes the EB FB myth into a caption; the short jump is EB F9 (x86) / EB F8 (x64)', () => {
    for (const s of oldPatchBytes.build(X86)) expect(s.caption.en + s.caption.ja).not.toContain('EB FB');
    expect(phase(states, 'short-jump').data.shortJump).toMatchObject({ bytes: 'EB F9', displacement: -7 });
    expect(phase(states, 'short-jump').caption.en).toContain('8B FF → EB F9');
    expect(phase(oldPatchBytes.build(X64), 'short-jump').data.shortJump).toMatchObject({
      bytes: 'EB F8',
      displacement: -8,
    });
  });

  it('shows the offset computation of the long jump', () => {
    expect(phase(states, 'long-jump').data.longJump).toMatchObject({
      formula: '10001000 − (00476C79 + 5) = 0FB8A382',
      displacementBytes: '82 A3 B8 0F',
      bytes: 'E9 82 A3 B8 0F',
    });
  });

  it('validates the expected bytes, including the chosen fill byte', () => {
    const v = phase(oldPatchBytes.build(X86_NOP), 'validated').data.validation;
    expect(v?.ok).toBe(true);
    expect(v?.checks.map((c) => c.expected)).toEqual(['90 90 90 90 90', '8B FF']);
    expect(phase(oldPatchBytes.build(X86_NOP), 'start').caption.en).toContain('(90 = nop)');
  });

  it('marks what changed: the short-jump state changes exactly the two entry bytes and its panel', () => {
    const changed = phase(states, 'short-jump').changed;
    expect(changed).toContain('byte-00476C7E');
    expect(changed).toContain('byte-00476C7F');
    expect(changed.filter((c) => c.startsWith('byte-'))).toHaveLength(2);
    expect(states[0]?.changed).toEqual([]);
  });

  it('follows a new call entry → padding → replacement, and an inside thread finishes on old code', () => {
    const path = phase(states, 'new-call').data.path?.map((p) => p.addressText);
    expect(path).toEqual(['00476CBE', '00476C7E', '00476C79']);
    expect(phase(states, 'new-call').data.threads.find((t) => t.id === 'caller')).toMatchObject({
      ip: 0x10001000,
      status: 'in-replacement',
    });
    const old = phase(states, 'old-thread').data;
    expect(old.path?.every((p) => p.role === 'body')).toBe(true);
    expect(old.threads.find((t) => t.id === 'inside')?.status).toBe('returned');
  });

  it('x64: indirect jump through a slot, flagged as unconfirmed bytes', () => {
    const s = oldPatchBytes.build(X64);
    const long = phase(s, 'long-jump');
    expect(long.data.longJump?.kind).toBe('rip-indirect');
    expect(long.data.longJump?.bytes.startsWith('FF 25')).toBe(true);
    expect(long.data.flags.x64BytesUnconfirmed).toBe(true);
    expect(long.caption.en).toMatch(/not known/);
    expect(phase(s, 'new-call').data.threads.find((t) => t.id === 'caller')?.status).toBe('in-replacement');
  });

  it('x64 rel32 to a patch > 2 GB away: build does not throw; states explain why and nothing is written', () => {
    const s = oldPatchBytes.build(X64_FAR_REL32);
    expect(s).toHaveLength(OLD_PATCH_BYTES_PHASES.length);
    const long = phase(s, 'long-jump');
    expect(long.data.error).toMatchObject({
      kind: 'reach',
      loaderMessage: 'Hotpatch loaded > 2GB from target image',
      provenance: 'reverse-engineered',
    });
    expect(long.caption.en).toContain('±2 GB');
    expect(long.data.diff).toEqual([]);
    expect(phase(s, 'new-call').data.threads.find((t) => t.id === 'caller')?.status).toBe('returned');
    expect(phase(s, 'start').data.error).toBeUndefined();
  });

  it('impossible addresses: build does not throw; every state carries the layout error', () => {
    const s = oldPatchBytes.build({ ...X86, functionAddress: 2 ** 40 });
    expect(s.length).toBe(OLD_PATCH_BYTES_PHASES.length);
    expect(s.every((x) => x.data.error?.kind === 'layout')).toBe(true);
    expect(sceneProblems(s)).toEqual([]);
  });
});
