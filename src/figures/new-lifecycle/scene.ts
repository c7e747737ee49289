/**
 * Figure `new-lifecycle`: the image swap across months — baselines, hotpatches that supersede each
 * other, a process started later, and the restart that starts the chain over.
 *
 * Which months are baselines comes from the calendar rule (src/model/calendar/rules.ts: planMonth);
 * what each month does to the machine comes from the VBS model (src/model/vbs): the on-disk image,
 * registrations with sequence numbers, what each process maps and where its calls land. Captions
 * quote those values.
 *
 * Params: { unplanned: boolean }. true (default): June's hotpatch is replaced by an unplanned
 * baseline (a fix that cannot ship as a hotpatch). false: June is an ordinary hotpatch month.
 *
 * `data: NewLifecycleData` per state:
 *   event       'planned-baseline' | 'hotpatch' | 'process-start' | 'unplanned-baseline'
 *   month       the current month (1–12); months: every month shown, with kind/reason/restart
 *   disk        the on-disk example.dll: identity (CheckSum, TimeDateStamp) and the baseline it came with
 *   chain       registered patches for that base: sequence number, status (active / superseded)
 *   processes   running processes: pid, name, month started, modules mapped (base, patches with
 *               sequence number, HotPatchState, how the patch arrived + provenance), where a call lands
 *   restarts    restart markers so far (month, kind)
 *   claims      provenance of what the step shows
 *   illustrative  what is made up
 *   history     every earlier month as it ended (event, disk, chain, processes), oldest first, so a
 *               timeline can fill past columns from this one state
 *
 * Drawn element ids used in `changed`: `month-<n>`, `disk-image`, `patch-chain`, `process-<pid>`,
 * `restart-<month>`.
 */
import type { Checkpoint, FigureDefinition, SceneState } from '../shared/scene-types';
import type { Localized } from '../../i18n/lang';
import { hex } from '../../model/x86/hex';
import { planMonth, type MonthKind, type MonthReason } from '../../model/calendar/rules';
import { monthName } from '../../model/timeline/partial-date';
import {
  CLAIMS,
  PATCHED_FUNCTION,
  applyHotpatch,
  baselineRestart,
  bootMachine,
  diskImage,
  exampleDll,
  exampleDllPatch,
  expectOk,
  resolveCall,
  startProcess,
  type ClaimId,
  type HotPatchState,
  type ImageFile,
  type ImageIdentity,
  type Machine,
  type PatchRoute,
  type Provenance,
} from '../../model/vbs/index';
import { changedKeys } from '../shared/changes';
import { L } from '../../i18n/lang';
import { claimViews, type ClaimView } from '../shared/claim-text';

// ── Parameters ──────────────────────────────────────────────────────────────────────────────

export interface NewLifecycleParams {
  /** June's hotpatch replaced by an unplanned baseline. */
  readonly unplanned: boolean;
}

export const NEW_LIFECYCLE_DEFAULTS: NewLifecycleParams = { unplanned: true };

export function normalizeLifecycleParams(params: Partial<NewLifecycleParams>): NewLifecycleParams {
  return { unplanned: params.unplanned !== false };
}

/** The months the figure walks through (January to June). */
export const LIFECYCLE_MONTHS: readonly number[] = [1, 2, 3, 4, 5, 6];
/** The month that becomes an unplanned baseline when `unplanned` is on. */
export const UNPLANNED_MONTH = 6;
/** The month in which a second process starts, after that month's hotpatch. */
export const LATE_PROCESS_MONTH = 3;

// ── Data ────────────────────────────────────────────────────────────────────────────────────

export type LifecycleEvent = 'planned-baseline' | 'hotpatch' | 'process-start' | 'unplanned-baseline';

export interface IdentityView {
  readonly checkSum: number;
  readonly timeDateStamp: number;
  readonly checkSumText: string;
  readonly timeDateStampText: string;
}

export interface MonthView {
  readonly month: number;
  readonly elementId: string;
  readonly label: Localized;
  readonly kind: MonthKind;
  readonly reason: MonthReason;
  readonly restart: boolean;
}

export interface DiskView {
  readonly name: string;
  readonly identity: IdentityView;
  /** The month whose baseline installed this file. */
  readonly baselineMonth: number;
}

export interface ChainEntryView {
  readonly name: string;
  readonly path: string;
  readonly sequenceNumber: number;
  readonly status: 'registered' | 'active' | 'superseded';
  /** Month the patch was released in this story. */
  readonly month: number;
}

