/**
 * Figure `new-lifecycle`: from a machine snapshot (example.ts) to the data its view draws (data.ts).
 */
import { type Localized, L } from '../../i18n/lang';
import { hex } from '../../model/x86/hex';
import { monthName } from '../../model/timeline/partial-date';
import {
  CLAIMS,
  PATCHED_FUNCTION,
  diskImage,
  expectOk,
  resolveCall,
  type ClaimId,
  type ImageIdentity,
  type PatchRoute,
} from '../../model/vbs/index';
import { claimViews } from '../shared/claim-text';
import {
  type IdentityView,
  LIFECYCLE_MONTHS,
  type LifecycleEvent,
  type MonthView,
  type NewLifecycleData,
  type ProcessView,
  type RestartMarkerView,
} from './data';
import { planOf, type Snapshot } from './example';

const identityView = (id: ImageIdentity): IdentityView => ({
  checkSum: id.checkSum,
  timeDateStamp: id.timeDateStamp,
  checkSumText: `0x${hex(id.checkSum, 8)}`,
  timeDateStampText: `0x${hex(id.timeDateStamp, 8)}`,
});

// Japanese month names with the style sheet's half-width space (「3 月」).
const monthLabel = (month: number): Localized => ({ en: monthName(month, 'en'), ja: `${month} 月` });

function monthsView(unplanned: boolean): MonthView[] {
  return LIFECYCLE_MONTHS.map((month) => {
    const plan = planOf(month, unplanned);
    return {
      month,
      elementId: `month-${month}`,
      label: monthLabel(month),
      kind: plan.kind,
      reason: plan.reason,
      restart: plan.restart,
    };
  });
}

const ROUTE_CLAIM: Readonly<Record<PatchRoute, ClaimId>> = {
  kernel: 'verifyKernel',
  'load-time-query': 'loadTimeQuery',
  'running-process': 'runningProcessPatch',
};

export function processes(s: Snapshot): ProcessView[] {
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
      callLandsIn: {
        module: call.lands.module,
        ...(call.lands.sequenceNumber !== undefined ? { sequenceNumber: call.lands.sequenceNumber } : {}),
      },
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
  'イメージ名、CheckSum と TimeDateStamp の値、シーケンス番号、プロセス名と ID は説明用に作ったものです。月の並びは公開されている更新カレンダーに従っています。ベースラインでシーケンス番号が振り直されるという点は推測です。',
);

export function dataOf(s: Snapshot, unplanned: boolean): NewLifecycleData {
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

export function elements(d: NewLifecycleData): Map<string, unknown> {
  const map = new Map<string, unknown>();
  map.set(`month-${d.month}`, 'current');
  map.set('disk-image', d.disk.identity);
  map.set('patch-chain', d.chain);
  for (const p of d.processes) map.set(p.elementId, [p.maps, p.callLandsIn]);
  for (const r of d.restarts) map.set(r.elementId, r.kind);
  return map;
}
