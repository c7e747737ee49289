import { describe, expect, it } from 'vitest';
import { stepWordsProblems } from '../shared/scene-checks';
import hotpatchTimelineDefault, { hotpatchTimeline, timelineEventsFor } from './scene';
import { normalizeTimelineParams } from './data';
import { TIMELINE_EVENTS } from '../../model/timeline/events';
import { comparePartialDates, isPartialDate } from '../../model/timeline/partial-date';

describe('hotpatch-timeline figure', () => {
  it('is exported as default and by name, with the public id', () => {
    expect(hotpatchTimelineDefault).toBe(hotpatchTimeline);
    expect(hotpatchTimeline.id).toBe('hotpatch-timeline');
  });

  it('has one step per event, in date order', () => {
    const scene = hotpatchTimeline.build(hotpatchTimeline.defaults);
    expect(scene).toHaveLength(TIMELINE_EVENTS.length);
    const dates = scene.map((s) => s.data.events[s.data.currentIndex]?.date ?? '');
    for (let i = 1; i < dates.length; i++) {
      expect(comparePartialDates(dates[i - 1] ?? '', dates[i] ?? '')).toBeLessThanOrEqual(0);
    }
    scene.forEach((state, i) => {
      expect(state.data.currentIndex).toBe(i);
      expect(state.data.events[i]?.id).toBe(state.data.currentId);
    });
  });

  it('gives every state both languages and ISO dates', () => {
    const states = hotpatchTimeline.build({ era: 'all' });
    expect(stepWordsProblems(states)).toEqual([]);
    for (const state of states) {
      for (const event of state.data.events) {
        expect(isPartialDate(event.date)).toBe(true);
        if (event.dateAlt !== null) expect(isPartialDate(event.dateAlt)).toBe(true);
      }
    }
  });

  it('puts the current event’s date and title in the caption', () => {
    const scene = hotpatchTimeline.build({ era: 'all' });
    expect(scene[0]?.caption.en).toMatch(/^December 2002: Patent application/);
    expect(scene[0]?.caption.ja).toMatch(/^2002 ?年 ?12 ?月[:：] ?/);
    const ga = scene.find((s) => s.data.currentId === 'ws2022-ae-core-ga');
    expect(ga?.caption.en).toMatch(/^16 February 2022: /);
  });

  it('labels reverse-engineered, unverified and conflicting events', () => {
    const scene = hotpatchTimeline.build({ era: 'all' });
    const byId = (id: string) => scene.find((s) => s.data.currentId === id);
    expect(byId('kernel-hotpatch-layout-observed')?.caption.en).toContain('(reverse-engineered)');
    expect(byId('ws2022-ae-hotpatch-extended')?.caption.en).toContain('unverified');
    expect(byId('ws2022-ae-hotpatch-extended')?.caption.ja).toContain('未確認');
    expect(byId('ws2025-arc-paid')?.caption.en).toMatch(/^1 or 16 July 2025: .*sources disagree/);
    // One sourced date (19 May 2026); the unsourced 15 May is gone (accuracy audit, new era #16).
    expect(byId('ws2025-arc-free')?.caption.ja).toMatch(/^2026 ?年 ?5 ?月 ?19 ?日[:：] ?/);
    expect(byId('ws2025-arc-free')?.caption.ja).not.toContain('または');
  });

  it('filters by era and keeps order', () => {
    for (const era of ['old', 'new'] as const) {
      const scene = hotpatchTimeline.build({ era });
      expect(scene).toHaveLength(TIMELINE_EVENTS.filter((e) => e.era === era).length);
      expect(scene.every((s) => s.data.events.every((e) => e.era === era))).toBe(true);
      expect(scene.map((s) => s.data.currentId)).toEqual(timelineEventsFor(era).map((e) => e.id));
    }
  });

  it('introduces the VBS era once, on the first new-era event', () => {
    const scene = hotpatchTimeline.build({ era: 'all' });
    const remarked = scene.filter((s) => s.note.en.includes('VBS-era design')).map((s) => s.data.currentId);
    const firstNew = scene.find((s) => s.data.events[s.data.currentIndex]?.era === 'new')?.data.currentId;
    expect(remarked).toEqual([firstNew]);
    expect(hotpatchTimeline.build({ era: 'new' }).some((s) => s.note.en.includes('VBS-era design'))).toBe(false);
  });

  it('marks the current event as changed (the step moves the "current" mark to it)', () => {
    const scene = hotpatchTimeline.build({ era: 'all' });
    scene.forEach((state) => expect(state.changed).toEqual([`event-${state.data.currentId}`]));
  });

  it('gives an axis domain covering every event', () => {
    const data = hotpatchTimeline.build({ era: 'all' })[0]?.data;
    // From the Dec 2002 patent application to the end of Jul 2026 (Secure Hotpatch Report).
    expect(data?.domain).toEqual({ start: '2002-12-01', end: '2026-08-01' });
  });

  it('normalises an unknown era to all', () => {
    expect(normalizeTimelineParams({ era: 'bogus' as never })).toEqual({ era: 'all' });
    expect(hotpatchTimeline.build({ era: 'bogus' as never })).toHaveLength(TIMELINE_EVENTS.length);
  });
});