export interface MappedModuleView {
  readonly name: string;
  readonly kind: 'base' | 'patch';
  readonly identity: IdentityView;
  readonly sequenceNumber?: number;
  readonly HotPatchState: HotPatchState;
  readonly superseded: boolean;
  /** How the patch arrived: the loader's query at load (documented) or into a running process (not documented). */
  readonly route?: PatchRoute;
  readonly routeProvenance?: Provenance;
}

export interface ProcessView {
  readonly pid: number;
  readonly name: string;
  readonly elementId: string;
  readonly startedMonth: number;
  readonly maps: readonly MappedModuleView[];
  /** Where a call to SetState goes in this process right now. */
  readonly callLandsIn: { readonly module: string; readonly sequenceNumber?: number };
}

export interface RestartMarkerView {
  readonly month: number;
  readonly elementId: string;
  readonly kind: 'planned-baseline' | 'unplanned-baseline';
}

export type { ClaimView };

/** A past month as it was at its last step. */
export interface MonthSnapshotView {
  readonly month: number;
  readonly event: LifecycleEvent;
  readonly disk: DiskView;
  readonly chain: readonly ChainEntryView[];
  readonly processes: readonly ProcessView[];
}

export interface NewLifecycleData {
  readonly unplanned: boolean;
  readonly event: LifecycleEvent;
  readonly month: number;
  readonly months: readonly MonthView[];
  readonly disk: DiskView;
  readonly chain: readonly ChainEntryView[];
  readonly processes: readonly ProcessView[];
  readonly restarts: readonly RestartMarkerView[];
  readonly claims: readonly ClaimView[];
  readonly illustrative: Localized;
  readonly history: readonly MonthSnapshotView[];
}

// ── The story, run on the model ─────────────────────────────────────────────────────────────

/** Made-up identities of example.dll, one per baseline in order. */
const BASELINE_IDENTITIES: readonly ImageIdentity[] = [
  { checkSum: 0x0004a1d3, timeDateStamp: 0x3f9c2e11 },
  { checkSum: 0x0004a7f0, timeDateStamp: 0x52b8d0a4 },
  { checkSum: 0x0004aa19, timeDateStamp: 0x61c4f3e8 },
];

/** Illustrative processes: app.exe restarts after each restart (new pid); tool.exe starts in March. */
const APP = 'app.exe';
const TOOL = { name: 'tool.exe', pid: 2300 } as const;
const appPid = (baselineIndex: number): number => 1200 + 100 * baselineIndex;

interface Snapshot {
  readonly event: LifecycleEvent;
  readonly month: number;
  readonly machine: Machine;
  readonly baselineMonth: number;
  /** Month each process started / each patch was released. */
  readonly startedIn: ReadonlyMap<number, number>;
  readonly releasedIn: ReadonlyMap<string, number>;
}

function planOf(month: number, unplanned: boolean) {
  return planMonth(month, { hotpatchEnabled: true, unplannedBaselines: unplanned ? [UNPLANNED_MONTH] : [] });
}

