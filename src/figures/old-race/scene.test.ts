import { describe, expect, it } from 'vitest';
import oldRaceDefault, { oldRace } from './scene';
import type { OldRaceData } from './data';
import type { SceneState } from '../shared/scene-types';
import { isDeterministic, sceneProblems } from '../shared/scene-checks';
import { buildOldLayout, WORKED_EXAMPLE } from '../../model/old/layout';
import { naiveOverwrite } from '../../model/old/protocol';
import { findSchedule } from '../../model/old/interleavings';

const twoStep = oldRace.build({ write: 'two-step' });
const naive = oldRace.build({ write: 'naive' });

function stepsBeforeFirstWrite(states: readonly SceneState<OldRaceData>[], thread: string): number {
  const order = states[0]?.data.schedule.order ?? [];
  const w = order.indexOf('W1');
  return order.slice(0, w).filter((e) => e === thread).length;
}

describe('old-race', () => {
  it('is the default export and has the public id', () => {
    expect(oldRaceDefault).toBe(oldRace);
    expect(oldRace.id).toBe('old-race');
  });

  it('has captions and notes in both languages for every state, in both modes', () => {
    expect(twoStep.length).toBeGreaterThanOrEqual(6);
    expect(naive.length).toBeGreaterThanOrEqual(6);
    expect(sceneProblems(twoStep)).toEqual([]);
    expect(sceneProblems(naive)).toEqual([]);
  });

  it('is deterministic', () => {
    expect(isDeterministic(oldRace, { write: 'naive' }, { write: 'two-step' })).toBe(true);
    expect(isDeterministic(oldRace, { write: 'two-step' }, { write: 'naive' })).toBe(true);
  });

  it('two-step: every executed instruction is whole, and the exhaustive verdict finds no torn schedule', () => {
    for (const s of twoStep)
      for (const t of s.data.threads) if (t.lastExecuted) expect(t.lastExecuted.whole).toBe(true);
    const verdict = twoStep[twoStep.length - 1]?.data.verdict;
    expect(verdict?.tornSchedules).toBe(0);
    expect(verdict?.schedules).toBeGreaterThan(10);
  });

  it('naive: T2 decodes a torn instruction, flagged in thread data, listing and caption', () => {
    const tornState = naive.find((s) => s.data.threads.some((t) => t.status === 'torn'));
    if (!tornState) throw new Error('no torn state');
    const t2 = tornState.data.threads.find((t) => t.id === 'T2');
    expect(t2?.lastExecuted?.whole).toBe(false);
    expect(tornState.data.torn?.thread).toBe('T2');
    expect(tornState.caption.en).toContain(tornState.data.torn?.bytes ?? '???');
    expect(tornState.caption.en).toContain(tornState.data.torn?.text ?? '???');
    expect(tornState.data.listing.rows.some((r) => r.isTorn)).toBe(true);
    expect(naive[naive.length - 1]?.data.verdict?.tornSchedules).toBeGreaterThan(0);
  });

  it('naive: the schedule is the one the interleaving search finds, not a hand-picked one', () => {
    const layout = buildOldLayout(WORKED_EXAMPLE);
    if (!layout.ok) throw new Error('layout');
    const l = layout.layout;
    const found = findSchedule(
      {
        layout: l,
        before: l.loaded,
        writes: naiveOverwrite(l),
        starts: [{ label: 'entry+2', ip: l.entry + 2, stack: [l.returnAddress] }],
      },
      (o) => o.torn !== undefined,
    );
    expect(found?.writesBefore[0]).toBe(stepsBeforeFirstWrite(naive, 'T2'));
    const tornState = naive.find((s) => s.data.torn);
    expect(tornState?.data.torn?.address).toBe(found?.torn?.instruction.address);
    expect(tornState?.data.torn?.text).toBe(found?.torn?.instruction.text);
  });

  it('has one checkpoint with three choices; the next state reveals the correct one', () => {
    for (const states of [twoStep, naive]) {
      const at = states.findIndex((s) => s.checkpoint);
      expect(states.filter((s) => s.checkpoint)).toHaveLength(1);
      const cp = states[at]?.checkpoint;
      expect(cp?.choices).toHaveLength(3);
      const reveal = states[at + 1];
      expect(reveal?.data.event).toEqual({ kind: 'step', thread: 'T1' });
      const t1 = reveal?.data.threads.find((t) => t.id === 'T1');
      const correct = cp?.choices.find((c) => c.correct)?.id;
      const expected = t1?.ip === 0x00476c79 ? 'padding' : t1?.ip === 0x10001000 ? 'replacement' : 'old';
      expect(correct).toBe(expected);
    }
    expect(twoStep.find((s) => s.checkpoint)?.checkpoint?.choices.find((c) => c.correct)?.id).toBe('padding');
    expect(naive.find((s) => s.checkpoint)?.checkpoint?.choices.find((c) => c.correct)?.id).toBe('replacement');
  });

  it('write captions carry the written bytes; step captions carry the executed bytes', () => {
    for (const s of [...twoStep, ...naive]) {
      const e = s.data.event;
      if (e.kind === 'write') {
        const w = s.data.writes[e.index - 1];
        expect(s.caption.en).toContain(`→ ${w?.bytes ?? '???'}`);
        expect(s.caption.ja).toContain(`→ ${w?.bytes ?? '???'}`);
      }
      if (e.kind === 'step') {
        const t = s.data.threads.find((x) => x.id === e.thread);
        expect(s.caption.en).toContain(t?.lastExecuted?.bytes ?? '???');
        expect(s.changed).toContain(`thread-${e.thread}`);
      }
    }
  });

  it('two-step: the writes land padding first, then the entry', () => {
    expect(twoStep[0]?.data.writes.map((w) => `${w.addressText} ${w.bytes}`)).toEqual([
      '00476C79 E9 82 A3 B8 0F',
      '00476C7E EB F9',
    ]);
  });
});
