import { describe, expect, it } from 'vitest';
import { stepWordsProblems } from '../shared/scene-checks';
import newRedirectDefault, { newRedirect } from './scene';
import { MATCH_STEPS, MISMATCH_STEPS, normalizeRedirectParams, type NewRedirectData } from './data';
import type { SceneState } from '../shared/scene-types';

const build = (base: 'match' | 'mismatch') => newRedirect.build({ base });
const byStep = (scene: readonly SceneState<NewRedirectData>[], step: NewRedirectData['step']) => {
  const state = scene.find((s) => s.data.step === step);
  if (!state) throw new Error(`no state ${step}`);
  return state;
};

describe('new-redirect figure', () => {
  it('is exported as default and by name, with the public id', () => {
    expect(newRedirectDefault).toBe(newRedirect);
    expect(newRedirect.id).toBe('new-redirect');
    expect(newRedirect.defaults).toEqual({ base: 'match' });
    expect(normalizeRedirectParams({ base: 'nonsense' as 'match' })).toEqual({ base: 'match' });
  });

  for (const base of ['match', 'mismatch'] as const) {
    describe(base, () => {
      const scene = build(base);

      it('walks the expected steps', () => {
        expect(scene.map((s) => s.data.step)).toEqual(base === 'match' ? MATCH_STEPS : MISMATCH_STEPS);
      });

      it('has a caption and a speaker note in English and Japanese on every step', () => {
        // Captions stay short (at most two sentences); notes ask the room something.
        expect(stepWordsProblems(scene, { least: 21, short: true, asks: true })).toEqual([]);
      });

      it('builds deterministically and serialises as plain data', () => {
        const again = build(base);
        expect(JSON.stringify(again)).toBe(JSON.stringify(scene));
        for (const s of scene) expect(JSON.parse(JSON.stringify(s.data))).toEqual(s.data);
      });

      it('highlights something on every step after the first, and nothing on the first', () => {
        expect(scene[0]?.changed).toEqual([]);
        for (const s of scene.slice(1)) expect(s.changed.length).toBeGreaterThan(0);
      });

      it('never records a successful write by VTL0, and says the values are made up', () => {
        for (const s of scene) {
          expect(s.data.writes.every((w) => w.by === 'VTL1')).toBe(true);
          expect(s.data.illustrative.en).toMatch(/made up/);
          expect(s.data.claims.length).toBeGreaterThan(0);
        }
        expect(scene[0]?.caption.en).toMatch(/made up/);
      });
    });
  }

  describe('mismatch branch', () => {
    const scene = build('mismatch');
    const refused = byStep(scene, 'refused');

    it('is refused by VTL1 with expected and found identities that differ', () => {
      expect(refused.data.refusal?.code).toBe('base-identity-mismatch');
      const v = refused.data.kernel.vtl1.verification;
      expect(v?.result).toBe('refused');
      expect(v?.by).toBe('VTL1');
      expect(v?.expected).not.toEqual(v?.found);
      expect(v?.differs.length).toBeGreaterThan(0);
      expect(refused.data.refusal?.expected).toEqual(v?.expected);
    });
    it('stops: nothing written, no patch loaded, no call path', () => {
      expect(scene.at(-1)).toBe(refused);
      expect(refused.data.writes).toEqual([]);
      expect(refused.data.kernel.vtl0.loaderEntries.map((e) => e.kind)).toEqual(['base']);
      expect(refused.data.callPath).toBeUndefined();
      expect(
        refused.data.listing.rows
          .filter((r) => r.regionId === 'patch-function')
          .every((r) => r.text === '(not loaded)'),
      ).toBe(true);
    });
    it('quotes both identities in the caption, from the data', () => {
      const v = refused.data.kernel.vtl1.verification!;
      for (const lang of ['en', 'ja'] as const) {
        for (const text of [
          v.expected.checkSumText,
          v.expected.timeDateStampText,
          v.found.checkSumText,
          v.found.timeDateStampText,
        ]) {
          expect(refused.caption[lang]).toContain(text);
        }
      }
    });
  });

  describe('match branch', () => {
    const scene = build('match');

    it('verifies with identical identities and loads the patch image', () => {
      const v = byStep(scene, 'verified').data.kernel.vtl1.verification;
      expect(v?.result).toBe('accepted');
      expect(v?.expected).toEqual(v?.found);
      expect(byStep(scene, 'verified').data.kernel.vtl0.loaderEntries.map((e) => e.kind)).toEqual(['base', 'patch']);
    });

    it('re-points __ref_g_state from the patch’s own g_state to the base’s, with the page read-only again', () => {
      const before = byStep(scene, 'verified').data.refSlot;
      const after = byStep(scene, 'wired').data;
      const base = after.globals.find((g) => g.module === 'example.sys');
      expect(before?.pointsTo).toBe('patch-own');
      expect(after.refSlot?.pointsTo).toBe('base');
      expect(after.refSlot?.value).toBe(base?.address);
      expect(after.writes.at(-1)?.protectionDance).toBe('R → RW, write, RW → R');
    });

    it('shows VTL0’s attempt refused, with no bytes changed', () => {
      const s = byStep(scene, 'vtl0-refused');
      expect(s.data.kernel.vtl0.attempt).toMatchObject({ by: 'VTL0', result: 'refused', code: 'vtl0-code-write' });
      expect(s.data.diff).toEqual([]);
    });

    it('writes HPAT stub and padding before the entry, then flips the entry to EB F9', () => {
      const tramp = byStep(scene, 'trampolines').data;
      expect(tramp.writes.map((w) => w.target)).toEqual(['ref-slot', 'hpat-stub', 'padding']);
      expect(tramp.listing.rows.find((r) => r.regionId === 'entry')?.bytes).not.toEqual(['EB', 'F9']);
      const flipped = byStep(scene, 'flipped');
      const entry = flipped.data.writes.at(-1)!;
      expect(entry).toMatchObject({ target: 'entry', after: 'EB F9', by: 'VTL1' });
      expect(flipped.data.listing.rows.find((r) => r.regionId === 'entry')?.bytes).toEqual(['EB', 'F9']);
      // The caption quotes the write's actual bytes.
      for (const lang of ['en', 'ja'] as const) {
        expect(flipped.caption[lang]).toContain(`${entry.before} → ${entry.after}`);
      }
      const pad = tramp.writes.find((w) => w.target === 'padding')!;
      expect(byStep(scene, 'trampolines').caption.en).toContain(`${pad.before} → ${pad.after}`);
      expect(pad.after.startsWith('E9')).toBe(true);
      expect(byStep(scene, 'trampolines').data.claims.map((c) => [c.id, c.provenance])).toEqual(
        expect.arrayContaining([
          ['writeOrder', 'inference'],
          ['hpatStubBytes', 'unverified'],
          ['forwardBytes', 'documented'],
        ]),
      );
    });

    it('routes a new call entry → padding → HPAT stub → patch, and the caption quotes each hop', () => {
      const s = byStep(scene, 'new-call');
      const path = s.data.callPath!;
      expect(path.hops.map((h) => h.kind)).toEqual(['entry', 'padding', 'hpat-stub', 'patch-function']);
      expect(path.hops[0]?.bytes).toBe('EB F9');
      expect(path.lands).toMatchObject({ kind: 'patch', sequenceNumber: 1 });
      for (const hop of path.hops.slice(0, -1)) expect(s.caption.en).toContain(hop.bytes);
      expect(s.caption.en).toContain(`sequence number ${path.lands.sequenceNumber}`);
    });

    it('has the patch update the one g_state, and the old thread finish in the old body on that same g_state', () => {
      const shared = byStep(scene, 'shared-global').data;
      const base = shared.globals.find((g) => g.module === 'example.sys')!;
      const own = shared.globals.find((g) => g.module !== 'example.sys')!;
      expect(shared.stores).toEqual([
        expect.objectContaining({ thread: 'T2', address: base.address, via: 'ref-slot' }),
      ]);
      expect(base.value).toBe(shared.stores[0]?.value);
      expect(own.value).toBe(0);
      expect(own.inUse).toBe(false);

      const flipped = byStep(scene, 'flipped').data;
      const t1 = flipped.process.threads.find((t) => t.id === 'T1')!;
      const entryRow = flipped.listing.rows.find((r) => r.regionId === 'entry')!;
      const bodyRows = flipped.listing.rows.filter((r) => r.regionId === 'body');
      expect(t1.status).toBe('inside-old-body');
      expect(t1.ip).toBeGreaterThan(entryRow.address);
      expect(bodyRows.map((r) => r.address)).toContain(t1.ip);

      const old = byStep(scene, 'old-thread').data;
      expect(old.stores).toEqual([expect.objectContaining({ thread: 'T1', address: base.address, via: 'old-body' })]);
      expect(old.globals.find((g) => g.module === 'example.sys')?.value).toBe(old.stores[0]?.value);
      expect(old.process.threads.every((t) => t.status === 'returned')).toBe(true);
    });

    it('asks a checkpoint question right before the step that answers it', () => {
      const withCheckpoint = scene.map((s, i) => [i, s.checkpoint] as const).filter(([, c]) => c);
      expect(withCheckpoint).toHaveLength(1);
      const [index, checkpoint] = withCheckpoint[0]!;
      expect(scene[index + 1]?.data.step).toBe('old-thread');
      expect(checkpoint?.choices.filter((c) => c.correct)).toHaveLength(1);
    });
  });
});