function story(unplanned: boolean): Snapshot[] {
  const out: Snapshot[] = [];
  let machine: Machine | undefined;
  let baselineIndex = -1;
  let baselineMonth = 0;
  let dll: ImageFile | undefined;
  let sequence = 0;
  const startedIn = new Map<number, number>();
  const releasedIn = new Map<string, number>();
  const snap = (event: LifecycleEvent, month: number, m: Machine): void => {
    out.push({ event, month, machine: m, baselineMonth, startedIn: new Map(startedIn), releasedIn: new Map(releasedIn) });
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

// ── From a machine to drawable data ─────────────────────────────────────────────────────────

const identityView = (id: ImageIdentity): IdentityView => ({
  checkSum: id.checkSum,
  timeDateStamp: id.timeDateStamp,
  checkSumText: `0x${hex(id.checkSum, 8)}`,
  timeDateStampText: `0x${hex(id.timeDateStamp, 8)}`,
});

const monthLabel = (month: number): Localized => ({ en: monthName(month, 'en'), ja: monthName(month, 'ja') });

function monthsView(unplanned: boolean): MonthView[] {
  return LIFECYCLE_MONTHS.map((month) => {
    const plan = planOf(month, unplanned);
    return { month, elementId: `month-${month}`, label: monthLabel(month), kind: plan.kind, reason: plan.reason, restart: plan.restart };
  });
}

const ROUTE_CLAIM: Readonly<Record<PatchRoute, ClaimId>> = {
  kernel: 'verifyKernel',
  'load-time-query': 'loadTimeQuery',
  'running-process': 'runningProcessPatch',
};

function processes(s: Snapshot): ProcessView[] {
  return s.machine.processes.map((p) => {
    const call = expectOk(resolveCall(s.machine, p.pid, PATCHED_FUNCTION));
    return {
      pid: p.pid,
      name: p.name,
      elementId: `process-${p.pid}`,
      startedMonth: s.startedIn.get(p.pid) ?? s.month,
      maps: p.space.modules.map((x) => ({
        name: x.name,
        kind: x.kind,
        identity: identityView(x.identity),
        ...(x.sequenceNumber !== undefined ? { sequenceNumber: x.sequenceNumber } : {}),
        HotPatchState: x.HotPatchState,
        superseded: x.superseded ?? false,
        ...(x.appliedVia ? { route: x.appliedVia, routeProvenance: CLAIMS[ROUTE_CLAIM[x.appliedVia]].provenance } : {}),
      })),
      callLandsIn: { module: call.lands.module, ...(call.lands.sequenceNumber !== undefined ? { sequenceNumber: call.lands.sequenceNumber } : {}) },
    };
  });
}

function restartsView(s: Snapshot, unplanned: boolean): RestartMarkerView[] {
  return LIFECYCLE_MONTHS.filter((month) => month <= s.month)
    .map((month) => planOf(month, unplanned))
    .filter((plan) => plan.restart)
    .map((plan) => ({
      month: plan.month,
      elementId: `restart-${plan.month}`,
      kind: plan.reason === 'unplanned-baseline' ? ('unplanned-baseline' as const) : ('planned-baseline' as const),
    }));
}

const EVENT_CLAIMS: Readonly<Record<LifecycleEvent, readonly ClaimId[]>> = {
  'planned-baseline': ['baselineSwap', 'chainResetAtBaseline'],
  hotpatch: ['sequenceTracking', 'supersedeRedirect', 'olderPatchUnloaded', 'runningProcessPatch'],
  'process-start': ['loadTimeQuery', 'loaderEntryFields'],
  'unplanned-baseline': ['unplannedBaseline', 'chainResetAtBaseline'],
};

const ILLUSTRATIVE = L(
  'Image names, CheckSum and TimeDateStamp values, sequence numbers, process names and ids are made up for the example. The month pattern follows the documented servicing calendar; sequence numbers starting over at a baseline is an inference.',
  'イメージ名、CheckSum と TimeDateStamp の値、シーケンス番号、プロセス名と ID は説明用に作ったものです。月の並びは公開されているサービス カレンダーに従っています。ベースラインでシーケンス番号が振り直されるという点は推測です。',
);

function dataOf(s: Snapshot, unplanned: boolean): NewLifecycleData {
  const file = diskImage(s.machine, 'example.dll');
  if (!file) throw new Error('new-lifecycle: example.dll missing on disk');
  return {
    unplanned,
    event: s.event,
    month: s.month,
    months: monthsView(unplanned),
    disk: { name: file.name, identity: identityView(file.identity), baselineMonth: s.baselineMonth },
    chain: s.machine.nt.globalPatchList.map((r) => ({
      name: r.patchName,
      path: r.path,
      sequenceNumber: r.sequenceNumber,
      status: r.status,
      month: s.releasedIn.get(r.path) ?? s.month,
    })),
    processes: processes(s),
    restarts: restartsView(s, unplanned),
    claims: claimViews(EVENT_CLAIMS[s.event]),
    illustrative: ILLUSTRATIVE,
    history: [],
  };
}

function elements(d: NewLifecycleData): Map<string, unknown> {
  const map = new Map<string, unknown>();
  map.set(`month-${d.month}`, 'current');
  map.set('disk-image', d.disk.identity);
  map.set('patch-chain', d.chain);
  for (const p of d.processes) map.set(p.elementId, [p.maps, p.callLandsIn]);
  for (const r of d.restarts) map.set(r.elementId, r.kind);
  return map;
}

// ── Captions and notes ──────────────────────────────────────────────────────────────────────

type Texts = { caption: Localized; note: Localized; checkpoint?: Checkpoint };

const idText = (v: IdentityView): string => `CheckSum ${v.checkSumText}, TimeDateStamp ${v.timeDateStampText}`;

function patchesOf(p: ProcessView): MappedModuleView[] {
  return p.maps.filter((x) => x.kind === 'patch');
}

function texts(d: NewLifecycleData, previous: NewLifecycleData | undefined): Texts {
  const en = monthName(d.month, 'en');
  const ja = monthName(d.month, 'ja');
  const active = d.chain.find((c) => c.status === 'active');
  const superseded = d.chain.filter((c) => c.status === 'superseded');
  const identity = idText(d.disk.identity);

  switch (d.event) {
    case 'planned-baseline': {
      if (!previous) {
        const app = d.processes[0];
        return {
          caption: L(
            `${en} is a baseline month: the cumulative update installs example.dll with ${identity}, the machine restarts, and ${app?.name ?? ''} maps the base image alone (made-up values).`,
            `${ja}はベースラインの月です。累積更新プログラムが ${identity} の example.dll を入れ、マシンが再起動し、${app?.name ?? ''} はベース イメージだけをマップします（値は説明用）。`,
          ),
          note: L(
            `Orient the room on the timeline first: January, April, July and October are baseline months with a restart; the two months after each are hotpatch months without one. Then point at the disk panel: example.dll's CheckSum and TimeDateStamp are the key every later hotpatch must match. The values are invented. Ask: how many restarts a year does this calendar plan, compared with monthly cumulative updates?`,
            `まずタイムラインで位置を確認します。1月、4月、7月、10月は再起動を伴うベースラインの月で、その後の 2 か月は再起動のないホットパッチの月です。次にディスクのパネルを指します。example.dll の CheckSum と TimeDateStamp は、この後のホットパッチがすべて一致しなければならない鍵です。値は説明用です。質問：「毎月の累積更新プログラムと比べて、このカレンダーでは年に何回の再起動が計画されているでしょう？」`,
          ),
        };
      }
      return {
        caption: L(
          `${en} is a baseline month: the cumulative update replaces example.dll on disk (now ${identity}), the machine restarts into it, and the patch chain starts over empty.`,
          `${ja}はベースラインの月です。累積更新プログラムがディスク上の example.dll を置き換え（${identity}）、マシンはそれで再起動し、パッチの連なりは空からやり直しになります。`,
        ),
        note: L(
          `This is the "image swap". Point at the disk panel: a new CheckSum and TimeDateStamp. The new image contains every earlier fix natively, so the hotpatches are no longer needed — and they could not apply anyway: they were keyed to the old identity. That the chain simply starts over is our inference from that keying. Point at the restart marker and at ${APP}, which started again with a new process id and maps the base alone. Ask: why can't hotpatches go on for ever without a baseline?`,
            `これが「イメージの入れ替え」です。ディスクのパネルを指してください。CheckSum と TimeDateStamp が新しくなっています。新しいイメージにはそれまでの修正がすべて最初から含まれているので、ホットパッチはもう要りません。そもそも古い識別情報に結び付いているので当てられません。連なりが空からやり直しになるというのは、この結び付きからの推測です。再起動のマーカーと、新しいプロセス ID で起動し直した ${APP} がベースだけをマップしていることを指してください。質問：「ベースラインなしでホットパッチを永遠に続けられないのはなぜでしょう？」`,
        ),
      };
    }
    case 'hotpatch': {
      const running = d.processes.find((p) => patchesOf(p).some((x) => x.sequenceNumber === active?.sequenceNumber));
      const sup = superseded.at(-1);
      if (!sup) {
        return {
          caption: L(
            `${en} is a hotpatch month: ${active?.name ?? ''} with sequence number ${active?.sequenceNumber ?? ''} targets the same ${identity}, and ${running?.name ?? APP}, still running, gets it with no restart.`,
            `${ja}はホットパッチの月です。シーケンス番号 ${active?.sequenceNumber ?? ''} の ${active?.name ?? ''} は同じ ${identity} を対象にしており、動き続けている ${running?.name ?? APP} に再起動なしで適用されます。`,
          ),
          note: L(
            `Point at the chain panel: one entry, sequence number ${active?.sequenceNumber ?? ''}, keyed to the identity on disk. Then at ${running?.name ?? APP}: it now maps the base plus the patch image, and its calls land in the patch. How a process that was already running receives the patch is not documented — the figure shows the result, not the mechanism. Ask: what does the user of ${running?.name ?? APP} notice this month?`,
            `連なりのパネルを指してください。エントリは 1 つ、シーケンス番号は ${active?.sequenceNumber ?? ''} で、ディスク上の識別情報に結び付いています。次に ${running?.name ?? APP} を指します。ベースに加えてパッチ イメージをマップし、呼び出しはパッチに着きます。すでに動いているプロセスがどうやってパッチを受け取るかは公開されていないので、図は仕組みではなく結果を示しています。質問：「今月、${running?.name ?? APP} の利用者は何に気付くでしょう？」`,
          ),
        };
      }
      return {
        caption: L(
          `${en}: ${active?.name ?? ''} with sequence number ${active?.sequenceNumber ?? ''} targets the same base and supersedes number ${sup.sequenceNumber}; calls in ${running?.name ?? APP} now land in ${running?.callLandsIn.module ?? ''}.`,
          `${ja}：シーケンス番号 ${active?.sequenceNumber ?? ''} の ${active?.name ?? ''} が同じベースを対象とし、${sup.sequenceNumber} 番を置き換えます。${running?.name ?? APP} での呼び出しは ${running?.callLandsIn.module ?? ''} に着くようになります。`,
        ),
        note: L(
          `Hotpatches are cumulative: number ${active?.sequenceNumber ?? ''} contains the fix of number ${sup.sequenceNumber} too, targets the same base identity, and must carry a higher sequence number — the Secure Kernel tracks the highest applied. Point at ${running?.name ?? APP}: patch ${sup.sequenceNumber} is still drawn, marked superseded. That redirects now point at the newer image is our inference; whether the old image is ever unloaded is not documented (a thread might still be running in it). Ask: what would go wrong if a lower sequence number could be applied after a higher one?`,
          `ホットパッチは累積型です。${active?.sequenceNumber ?? ''} 番は ${sup.sequenceNumber} 番の修正も含み、同じベースの識別情報を対象とし、より大きいシーケンス番号を持たなければなりません。セキュアカーネルは適用済みの最大の番号を記録しています。${running?.name ?? APP} を指してください。${sup.sequenceNumber} 番のパッチは「置き換え済み」として残っています。リダイレクトが新しいイメージを指すようになるのは推測で、古いイメージが解放されるかどうかは公開されていません（まだその中でスレッドが動いているかもしれないからです）。質問：「大きい番号の後に小さい番号を適用できたら、何がまずいでしょう？」`,
        ),
        ...(d.month === LATE_PROCESS_MONTH ? { checkpoint: lateProcessCheckpoint(active?.sequenceNumber ?? 0) } : {}),
      };
    }
    case 'process-start': {
      const p = d.processes.find((x) => x.name === TOOL.name);
      const mapped = p ? patchesOf(p) : [];
      const names = mapped.map((x) => `${x.name} (sequence number ${x.sequenceNumber ?? ''})`).join(', ');
      const namesJa = mapped.map((x) => `${x.name}（シーケンス番号 ${x.sequenceNumber ?? ''}）`).join('、');
      return {
        caption: L(
          `Also in ${en}, ${TOOL.name} starts and loads example.dll: the loader asks for the current patch and maps the base plus ${names} only.`,
          `同じ${ja}に ${TOOL.name} が起動して example.dll を読み込みます。ローダーは現在のパッチを問い合わせ、ベースと ${namesJa}だけをマップします。`,
        ),
        note: L(
          `Compare the two processes: ${APP} carries its history (the superseded patch is still mapped), while ${TOOL.name} gets just the base and the newest patch. In Windows 11 24H2 the loader calls LdrpQueryCurrentPatch, which asks NtManageHotPatch, every time it maps a DLL; the patch image appears as a module with load reason LoadReasonPatchImage. Ask: a manual-mapping loader copies a DLL into memory itself, without the system loader — so who asks for the current patch? (Such loaders did run into trouble on 24H2.)`,
          `2 つのプロセスを比べてください。${APP} にはこれまでの経緯が残っており（置き換え済みのパッチもマップされたまま）、${TOOL.name} にはベースと最新のパッチだけが入っています。Windows 11 24H2 のローダーは DLL をマップするたびに LdrpQueryCurrentPatch を呼び、それが NtManageHotPatch に問い合わせます。パッチ イメージはロード理由 LoadReasonPatchImage のモジュールとして現れます。質問：「システムのローダーを使わず自前で DLL をメモリに展開する手動マッピングのローダーでは、現在のパッチを誰が問い合わせるのでしょう？」（実際、こうしたローダーは 24H2 で問題に突き当たりました。）`,
        ),
      };
    }
    case 'unplanned-baseline':
      return {
        caption: L(
          `${en} should be a hotpatch month, but a fix that cannot ship as a hotpatch replaces it with an unplanned baseline: example.dll becomes ${identity}, the machine restarts, and the chain is empty again.`,
          `${ja}は本来ホットパッチの月ですが、ホットパッチでは出せない修正があるため、予定外のベースラインに置き換わります。example.dll は ${identity} になり、マシンは再起動し、連なりは再び空になります。`,
        ),
        note: L(
          `Microsoft documents this case: when an important fix, such as one for a zero-day, cannot be delivered as a hotpatch, that month's hotpatch is replaced by a full baseline that needs a restart. Point at the restart marker in a month that is not January, April, July or October. The planned calendar does not shift: July is still a baseline. Ask: which kinds of change would force this? Think back to what a hotpatch may not change.`,
          `このケースは Microsoft が説明しています。ゼロデイ脆弱性の修正のように重要な修正をホットパッチで届けられない場合、その月のホットパッチは再起動が必要な完全なベースラインに置き換わります。1月・4月・7月・10月以外の月にある再起動のマーカーを指してください。予定のカレンダーはずれず、7月はそのままベースラインです。質問：「どんな変更だとこうなるでしょう？ホットパッチで変えられないものを思い出してください。」`,
        ),
      };
  }
}

function lateProcessCheckpoint(newest: number): Checkpoint {
  return {
    question: L(
      `A new process starts now and loads example.dll. Which patch images does it map?`,
      `今ここで新しいプロセスが起動し、example.dll を読み込みます。どのパッチ イメージがマップされるでしょう？`,
    ),
    choices: [
      {
        id: 'newest-only',
        label: L(`Only the newest (sequence number ${newest})`, `最新（シーケンス番号 ${newest}）だけ`),
        correct: true,
        feedback: L('Right: the loader asks for the current patch, and patches are cumulative.', '正解です。ローダーは現在のパッチを問い合わせ、パッチは累積型です。'),
      },
      {
        id: 'all',
        label: L('All of them, in order', 'すべてを順番に'),
        correct: false,
        feedback: L('No: the newest patch contains the earlier fixes, so only it is needed.', 'いいえ。最新のパッチに以前の修正も含まれているので、それだけで足ります。'),
      },
      {
        id: 'none',
        label: L('None until the next restart', '次の再起動まではなし'),
        correct: false,
        feedback: L('No: the loader applies the current patch when it maps the DLL.', 'いいえ。ローダーは DLL をマップするときに現在のパッチを適用します。'),
      },
    ],
  };
}

// ── Build ───────────────────────────────────────────────────────────────────────────────────

export function buildNewLifecycle(params: NewLifecycleParams): SceneState<NewLifecycleData>[] {
  const { unplanned } = normalizeLifecycleParams(params);
  const states: SceneState<NewLifecycleData>[] = [];
  let previous: NewLifecycleData | undefined;
  // The last step of each month so far: the state of that month's column once it has ended.
  const ended = new Map<number, MonthSnapshotView>();
  for (const s of story(unplanned)) {
    const own = dataOf(s, unplanned);
    const data: NewLifecycleData = { ...own, history: [...ended.values()].filter((h) => h.month < own.month) };
    ended.set(data.month, { month: data.month, event: data.event, disk: data.disk, chain: data.chain, processes: data.processes });
    const t = texts(data, previous);
    const changed = previous ? changedKeys(elements(previous), elements(data)) : [];
    states.push({ caption: t.caption, note: t.note, changed, data, ...(t.checkpoint ? { checkpoint: t.checkpoint } : {}) });
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
    ja: 'ホットパッチが有効なマシン上の 1 つの DLL を、1月から6月まで月ごとにたどるタイムラインです。1月はベースライン（累積更新プログラムがイメージを入れ、マシンが再起動）で、2月と3月にはシーケンス番号が増えていくホットパッチがそのイメージの CheckSum と TimeDateStamp を対象に届き、新しいものが古いものを置き換えます。動き続けているプロセスには置き換え済みのパッチもマップされたまま残り、3月に起動したプロセスはベースと最新のパッチだけをマップします。4月のベースラインでディスク上のイメージが置き換わって再起動し、パッチの連なりはやり直しになります。5月に新しい連なりが始まり、6月は 2 つ目のホットパッチが届くか、予定外の場合はホットパッチにできない修正のために再起動を伴う追加のベースラインになります。識別情報とシーケンス番号は説明用で、連なりのリセットと動作中のプロセスへの適用方法は、それぞれ推測・非公開である旨を示しています。',
  },
  defaults: NEW_LIFECYCLE_DEFAULTS,
  build: buildNewLifecycle,
};

export default newLifecycle;
