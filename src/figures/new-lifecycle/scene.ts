/**
 * Figure `new-lifecycle`: the story, run on the model, as an ordered list of states. The data the
 * view draws is in data.ts, the projection to it in project.ts, the words of each step in words.ts.
 */
import type { FigureDefinition, SceneState } from '../shared/scene-types';
import { monthName } from '../../model/timeline/partial-date';
import {
  applyHotpatch,
  baselineRestart,
  bootMachine,
  exampleDll,
  exampleDllPatch,
  expectOk,
  startProcess,
  type ImageFile,
  type ImageIdentity,
  type Machine,
} from '../../model/vbs/index';
import { changedKeys } from '../shared/changes';
import {
  LATE_PROCESS_MONTH,
  LIFECYCLE_MONTHS,
  type LifecycleEvent,
  type MonthSnapshotView,
  NEW_LIFECYCLE_DEFAULTS,
  type NewLifecycleData,
  type NewLifecycleParams,
  normalizeLifecycleParams,
} from './data';
import { dataOf, elements } from './project';
import { APP, TOOL, planOf, type Snapshot } from './example';
import { stepWords } from './words';

/** Made-up identities of example.dll, one per baseline in order. */
const BASELINE_IDENTITIES: readonly ImageIdentity[] = [
  { checkSum: 0x0004a1d3, timeDateStamp: 0x3f9c2e11 },
  { checkSum: 0x0004a7f0, timeDateStamp: 0x52b8d0a4 },
  { checkSum: 0x0004aa19, timeDateStamp: 0x61c4f3e8 },
];

const appPid = (baselineIndex: number): number => 1200 + 100 * baselineIndex;

export function story(unplanned: boolean): Snapshot[] {
  const out: Snapshot[] = [];
  let machine: Machine | undefined;
  let baselineIndex = -1;
  let baselineMonth = 0;
  let dll: ImageFile | undefined;
  let sequence = 0;
  const startedIn = new Map<number, number>();
  const releasedIn = new Map<string, number>();
  const snap = (event: LifecycleEvent, month: number, m: Machine): void => {
    out.push({
      event,
      month,
      machine: m,
      baselineMonth,
      startedIn: new Map(startedIn),
      releasedIn: new Map(releasedIn),
    });
  };

  for (const month of LIFECYCLE_MONTHS) {
    const plan = planOf(month, unplanned);
    if (plan.kind === 'baseline') {
      baselineIndex += 1;
      const identity = BASELINE_IDENTITIES[baselineIndex];
      if (!identity) throw new Error('new-lifecycle: not enough example identities for the baselines');
      dll = exampleDll(identity);
      baselineMonth = month;
      sequence = 0;
      const kind = plan.reason === 'unplanned-baseline' ? 'unplanned-baseline' : 'planned-baseline';
      // The first month is where the story starts: the machine boots into that baseline.
      const restarted = machine ? baselineRestart(machine, [dll], kind) : bootMachine([dll]);
      const pid = appPid(baselineIndex);
      startedIn.set(pid, month);
      machine = expectOk(startProcess(restarted, { pid, name: APP, dlls: [dll.name] }));
      snap(kind, month, machine);
    } else {
      if (!machine || !dll) throw new Error('new-lifecycle: the story must start with a baseline');
      sequence += 1;
      const patch = exampleDllPatch(dll, sequence, monthName(baselineMonth, 'en').toLowerCase().slice(0, 3));
      releasedIn.set(patch.path, month);
      machine = expectOk(applyHotpatch(machine, patch));
      snap('hotpatch', month, machine);
    }
    if (month === LATE_PROCESS_MONTH && machine && dll) {
      startedIn.set(TOOL.pid, month);
      machine = expectOk(startProcess(machine, { pid: TOOL.pid, name: TOOL.name, dlls: [dll.name] }));
      snap('process-start', month, machine);
    }
  }
  return out;
}

export function buildNewLifecycle(params: NewLifecycleParams): SceneState<NewLifecycleData>[] {
  const { unplanned } = normalizeLifecycleParams(params);
  const states: SceneState<NewLifecycleData>[] = [];
  let previous: NewLifecycleData | undefined;
  // The last step of each month so far: the state of that month's column once it has ended.
  const ended = new Map<number, MonthSnapshotView>();
  for (const s of story(unplanned)) {
    const own = dataOf(s, unplanned);
    const data: NewLifecycleData = { ...own, history: [...ended.values()].filter((h) => h.month < own.month) };
    ended.set(data.month, {
      month: data.month,
      event: data.event,
      disk: data.disk,
      chain: data.chain,
      processes: data.processes,
    });
    const t = stepWords(data, previous);
    const changed = previous ? changedKeys(elements(previous), elements(data)) : [];
    states.push({
      caption: t.caption,
      note: t.note,
      changed,
      data,
      ...(t.checkpoint ? { checkpoint: t.checkpoint } : {}),
    });
    previous = data;
  }
  return states;
}

export const newLifecycle: FigureDefinition<NewLifecycleData, NewLifecycleParams> = {
  id: 'new-lifecycle',
  order: 5,
  title: {
    en: 'Baselines and hotpatches over six months',
    ja: '半年間のベースラインとホットパッチ',
  },
  description: {
    en: 'A month-by-month timeline from January to June for one DLL on a hotpatch-enabled machine. January is a baseline (the cumulative update installs the image and the machine restarts); in February and March hotpatches with rising sequence numbers target that image’s CheckSum and TimeDateStamp, the newer superseding the older, while a running process keeps the superseded patch mapped; a process started in March maps only the base and the newest patch. April’s baseline replaces the image on disk and restarts, and the patch chain starts over. In May the new chain begins again; in June either a second hotpatch arrives or, in the unplanned variant, a fix that cannot be hotpatched turns June into an extra baseline with a restart. Identities and sequence numbers are made up; the chain reset and how running processes are patched are labelled as inference and undocumented.',
    ja: 'ホットパッチが有効なマシン上の 1 つの DLL を、1 月から 6 月まで月ごとにたどるタイムラインです。1 月はベースライン（累積更新プログラムがイメージを入れ、マシンが再起動）で、2 月と 3 月にはシーケンス番号が増えていくホットパッチがそのイメージの CheckSum と TimeDateStamp を対象に届き、新しいものが古いものを置き換えます。動き続けているプロセスには置き換え済みのパッチもマップされたまま残り、3 月に起動したプロセスはベースと最新のパッチだけをマップします。4 月のベースラインでディスク上のイメージが置き換わって再起動し、パッチチェーンはやり直しになります。5 月に新しいパッチチェーンが始まり、6 月は 2 つ目のホットパッチが届くか、計画外ベースラインの場合はホットパッチにできない修正のために再起動を伴う追加のベースラインになります。識別情報とシーケンス番号は説明用で、パッチチェーンのリセットと動作中のプロセスへの適用方法は、それぞれ推測・非公開である旨を示しています。',
  },
  defaults: NEW_LIFECYCLE_DEFAULTS,
  build: buildNewLifecycle,
};

export default newLifecycle;
