import { describe, expect, it } from 'vitest';
import { stepWordsProblems } from '../shared/scene-checks';
import newLifecycleDefault, { newLifecycle } from './scene';
import { LATE_PROCESS_MONTH, normalizeLifecycleParams, UNPLANNED_MONTH } from './data';
import { isBaselineMonth } from '../../model/calendar/rules';

const build = (unplanned: boolean) => newLifecycle.build({ unplanned });

describe('new-lifecycle figure', () => {
  it('is exported as default and by name, with the public id', () => {
    expect(newLifecycleDefault).toBe(newLifecycle);
    expect(newLifecycle.id).toBe('new-lifecycle');
    expect(newLifecycle.defaults).toEqual({ unplanned: true });
    expect(normalizeLifecycleParams({})).toEqual({ unplanned: true });
    expect(normalizeLifecycleParams({ unplanned: false })).toEqual({ unplanned: false });
  });

  it('walks baseline → hotpatch → superseding hotpatch → late process → baseline → hotpatch → June', () => {
    expect(build(true).map((s) => `${s.data.month}:${s.data.event}`)).toEqual([
      '1:planned-baseline',
      '2:hotpatch',
      '3:hotpatch',
      '3:process-start',
      '4:planned-baseline',
      '5:hotpatch',
      '6:unplanned-baseline',
    ]);
    expect(build(false).at(-1)?.data.event).toBe('hotpatch');
  });

  for (const unplanned of [true, false]) {
    describe(`unplanned: ${unplanned}`, () => {
      const scene = build(unplanned);

      it('has a caption and a speaker note in English and Japanese on every step', () => {
        expect(stepWordsProblems(scene, { least: 21, short: true, asks: true })).toEqual([]);
        for (const s of scene) expect(s.data.illustrative.en).toMatch(/made up/);
      });

      it('builds deterministically and serialises as plain data', () => {
        expect(JSON.stringify(build(unplanned))).toBe(JSON.stringify(scene));
        for (const s of scene) expect(JSON.parse(JSON.stringify(s.data))).toEqual(s.data);
      });

      it('marks baseline months by the calendar rule (plus the unplanned one)', () => {
        for (const m of scene[0]!.data.months) {
          const expected = isBaselineMonth(m.month) || (unplanned && m.month === UNPLANNED_MONTH);
          expect(m.kind === 'baseline').toBe(expected);
          expect(m.restart).toBe(expected);
        }
        expect(scene.at(-1)!.data.restarts.map((r) => r.month)).toEqual(unplanned ? [1, 4, 6] : [1, 4]);
      });

      it('changes the on-disk identity exactly at baselines, emptying the chain and restarting processes', () => {
        scene.forEach((s, i) => {
          const prev = scene[i - 1];
          const isBaseline = s.data.event.endsWith('baseline');
          if (prev) expect(s.data.disk.identity.checkSum !== prev.data.disk.identity.checkSum).toBe(isBaseline);
          if (isBaseline) {
            expect(s.data.chain).toEqual([]);
            for (const p of s.data.processes) {
              expect(p.maps.map((x) => x.kind)).toEqual(['base']);
              expect(p.startedMonth).toBe(s.data.month);
            }
            expect(s.changed).toEqual(i === 0 ? [] : expect.arrayContaining(['disk-image']));
          }
        });
      });

      it('raises sequence numbers within a baseline and starts over after one; one active patch at a time', () => {
        let highest = 0;
        for (const s of scene) {
          if (s.data.event.endsWith('baseline')) highest = 0;
          const seqs = s.data.chain.map((c) => c.sequenceNumber);
          expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
          expect(s.data.chain.filter((c) => c.status === 'active').length).toBeLessThanOrEqual(1);
          const top = Math.max(0, ...seqs);
          expect(top).toBeGreaterThanOrEqual(highest);
          highest = top;
          if (s.data.event === 'hotpatch') {
            const active = s.data.chain.find((c) => c.status === 'active')!;
            expect(active.sequenceNumber).toBe(seqs.length);
            for (const lang of ['en', 'ja'] as const) expect(s.caption[lang]).toContain(active.name);
            expect(s.caption.en).toContain(`sequence number ${active.sequenceNumber}`);
          }
        }
      });

      it('lands every call in the newest patch of the current chain (or the base)', () => {
        for (const s of scene) {
          const active = s.data.chain.find((c) => c.status === 'active');
          for (const p of s.data.processes) expect(p.callLandsIn.module).toBe(active ? active.name : 'example.dll');
        }
      });
    });
  }

  it('a process started later maps the base plus only the newest patch, via the loader’s query', () => {
    const late = build(true).find((s) => s.data.event === 'process-start')!;
    expect(late.data.month).toBe(LATE_PROCESS_MONTH);
    const [older, newer] = late.data.processes;
    const newest = late.data.chain.find((c) => c.status === 'active')!;
    expect(newer?.maps.map((x) => x.name)).toEqual(['example.dll', newest.name]);
    expect(newer?.maps[1]).toMatchObject({
      route: 'load-time-query',
      routeProvenance: 'documented',
      HotPatchState: 'AppliedForward',
    });
    // The process that was running all along keeps the superseded patch mapped.
    expect(older?.maps.filter((x) => x.kind === 'patch').map((x) => x.superseded)).toEqual([true, false]);
    expect(older?.maps[1]).toMatchObject({ route: 'running-process', routeProvenance: 'unverified' });
    expect(late.caption.en).toContain(`${newest.name} (sequence number ${newest.sequenceNumber})`);
  });

  it('labels the chain reset as inference and the unplanned baseline as documented', () => {
    const last = build(true).at(-1)!;
    expect(last.data.claims).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'chainResetAtBaseline', provenance: 'inference' }),
        expect.objectContaining({ id: 'unplannedBaseline', provenance: 'documented' }),
      ]),
    );
  });
});
