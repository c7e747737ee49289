/**
 * Figure `old-race`: the story, run on the model (the writes, the threads, the schedules that tear
 * or not), as an ordered list of states. The data the view draws is in data.ts, the words in words.ts.
 */

import type { FigureDefinition, SceneState } from '../shared/scene-types';
import { type Localized, L } from '../../i18n/lang';
import { hexAddress, hexBytes } from '../../model/x86/hex';
import { writeBytes, type Memory } from '../../model/x86/memory';
import { buildOldLayout, WORKED_EXAMPLE, type OldLayout } from '../../model/old/layout';
import { patchRecordFor } from '../../model/old/patch-record';
import { naiveOverwrite, planWrites, type PatchWrite } from '../../model/old/protocol';
import { step, type Thread } from '../../model/old/thread';
import {
  enumerateInterleavings,
  findSchedule,
  type InterleavingSpec,
  type ScheduleOutcome,
  type ThreadStart,
} from '../../model/old/interleavings';
import { newCodeVersion, oldCodeVersion, wholeness } from '../../model/old/whole-instruction';
import { byteListing } from '../shared/byte-listing';
import { changedKeys } from '../shared/changes';
import type {
  ExecutedView,
  OldRaceData,
  OldRaceParams,
  RaceEvent,
  RaceThreadView,
  RaceVerdict,
  RaceWriteView,
  ThreadId,
  TornView,
} from './data';
import { checkpointFor, describe, listEn, startLabel } from './words';

const THREAD_IDS: readonly ThreadId[] = ['T1', 'T2', 'T3'];

function layoutOrThrow(): OldLayout {
  const r = buildOldLayout(WORKED_EXAMPLE);
  // The worked example is a constant; failing here is a programming error, not a user input.
  if (!r.ok) throw new Error(r.error.en);
  return r.layout;
}

function writesFor(layout: OldLayout, mode: OldRaceParams['write']): readonly PatchWrite[] {
  if (mode === 'naive') return naiveOverwrite(layout);
  const plan = planWrites(patchRecordFor(layout));
  if (!plan.ok) throw new Error(plan.failure.message.en);
  return plan.writes;
}

function startsFor(layout: OldLayout): Record<ThreadId, ThreadStart> {
  return {
    T1: { label: 'before the call', ip: layout.callSite, stack: [] },
    T2: { label: 'entry+2', ip: layout.entry + 2, stack: [layout.returnAddress] },
    T3: { label: 'entry+5', ip: layout.entry + 5, stack: [layout.returnAddress] },
  };
}

/** Each thread's own schedule, chosen by searching the exhaustive interleavings. */
function chooseProjections(
  layout: OldLayout,
  writes: readonly PatchWrite[],
  mode: OldRaceParams['write'],
): Record<ThreadId, ScheduleOutcome> {
  const starts = startsFor(layout);
  const search = (
    w: readonly PatchWrite[],
    start: ThreadStart,
    pred: (o: ScheduleOutcome) => boolean,
  ): ScheduleOutcome => {
    const spec: InterleavingSpec = { layout, before: layout.loaded, writes: w, starts: [start] };
    const found = findSchedule(spec, pred);
    if (!found) throw new Error(`no schedule for ${start.label}`);
    return found;
  };
  // T2's moment is the first tearing schedule of the naive overwrite; in two-step mode the same
  // writes land at that same moment, so the two runs differ only in what is written.
  const naiveT2 = search(naiveOverwrite(layout), starts.T2, (o) => o.torn !== undefined);
  const at = naiveT2.writesBefore[0] ?? 0;
  const t2 = mode === 'naive' ? naiveT2 : search(writes, starts.T2, (o) => o.writesBefore.every((p) => p === at));
  // T1 has made its call (one step) when the writes land; T3 has not moved.
  const t1 = search(writes, starts.T1, (o) => o.writesBefore.every((p) => p === 1));
  const t3 = search(writes, starts.T3, (o) => o.writesBefore.every((p) => p === 0));
  return { T1: t1, T2: t2, T3: t3 };
}

/** Steps worth showing: up to the thread's arrival in the replacement function (the rest is ordinary code). */
function shownSteps(o: ScheduleOutcome): number {
  const arrived = o.trace.findIndex((s) => s.role === 'patch');
  return arrived === -1 ? o.trace.length : arrived;
}

