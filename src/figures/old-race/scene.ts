/**
 * Figure `old-race`: why the two-write protocol is safe and a naive overwrite is not.
 *
 * Params (`OldRaceParams`): { write: 'two-step' | 'naive' }. Layout: the worked example (x86, CC
 * padding, entry 00476C7E, replacement at the made-up 10001000).
 *
 * Three threads run while the patch lands: T1 is about to call the function, T2 has just executed
 * mov edi, edi, T3 is further inside. The global schedule is NOT hand-picked: each thread's part of
 * it is taken from the exhaustive interleaving search (model/old/interleavings.ts) — in 'naive'
 * mode, T2's is the first schedule the search finds that tears — then merged and replayed on the
 * model, one event per state. A final state reports the exhaustive result over all schedules.
 *
 * `data: OldRaceData`:
 *   write       'two-step' | 'naive'
 *   event       { kind: 'start' } | { kind: 'step', thread } | { kind: 'write', index } | { kind: 'summary' }
 *   schedule    { order: ['T1', 'W1', …], position }: the whole global schedule and how much has run
 *   listing     ByteListing of the current memory (rows with isTorn where a thread decoded garbage)
 *   writes      [{ index, address, addressText, bytes, landed }]
 *   threads     [{ id, label, ip, ipText, status, steps, lastExecuted? }] where lastExecuted is
 *               decoded from the bytes at fetch time: { address, addressText, bytes, text, valid,
 *               whole, matches: ('old' | 'new')[] } (whole=false: a torn instruction)
 *   torn?       { thread, address, addressText, bytes, text, fromWrite, fromOld } (from the torn step on)
 *   verdict?    (summary) { schedules, tornSchedules, starts, tornStarts, tornStartsText{en,ja} }:
 *               the exhaustive result over every start and every placement of the writes
 * One state (right after the last write) carries a checkpoint: "Where does T1 go next?"; the next
 * state reveals it.
 *
 * Drawn element ids used in `changed`: `byte-<ADDR>`, `thread-T1|T2|T3`, `write-<n>`, `panel-torn`,
 * `panel-verdict`.
 */

import type { Checkpoint, FigureDefinition, SceneState } from '../shared/scene-types';
import type { Localized } from '../../i18n/lang';
import { hexAddress, hexBytes } from '../../model/x86/hex';
import { writeBytes, type Memory } from '../../model/x86/memory';
import { buildOldLayout, WORKED_EXAMPLE, type OldLayout } from '../../model/old/layout';
import { patchRecordFor } from '../../model/old/patch-record';
import { naiveOverwrite, planWrites, type PatchWrite } from '../../model/old/protocol';
import { step, type Thread } from '../../model/old/thread';
import { enumerateInterleavings, findSchedule, type InterleavingSpec, type ScheduleOutcome, type ThreadStart } from '../../model/old/interleavings';
import { newCodeVersion, oldCodeVersion, wholeness } from '../../model/old/whole-instruction';
import { byteListing, diffText, type ByteListing } from '../shared/byte-listing';
import { changedKeys } from '../shared/changes';
import { L } from '../../i18n/lang';

export interface OldRaceParams {
  readonly write: 'two-step' | 'naive';
}

export type ThreadId = 'T1' | 'T2' | 'T3';

export interface ExecutedView {
  readonly address: number;
  readonly addressText: string;
  readonly bytes: string;
  readonly text: string;
  readonly valid: boolean;
  /** True when these bytes are a whole instruction of the old or the new code at this address. */
  readonly whole: boolean;
  readonly matches: readonly ('old' | 'new')[];
}

export interface RaceThreadView {
  readonly id: ThreadId;
  readonly label: Localized;
  readonly ip: number;
  readonly ipText: string;
  readonly status: 'running' | 'returned' | 'in-replacement' | 'torn' | 'trapped' | 'faulted';
  readonly steps: number;
  readonly lastExecuted?: ExecutedView;
}

export interface RaceWriteView {
  readonly index: number;
  readonly address: number;
  readonly addressText: string;
  readonly bytes: string;
  readonly landed: boolean;
}

