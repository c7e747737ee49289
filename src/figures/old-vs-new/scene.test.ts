import { describe, expect, it } from 'vitest';
import { hexBytes } from '../../model/x86/hex';
import { hopOf, newEngine, oldEngine } from '../../model/old-vs-new';
import { isDeterministic, sceneProblems } from '../shared/scene-checks';
import { ASPECTS, STEPS } from './data';
import definition, { buildOldVsNew } from './scene';

const states = buildOldVsNew();
const at = (step: string) => states.find((s) => s.data.step === step)!;

describe('old-vs-new scene', () => {
  it('meets the scene contract and builds the same states every time', () => {
    expect(sceneProblems(states)).toEqual([]);
    expect(isDeterministic(definition, {})).toBe(true);
    expect(states.map((s) => s.data.step)).toEqual(STEPS);
  });

  it('steps in lockstep: every state has both lanes, and each lane has a pointer on every step', () => {
    for (const s of states) {
      const [old, now] = s.data.lanes;
      expect([old.engine, now.engine]).toEqual(['old', 'new']);
      expect(old.at).toBeGreaterThanOrEqual(0);
      expect(now.at).toBeGreaterThanOrEqual(0);
    }
    // Both lanes move at every step up to the point where the new lane has one hop more to walk.
    const pairs = states.map((s) => s.data.lanes.map((l) => l.hops[l.at]!.kind).join(' | '));
    expect(pairs).toEqual([
      'caller | caller',
      'entry | entry',
      'padding | padding',
      'new-code | hpat-stub',
      'new-code | new-code',
      'new-code | new-code',
    ]);
  });

  it('draws the bytes the two models wrote, never its own', () => {
    const old = oldEngine().route;
    const now = newEngine().route;
    const [oldLane, newLane] = states[0]!.data.lanes;
    for (const [lane, route] of [
      [oldLane, old],
      [newLane, now],
    ] as const) {
      for (const h of lane.hops) expect(h.fullBytes).toBe(hexBytes(hopOf(route, h.kind)!.instruction.bytes));
    }
    expect(oldLane.hops.find((h) => h.kind === 'entry')!.bytes).toBe('EB F9');
    expect(newLane.hops.find((h) => h.kind === 'entry')!.bytes).toBe('EB F9');
    expect(oldLane.hops.find((h) => h.kind === 'padding')!.bytes).toBe('E9 82 A3 B8 0F');
    expect(newLane.hops.find((h) => h.kind === 'padding')!.bytes.startsWith('E9 ')).toBe(true);
    expect(oldLane.hops.some((h) => h.kind === 'hpat-stub')).toBe(false);
    // The stub's layout is not public: the stage says so.
    expect(newLane.hops.find((h) => h.kind === 'hpat-stub')!.provenance).toBe('unverified');
    // Captions quote the same bytes.
    expect(at('padding').caption.en).toContain('E9 82 A3 B8 0F');
    expect(at('entry').caption.ja).toContain('EB F9');
  });

  it('calls each difference out at the step where it differs, and all three at the verdict', () => {
    const where = Object.fromEntries(states.map((s) => [s.data.step, s.data.callouts.map((c) => c.aspect)]));
    expect(where).toEqual({
      call: [],
      entry: ['writer'],
      padding: [],
      split: ['payload'],
      'new-code': ['globals'],
      verdict: ASPECTS,
    });
    expect(at('entry').changed).toContain('callout-writer');
    expect(at('split').changed).toContain('callout-payload');
    expect(at('new-code').changed).toContain('callout-globals');
    // The routes part exactly where the new lane reaches the HPAT stub.
    expect(at('split').changed).toEqual(expect.arrayContaining(['hop-new-hpat-stub', 'hop-old-new-code']));
  });

  it('labels every claim with the provenance vocabulary and names its sources', () => {
    const v = at('verdict').data.callouts;
    for (const c of v) {
      for (const side of [c.old, c.new]) {
        expect(side.sources.length).toBeGreaterThan(0);
        expect(side.short.en).not.toBe('');
      }
    }
    const writer = v.find((c) => c.aspect === 'writer')!;
    expect(writer.new.text.en).toMatch(/Secure Kernel/);
    expect(writer.old.provenance).toBe('reverse-engineered');
    const payload = v.find((c) => c.aspect === 'payload')!;
    expect(payload.old.text.en).toMatch(/\.hotp1/);
    expect(payload.new.text.en).toMatch(/signed patch image/);
    const globals = v.find((c) => c.aspect === 'globals')!;
    expect(globals.new.text.en).toMatch(/__ref_/);
  });
});