/** Merges per-thread projections into one global order: threads in order before each write, then round-robin. */
function mergeSchedule(p: Record<ThreadId, ScheduleOutcome>, writeCount: number): string[] {
  const order: string[] = [];
  const done: Record<ThreadId, number> = { T1: 0, T2: 0, T3: 0 };
  const total = (id: ThreadId) => shownSteps(p[id]);
  for (let w = 0; w < writeCount; w++) {
    for (const id of THREAD_IDS) {
      const before = Math.min(p[id].writesBefore[w] ?? 0, total(id));
      while (done[id] < before) {
        order.push(id);
        done[id]++;
      }
    }
    order.push(`W${w + 1}`);
  }
  while (THREAD_IDS.some((id) => done[id] < total(id))) {
    for (const id of THREAD_IDS) {
      if (done[id] < total(id)) {
        order.push(id);
        done[id]++;
      }
    }
  }
  return order;
}

/** Thread labels shown next to each instruction pointer. */
const LABELS: Record<ThreadId, Localized> = {
  T1: L('T1: about to call the function', 'T1：これから関数を呼び出す'),
  T2: L('T2: has just executed mov edi, edi', 'T2：mov edi, edi を実行した直後'),
  T3: L('T3: further inside the function', 'T3：関数のさらに奥'),
};

export function buildOldRace(params: OldRaceParams): SceneState<OldRaceData>[] {
  const layout = layoutOrThrow();
  const mode = params.write;
  const writes = writesFor(layout, mode);
  const projections = chooseProjections(layout, writes, mode);
  const order = mergeSchedule(projections, writes.length);
  const a = (n: number) => hexAddress(n, 'x86');

  const oldCode = oldCodeVersion(layout.loaded, layout.regions, 'x86');
  const after = writes.reduce((m, w) => writeBytes(m, w.address, w.bytes), layout.loaded);
  const newCode = newCodeVersion(oldCode, after, writes, 'x86');
  const inReplacement = (ip: number) => ip >= layout.patchEntry && ip < layout.patchEnd;

  // Replay the global schedule on the model.
  const starts = startsFor(layout);
  let memory: Memory = layout.loaded;
  const threads = new Map<ThreadId, { thread: Thread; view: RaceThreadView }>(
    THREAD_IDS.map((id) => [
      id,
      {
        thread: {
          id,
          ip: starts[id].ip,
          stack: starts[id].stack,
          exitAddress: layout.returnAddress,
          status: 'running',
        },
        view: { id, label: LABELS[id], ip: starts[id].ip, ipText: a(starts[id].ip), status: 'running', steps: 0 },
      },
    ]),
  );
  let landed = 0;
  let torn: TornView | undefined;
  const tornAddresses: number[] = [];

  interface Frame {
    readonly event: RaceEvent;
    readonly memory: Memory;
    readonly previous: Memory;
    readonly threads: RaceThreadView[];
    readonly landed: number;
    readonly torn: TornView | undefined;
    readonly tornAddresses: number[];
    readonly position: number;
  }
  const snapshot = (event: RaceEvent, previous: Memory, position: number): Frame => ({
    event,
    memory,
    previous,
    threads: THREAD_IDS.map((id) => threads.get(id)?.view).filter((v): v is RaceThreadView => v !== undefined),
    landed,
    torn,
    tornAddresses: [...tornAddresses],
    position,
  });

  const frames: Frame[] = [snapshot({ kind: 'start' }, memory, 0)];
  order.forEach((ev, i) => {
    const previous = memory;
    if (ev.startsWith('W')) {
      const w = writes[landed];
      if (w) memory = writeBytes(memory, w.address, w.bytes);
      landed++;
      frames.push(snapshot({ kind: 'write', index: landed }, previous, i + 1));
      return;
    }
    const id = ev as ThreadId;
    const entry = threads.get(id);
    if (!entry) return;
    const r = step(entry.thread, memory, 'x86');
    const w = wholeness(r.executed, oldCode, newCode);
    const executed: ExecutedView = {
      address: r.executed.address,
      addressText: a(r.executed.address),
      bytes: hexBytes(r.executed.bytes),
      text: r.executed.text,
      valid: r.executed.valid,
      whole: w.whole,
      matches: w.whole ? w.matches : [],
    };
    let status: RaceThreadView['status'] = r.thread.status;
    if (!w.whole) {
      status = 'torn';
      const span = r.executed.bytes.map((_, k) => r.executed.address + k);
      const fromWrite = span.filter((addr) =>
        writes.some((wr) => addr >= wr.address && addr < wr.address + wr.bytes.length),
      ).length;
      torn = {
        thread: id,
        address: r.executed.address,
        addressText: a(r.executed.address),
        bytes: executed.bytes,
        text: executed.text,
        fromWrite,
        fromOld: span.length - fromWrite,
      };
      tornAddresses.push(r.executed.address);
    } else if (inReplacement(r.thread.ip)) status = 'in-replacement';
    // A torn thread is shown stuck at the garbage it fetched: what follows is undefined.
    entry.thread = status === 'torn' ? { ...r.thread, ip: r.executed.address, status: 'faulted' } : r.thread;
    entry.view = {
      ...entry.view,
      ip: entry.thread.ip,
      ipText: a(entry.thread.ip),
      status,
      steps: entry.view.steps + 1,
      lastExecuted: executed,
    };
    frames.push(snapshot({ kind: 'step', thread: id }, previous, i + 1));
  });
  frames.push({ ...snapshot({ kind: 'summary' }, memory, order.length) });

  // The exhaustive result over every start and every placement of the writes.
  const all = enumerateInterleavings({ layout, before: layout.loaded, writes });
  const tornAll = all.filter((o) => o.torn);
  const verdict: RaceVerdict = {
    schedules: all.length,
    tornSchedules: tornAll.length,
    starts: [...new Set(all.map((o) => o.start.label))],
    tornStarts: [...new Set(tornAll.map((o) => o.start.label))],
    tornStartsText: L('', ''),
  };
  const tornLabels = verdict.tornStarts.map(startLabel);
  const verdictWithText: RaceVerdict = {
    ...verdict,
    tornStartsText: L(listEn(tornLabels.map((l) => l.en)), tornLabels.map((l) => l.ja).join('、')),
  };

  const writeViews = (n: number): RaceWriteView[] =>
    writes.map((w, k) => ({
      index: k + 1,
      address: w.address,
      addressText: a(w.address),
      bytes: hexBytes([...w.bytes]),
      landed: k < n,
    }));

  const checkpointAt = frames.findIndex((f) => f.event.kind === 'write' && f.event.index === writes.length);

  const states: SceneState<OldRaceData>[] = [];
  let prevSig: Map<string, string> | undefined;
  frames.forEach((f, i) => {
    const listing = byteListing(f.memory, layout.regions, 'x86', { previous: f.previous, torn: f.tornAddresses });
    const data: OldRaceData = {
      write: mode,
      event: f.event,
      schedule: { order, position: f.position },
      listing,
      writes: writeViews(f.landed),
      threads: f.threads,
      ...(f.torn ? { torn: f.torn } : {}),
      ...(f.event.kind === 'summary' ? { verdict: verdictWithText } : {}),
      sources:
        mode === 'naive'
          ? ['chen11', 'detours']
          : f.event.kind === 'summary'
            ? ['chen11', 'ishai', 'tk-hdr', 'intel-sdm', 'intel-sdm-xmc']
            : ['chen11', 'ishai', 'tk-hdr'],
    };
    const text = describe(f, frames[i - 1], { layout, mode, writes, verdict: verdictWithText, a });
    const sig = signature(data);
    const checkpoint = i === checkpointAt ? checkpointFor(layout, f, mode, a) : undefined;
    states.push({
      caption: text.caption,
      note: text.note,
      changed: i === 0 ? [] : changedKeys(prevSig, sig),
      data,
      ...(checkpoint ? { checkpoint } : {}),
    });
    prevSig = sig;
  });
  return states;
}