export type RaceEvent =
  | { readonly kind: 'start' }
  | { readonly kind: 'step'; readonly thread: ThreadId }
  | { readonly kind: 'write'; readonly index: number }
  | { readonly kind: 'summary' };

export interface TornView {
  readonly thread: ThreadId;
  readonly address: number;
  readonly addressText: string;
  readonly bytes: string;
  readonly text: string;
  /** How many of the decoded bytes came from the new write, and how many from the old code. */
  readonly fromWrite: number;
  readonly fromOld: number;
}

export interface RaceVerdict {
  readonly schedules: number;
  readonly tornSchedules: number;
  /** Starting points checked (model labels: `before the call`, `entry`, `entry+2`, …). */
  readonly starts: readonly string[];
  readonly tornStarts: readonly string[];
  /** The torn starting points, for captions. */
  readonly tornStartsText: Localized;
}

function listEn(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

function startLabel(label: string): Localized {
  if (label === 'before the call') return L('before the call', '呼び出し前');
  if (label === 'entry') return L('at the entry', 'エントリ');
  return L(`at ${label}`, label.replace('entry', 'エントリ'));
}

export interface OldRaceData {
  readonly write: OldRaceParams['write'];
  readonly event: RaceEvent;
  readonly schedule: { readonly order: readonly string[]; readonly position: number };
  readonly listing: ByteListing;
  readonly writes: readonly RaceWriteView[];
  readonly threads: readonly RaceThreadView[];
  readonly torn?: TornView;
  readonly verdict?: RaceVerdict;
  readonly sources: readonly string[];
}

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
function chooseProjections(layout: OldLayout, writes: readonly PatchWrite[], mode: OldRaceParams['write']): Record<ThreadId, ScheduleOutcome> {
  const starts = startsFor(layout);
  const search = (w: readonly PatchWrite[], start: ThreadStart, pred: (o: ScheduleOutcome) => boolean): ScheduleOutcome => {
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
        thread: { id, ip: starts[id].ip, stack: starts[id].stack, exitAddress: layout.returnAddress, status: 'running' },
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
      const fromWrite = span.filter((addr) => writes.some((wr) => addr >= wr.address && addr < wr.address + wr.bytes.length)).length;
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
    entry.view = { ...entry.view, ip: entry.thread.ip, ipText: a(entry.thread.ip), status, steps: entry.view.steps + 1, lastExecuted: executed };
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
    writes.map((w, k) => ({ index: k + 1, address: w.address, addressText: a(w.address), bytes: hexBytes([...w.bytes]), landed: k < n }));

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
      sources: mode === 'naive' ? ['chen11', 'detours'] : ['chen11', 'ishai', 'tk-hdr'],
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

interface DescribeCtx {
  readonly layout: OldLayout;
  readonly mode: OldRaceParams['write'];
  readonly writes: readonly PatchWrite[];
  readonly verdict: RaceVerdict;
  readonly a: (n: number) => string;
}

interface FrameLike {
  readonly event: RaceEvent;
  readonly memory: Memory;
  readonly previous: Memory;
  readonly threads: readonly RaceThreadView[];
  readonly landed: number;
  readonly torn: TornView | undefined;
}

function describe(f: FrameLike, prev: FrameLike | undefined, ctx: DescribeCtx): { caption: Localized; note: Localized } {
  const { layout, mode, writes, verdict, a } = ctx;
  const ip = (id: ThreadId) => a(f.threads.find((t) => t.id === id)?.ip ?? 0);
  switch (f.event.kind) {
    case 'start':
      return {
        caption: L(
          `Three threads are using the function while the patch goes in: T1 is about to call it (IP ${ip('T1')}), T2 has just executed mov edi, edi (IP ${ip('T2')}), T3 is further inside (IP ${ip('T3')}). ${
            mode === 'two-step'
              ? 'The patch is written the real way: a long jump into the padding, then 2 bytes at the entry.'
              : 'This time the patch is written naively: one 5-byte jump over the first bytes of the live function.'
          }`,
          `パッチを当てている最中にも 3 つのスレッドがこの関数を使っています。T1 はこれから呼び出すところ（命令ポインター ${ip('T1')}）、T2 は mov edi, edi を実行した直後（${ip('T2')}）、T3 はさらに奥（${ip('T3')}）にいます。${
            mode === 'two-step'
              ? '今回は本来の方法で書き込みます。まずパディングに長いジャンプ、次にエントリに 2 バイトです。'
              : '今回は素朴な方法で書き込みます。動いている関数の先頭に 5 バイトのジャンプを 1 回で上書きします。'
          }`,
        ),
        note: L(
          'A thread’s instruction pointer is the address it will fetch next. Each thread fetches an instruction from memory as it is at that moment. Ask the room which thread is most at risk.',
          '命令ポインターは、スレッドが次に命令を読み出すアドレスです。スレッドはその時点のメモリから命令を読み出します。どのスレッドがいちばん危ないか、受講者に聞いてみましょう。',
        ),
      };
    case 'write': {
      const k = f.event.index;
      const change = diffText(f.previous, f.memory, 'x86');
      const w = writes[k - 1];
      const inside = w
        ? f.threads.filter((t) => t.status === 'running' && t.ip > w.address && t.ip < w.address + w.bytes.length)
        : [];
      const insideEn = inside.map((t) => `${t.id}’s IP, ${t.ipText}, now points into the middle of the new jump.`).join(' ');
      const insideJa = inside.map((t) => `${t.id} の命令ポインター ${t.ipText} は、新しいジャンプ命令の途中を指しています。`).join('');
      const isPadding = w !== undefined && w.address === layout.paddingStart;
      const restEn = insideEn || (isPadding ? 'No thread runs the padding, so nobody notices.' : 'A thread fetching at the entry from now on gets the new jump.');
      const restJa = insideJa || (isPadding ? 'パディングを実行するスレッドはないので、誰も気づきません。' : 'これ以降にエントリから命令を読み出すスレッドは、新しいジャンプを実行します。');
      return {
        caption: L(`Write ${k} of ${writes.length} lands: ${change.en}. ${restEn}`, `${writes.length} 回中 ${k} 回目の書き込みです（${change.ja}）。${restJa}`),
        note:
          mode === 'naive'
            ? L(
                'The five bytes were three instructions (mov edi, edi; push ebp; mov ebp, esp). A thread between them is now inside one 5-byte instruction. Even suspending every thread would not help: a new thread can start at any time.',
                'この 5 バイトは 3 つの命令（mov edi, edi、push ebp、mov ebp, esp）でした。その間にいたスレッドは、今や 1 つの 5 バイト命令の途中にいます。全スレッドを停止しても解決しません。新しいスレッドはいつでも作られ得るからです。',
              )
            : isPadding
              ? L(
                  'The padding is never executed, so this write is invisible to every thread. Point out that no IP is inside the written bytes.',
                  'パディングは実行されないので、この書き込みはどのスレッドからも見えません。書き込まれたバイトの中を指している命令ポインターがないことを示してください。',
                )
              : L(
                  'One 2-byte instruction replaced by one 2-byte instruction: every thread is either before it or past it, never inside it.',
                  '2 バイトの命令を 2 バイトの命令で置き換えるので、どのスレッドもその命令の前か後ろにいて、途中にいることはありません。',
                ),
      };
    }
    case 'step': {
      const id = f.event.thread;
      const t = f.threads.find((x) => x.id === id);
      const ex = t?.lastExecuted;
      if (!t || !ex) return { caption: L('', ''), note: L('', '') };
      if (t.status === 'torn' && f.torn) {
        const tv = f.torn;
        return {
          caption: L(
            `${id} fetches at ${tv.addressText} and decodes ${tv.bytes} as “${tv.text}” — an instruction nobody wrote: ${tv.fromWrite} bytes from the middle of the new jump and ${tv.fromOld} from the old code. From here on, what it does is undefined.`,
            `${id} は ${tv.addressText} から命令を読み出し、${tv.bytes} を「${tv.text}」と解釈します。誰も書いていない命令です。新しいジャンプの途中の ${tv.fromWrite} バイトと、古いコードの ${tv.fromOld} バイトからできています。ここから先の動作は予測できません。`,
          ),
          note: L(
            'This is the torn instruction: the thread is at an instruction boundary of the old code, but those bytes now belong to the middle of the new jump. Typically the process crashes, or worse, keeps running with corrupted state.',
            'これが「ちぎれた命令」です。スレッドは古いコードの命令境界にいますが、そのバイトは今や新しいジャンプの途中の一部です。多くの場合プロセスはクラッシュし、最悪の場合は壊れた状態のまま動き続けます。',
          ),
        };
      }
      const prevT = prev?.threads.find((x) => x.id === id);
      const fromIp = prevT?.ipText ?? ex.addressText;
      const endEn =
        t.status === 'in-replacement'
          ? ' It has reached the replacement function.'
          : t.status === 'returned'
            ? ' It returned to its caller: it finished on the old code.'
            : '';
      const endJa =
        t.status === 'in-replacement' ? '置き換え関数に到達しました。' : t.status === 'returned' ? '呼び出し元に戻りました。古いコードのまま最後まで実行したことになります。' : '';
      const version = ex.matches.includes('new') && !ex.matches.includes('old') ? 'new' : ex.matches.includes('old') && !ex.matches.includes('new') ? 'old' : 'both';
      const versionEn = version === 'new' ? 'new code' : version === 'old' ? 'old code' : 'unchanged code';
      const versionJa = version === 'new' ? '新しいコード' : version === 'old' ? '古いコード' : '変わっていないコード';
      return {
        caption: L(
          `${id} executes ${ex.text} (${ex.bytes}) at ${fromIp}, a whole instruction of the ${versionEn}; its IP is now ${t.ipText}.${endEn}`,
          `${id} が ${fromIp} の ${ex.text}（${ex.bytes}）を実行しました。${versionJa}の完全な命令です。命令ポインターは ${t.ipText} になりました。${endJa}`,
        ),
        note: L(
          `Follow ${id}’s marker. It fetched the bytes that were in memory at that moment; they form one whole instruction.`,
          `${id} のマーカーを追ってください。その時点でメモリにあったバイトを読み出しており、それは 1 つの完全な命令になっています。`,
        ),
      };
    }
    case 'summary': {
      const n = verdict.schedules;
      const s = verdict.starts.length;
      if (mode === 'two-step') {
        return {
          caption: L(
            `Checked exhaustively: across ${n} schedules (${s} starting points × every placement of the ${writes.length} writes between a thread’s steps), no thread ever executed anything but a whole instruction of the old or the new code.`,
            `すべての組み合わせを確かめました。${n} 通りのスケジュール（${s} か所の開始位置 × ${writes.length} 回の書き込みをスレッドの各ステップの間に置くすべての方法）のどれでも、スレッドが実行したのは古いコードか新しいコードの完全な命令だけでした。`,
          ),
          note: L(
            'This is a model check, not a proof about real CPUs: it assumes each write lands atomically. Intel guarantees that for an aligned 16-bit write, or within one cache line on P6 and later; whether every patch site met that is not documented.',
            'これはモデル上の検査であり、実際の CPU についての証明ではありません。各書き込みが不可分に行われることを前提にしています。Intel は、16 ビット境界に揃った 16 ビットの書き込み、または P6 以降では 1 つのキャッシュライン内の書き込みについてこれを保証していますが、すべてのパッチ位置がこの条件を満たしていたかは文書化されていません。',
          ),
        };
      }
      return {
        caption: L(
          `Checked exhaustively: ${verdict.tornSchedules} of ${n} schedules execute a torn instruction. It can happen to a thread that starts ${verdict.tornStartsText.en}: every thread that can be inside the first five bytes when they are overwritten.`,
          `すべての組み合わせを確かめると、${n} 通り中 ${verdict.tornSchedules} 通りのスケジュールでちぎれた命令が実行されます。起こり得るのは開始位置が ${verdict.tornStartsText.ja} のスレッド、つまり先頭 5 バイトが上書きされる瞬間にその中にいる可能性のあるスレッドすべてです。`,
        ),
        note: L(
          'Compare with the two-step run: same threads, same moment, but there no schedule tears. The difference is only how the bytes are written.',
          '2 段階の書き込みと比べてください。同じスレッド、同じタイミングでも、そちらではちぎれる組み合わせは 1 つもありません。違いはバイトの書き込み方だけです。',
        ),
      };
    }
  }
}

function checkpointFor(layout: OldLayout, f: FrameLike, mode: OldRaceParams['write'], a: (n: number) => string): Checkpoint {
  // The correct answer is computed by stepping T1 on the current memory, not hard-coded.
  const t1 = f.threads.find((t) => t.id === 'T1');
  const ip = t1?.ip ?? layout.entry;
  const probe = step({ id: 'T1', ip, stack: [layout.returnAddress], exitAddress: layout.returnAddress, status: 'running' }, f.memory, 'x86');
  const next = probe.thread.ip;
  const answer = next === layout.paddingStart ? 'padding' : next >= layout.patchEntry && next < layout.patchEnd ? 'replacement' : 'old';
  const pad = a(layout.paddingStart);
  const rep = a(layout.patchEntry);
  const why: Record<string, Localized> = {
    old: L(
      `The bytes at the entry are no longer 8B FF: they are now ${hexBytes(probe.executed.bytes)}.`,
      `エントリのバイトはもう 8B FF ではなく、${hexBytes(probe.executed.bytes)} になっています。`,
    ),
    padding:
      mode === 'two-step'
        ? L(`Right: EB F9 jumps back 7 bytes to ${pad}, where the long jump waits.`, `正解です。EB F9 は 7 バイト戻って ${pad} に飛び、そこに長いジャンプがあります。`)
        : L('The naive write does not use the padding at all.', '素朴な書き込みではパディングをまったく使いません。'),
    replacement:
      mode === 'naive'
        ? L(`Right: the 5-byte jump at the entry goes straight to ${rep}. T1 is fine — watch T2 next.`, `正解です。エントリの 5 バイトのジャンプで ${rep} へ直接飛びます。T1 は無事です。次は T2 に注目してください。`)
        : L(
            `Not directly: a 2-byte jump reaches only −128..+127 bytes, which is why the long jump sits in the padding at ${pad}.`,
            `直接は飛べません。2 バイトのジャンプが届くのは −128～+127 バイトだけです。だから長いジャンプを ${pad} のパディングに置いているのです。`,
          ),
  };
  const choice = (id: string, label: Localized) => ({
    id,
    label,
    correct: id === answer,
    feedback: why[id] ?? L('', ''),
  });
  return {
    question: L(`T1 is at the entry, ${a(ip)}. Where does it go next?`, `T1 はエントリ（${a(ip)}）にいます。次にどこへ行くでしょうか。`),
    choices: [
      choice('old', L('It runs mov edi, edi and the old body', 'mov edi, edi を実行し、古い本体へ進む')),
      choice('padding', L(`It jumps back into the padding at ${pad}`, `${pad} のパディングへ戻るようにジャンプする`)),
      choice('replacement', L(`It jumps straight to the replacement at ${rep}`, `${rep} の置き換え関数へ直接ジャンプする`)),
    ],
  };
}

export const oldRace: FigureDefinition<OldRaceData, OldRaceParams> = {
  id: 'old-race',
  order: 2,
  title: L('Patching a function while threads run through it', 'スレッドが動いている関数にパッチを当てる'),
  description: L(
    'Three threads execute the function while the patch is written. With the real two-step protocol every thread executes only whole instructions of the old or the new code. With a naive five-byte overwrite, a thread that had already executed mov edi, edi decodes the middle of the new jump as an instruction nobody wrote. The schedule shown is taken from an exhaustive search of all interleavings.',
    'パッチの書き込み中に 3 つのスレッドが関数を実行します。本来の 2 段階の方法では、どのスレッドも古いコードか新しいコードの完全な命令だけを実行します。5 バイトを 1 回で上書きする素朴な方法では、mov edi, edi を実行済みのスレッドが新しいジャンプの途中を、誰も書いていない命令として解釈してしまいます。示しているスケジュールは、すべてのインターリーブを網羅的に探索した結果から選んだものです。',
  ),
  defaults: { write: 'two-step' },
  build: buildOldRace,
};

export default oldRace;
