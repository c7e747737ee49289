import { describe, expect, it } from 'vitest';
import oldSystemFlowDefault, { oldSystemFlow } from './scene';
import { ARROWS, BOXES } from './diagram';
import { FLOW_STEPS } from './words';
import { isDeterministic, sceneProblems } from '../shared/scene-checks';

// Source keys of /work/shared/research/old-hotpatch.md, lower-cased (the content/sources.yaml ids).
const RESEARCH_KEYS = new Set([
  'msvc-hp',
  'msvc-hp-2015',
  'msvc-hp-2010',
  'msvc-fpm',
  'msvc-fpm-old',
  'chen11',
  'chen22',
  'rese',
  'ishai',
  'frei',
  'snrub',
  'km',
  'tn-pkg',
  'tn-lim',
  'tn-dep',
  'kb897341',
  'techrep',
  'wi5',
  'wi6',
  'passing1',
  'passing2',
  'elicz',
  'pat',
  're-hdr',
  're-w7',
  'tk-hdr',
  'tk',
  '0v',
  'cve',
  'chap',
  'ars',
  'itw',
  'isaint',
  'llvm',
  'llvm-d19908',
  'detours',
  'intel-sdm',
  'intel-opt',
  'so-x64',
  'so-xmc',
  'ms2021',
  'seed',
  'vista-sp1-notable',
  'intel-sdm-xmc',
]);

const states = oldSystemFlow.build({});

describe('old-system-flow', () => {
  it('is the default export and has the public id', () => {
    expect(oldSystemFlowDefault).toBe(oldSystemFlow);
    expect(oldSystemFlow.id).toBe('old-system-flow');
  });

  it('has all listed steps with captions and notes in both languages', () => {
    expect(states.length).toBeGreaterThanOrEqual(10);
    expect(sceneProblems(states)).toEqual([]);
    expect(isDeterministic(oldSystemFlow, {})).toBe(true);
  });

  it('every arrow connects existing boxes and never appears before both of them', () => {
    const ids = new Set(BOXES.map((b) => b.id));
    for (const a of ARROWS) {
      expect(ids.has(a.from)).toBe(true);
      expect(ids.has(a.to)).toBe(true);
    }
    for (const s of states) {
      const visible = new Set(s.data.boxes.filter((b) => b.visible).map((b) => b.id));
      for (const a of s.data.arrows.filter((x) => x.visible)) {
        expect(visible.has(a.from) && visible.has(a.to), `${s.data.stepId}: ${a.id}`).toBe(true);
      }
    }
  });

  it('every box and arrow is introduced by some step; visibility only grows', () => {
    const introduced = new Set(FLOW_STEPS.flatMap((s) => [...s.boxes, ...s.arrows]));
    for (const x of [...BOXES, ...ARROWS]) expect(introduced.has(x.id), x.id).toBe(true);
    for (let i = 1; i < states.length; i++) {
      const before = states[i - 1]?.data.boxes.filter((b) => b.visible).length ?? 0;
      expect(states[i]?.data.boxes.filter((b) => b.visible).length).toBeGreaterThanOrEqual(before);
    }
  });

  it('captions say so whenever the step shows something reverse-engineered or unconfirmed', () => {
    for (const s of states) {
      const active = [...s.data.boxes, ...s.data.arrows].filter((x) => x.active);
      if (active.some((x) => x.provenance === 'reverse-engineered')) {
        expect(s.caption.en, s.data.stepId).toMatch(/reverse-engineered/);
        expect(s.caption.ja, s.data.stepId).toMatch(/リバースエンジニアリング/);
      }
      if (active.some((x) => x.provenance === 'unconfirmed')) {
        expect(s.caption.en, s.data.stepId).toMatch(/unconfirmed/);
        expect(s.caption.ja, s.data.stepId).toMatch(/未確認/);
      }
    }
  });

  it('cites only research source keys; documented boxes always cite something', () => {
    for (const x of [...BOXES, ...ARROWS]) {
      for (const k of x.sources) expect(RESEARCH_KEYS.has(k), `${x.id}: ${k}`).toBe(true);
      if (x.provenance !== 'unconfirmed') expect(x.sources.length, x.id).toBeGreaterThan(0);
    }
  });

  it('changed lists the elements that became (or stopped being) the subject of the step', () => {
    expect(states[0]?.changed).toEqual([]);
    const ldr = states.find((s) => s.data.stepId === 'ldr-thread');
    expect(ldr?.changed).toEqual(expect.arrayContaining(['box-ldr-thread-a', 'box-ldr-thread-b', 'arrow-set3-to-a']));
  });
});