function signature(data: OldRaceData): Map<string, string> {
  const sig = new Map<string, string>();
  for (const row of data.listing.rows) row.byteIds.forEach((id, j) => sig.set(id, row.bytes[j] ?? ''));
  for (const t of data.threads) sig.set(`thread-${t.id}`, `${t.ip}-${t.status}-${t.steps}`);
  for (const w of data.writes) sig.set(`write-${w.index}`, String(w.landed));
  if (data.torn) sig.set('panel-torn', JSON.stringify(data.torn));
  if (data.verdict) sig.set('panel-verdict', JSON.stringify(data.verdict));
  return sig;
}

export const oldRace: FigureDefinition<OldRaceData, OldRaceParams> = {
  id: 'old-race',
  order: 2,
  title: L('Patching a function while threads run through it', 'スレッドが動いている関数にパッチを当てる'),
  description: L(
    'Three threads execute the function while the patch is written. With the real two-step protocol every thread executes only whole instructions of the old or the new code. With a naive five-byte overwrite, a thread that had already executed mov edi, edi decodes the middle of the new jump as an instruction nobody wrote. The schedule shown is taken from an exhaustive search of all interleavings in this site’s model.',
    'パッチの書き込み中に 3 つのスレッドが関数を実行します。本来の 2 段階の方法では、どのスレッドも古いコードか新しいコードの完全な命令だけを実行します。5 バイトを 1 回で上書きする単純な方法では、mov edi, edi を実行済みのスレッドが新しいジャンプの途中を、誰も書いていない命令として解釈してしまいます。示しているスケジュールは、すべてのインターリーブを本サイトのモデル上で網羅的に探索した結果から選んだものです。',
  ),
  defaults: { write: 'two-step' },
  build: buildOldRace,
};

export default oldRace;
