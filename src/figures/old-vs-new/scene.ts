/**
 * Figure `old-vs-new`: the same call through both engines, as lockstep states. Every hop's bytes
 * are decoded from the memory the two models produced (src/model/old-vs-new.ts); the words are in
 * words.ts, the data shape in data.ts.
 */
import type { FigureDefinition, SceneState } from '../shared/scene-types';
import { L } from '../../i18n/lang';
import type { Provenance } from '../../i18n/provenance';
import { hexAddress, hexBytes } from '../../model/x86/hex';
import { hopOf, newEngine, oldEngine, type EngineHop, type EngineRoute, type HopKind } from '../../model/old-vs-new';
import {
  ASPECT_TITLE,
  CALLOUTS_AT,
  DIFFERENCES,
  LANE_SHORT,
  LANE_SUBTITLE,
  LANE_TITLE,
  SAME_AT,
  STEP_WORDS,
  hopTitle,
  type Quotes,
} from './words';
import { STEPS, type CalloutView, type HopView, type LaneView, type OldVsNewData, type StepId } from './data';

/** Where each hop sits on the stage: the old lane leaves the HPAT row empty. */
const ROW: Record<HopKind, number> = { caller: 0, entry: 1, padding: 2, 'hpat-stub': 3, 'new-code': 4 };

/** How sure we are of each hop's bytes, and where they come from. */
const HOP_CLAIM: Record<'old' | 'new', Record<HopKind, { provenance: Provenance; sources: readonly string[] }>> = {
  old: {
    caller: { provenance: 'illustrative', sources: [] },
    entry: { provenance: 'documented', sources: ['chen11', 'snrub', 'tk-hdr'] },
    padding: { provenance: 'reverse-engineered', sources: ['tk-hdr', 're-hdr', 'isaint'] },
    'hpat-stub': { provenance: 'documented', sources: [] },
    'new-code': { provenance: 'illustrative', sources: ['tn-pkg'] },
  },
  new: {
    caller: { provenance: 'documented', sources: ['codemaxx-2026'] },
    entry: { provenance: 'documented', sources: ['codemaxx-2026'] },
    padding: { provenance: 'documented', sources: ['codemaxx-2026', 'msquic-pr-5437'] },
    'hpat-stub': { provenance: 'unverified', sources: ['codemaxx-2026'] },
    'new-code': { provenance: 'illustrative', sources: ['codemaxx-2026'] },
  },
};

/** The first bytes the stage shows of the HPAT stub (the rest is its 8-byte target). */
const STUB_SHOWN = 2;

function hopView(route: EngineRoute, hop: EngineHop): HopView {
  const engine = route.engine;
  const bytes = hexBytes(hop.instruction.bytes);
  const claim = HOP_CLAIM[engine][hop.kind];
  const addressText = hop.kind === 'caller' && engine === 'new' ? '' : hexAddress(hop.address, route.arch);
  // Line 2 of a hop: its bytes, except where the bytes say less than the place (new code, a caller without bytes).
  const shown =
    hop.kind === 'new-code'
      ? engine === 'new'
        ? (route.patchModule ?? '')
        : addressText
      : hop.kind === 'hpat-stub'
        ? `${hexBytes(hop.instruction.bytes.slice(0, STUB_SHOWN))} …`
        : bytes || hop.instruction.text;
  return {
    id: `hop-${engine}-${hop.kind}`,
    kind: hop.kind,
    row: ROW[hop.kind],
    title: hopTitle(engine, hop.kind),
    bytes: shown,
    fullBytes: bytes,
    text: hop.instruction.text,
    addressText,
    module: hop.module,
    provenance: claim.provenance,
    sources: claim.sources,
  };
}

/** Lockstep: the hop each lane's instruction pointer is at, per step. The old lane arrives first. */
const AT: Record<StepId, { old: HopKind; new: HopKind }> = {
  call: { old: 'caller', new: 'caller' },
  entry: { old: 'entry', new: 'entry' },
  padding: { old: 'padding', new: 'padding' },
  split: { old: 'new-code', new: 'hpat-stub' },
  'new-code': { old: 'new-code', new: 'new-code' },
  verdict: { old: 'new-code', new: 'new-code' },
};

function lane(route: EngineRoute, step: StepId): LaneView {
  const hops = route.hops.map((h) => hopView(route, h));
  const at = hops.findIndex((h) => h.kind === AT[step][route.engine]);
  return {
    engine: route.engine,
    title: LANE_TITLE[route.engine],
    subtitle: LANE_SUBTITLE[route.engine],
    short: LANE_SHORT[route.engine],
    hops,
    at,
    walked: at,
  };
}

function quotes(oldRoute: EngineRoute, newRoute: EngineRoute, globalAt: string, slot: string, global: string): Quotes {
  const need = (route: EngineRoute, kind: HopKind) => {
    const h = hopOf(route, kind);
    if (!h) throw new Error(`old-vs-new: no ${kind} hop in the ${route.engine} route`);
    return h;
  };
  const at = (route: EngineRoute, kind: HopKind) => hexAddress(need(route, kind).address, route.arch);
  const bytes = (route: EngineRoute, kind: HopKind) => hexBytes(need(route, kind).instruction.bytes);
  return {
    oldEntry: bytes(oldRoute, 'entry'),
    newEntry: bytes(newRoute, 'entry'),
    oldPadding: bytes(oldRoute, 'padding'),
    oldPaddingAt: at(oldRoute, 'padding'),
    newPadding: bytes(newRoute, 'padding'),
    newPaddingAt: at(newRoute, 'padding'),
    oldTarget: at(oldRoute, 'new-code'),
    newStubAt: at(newRoute, 'hpat-stub'),
    newGlobalAt: globalAt,
    slotName: slot,
    globalName: global,
    baseModule: newRoute.baseModule,
    patchModule: newRoute.patchModule ?? '',
  };
}

function callout(aspect: CalloutView['aspect']): CalloutView {
  return { aspect, title: ASPECT_TITLE[aspect], old: DIFFERENCES[aspect].old, new: DIFFERENCES[aspect].new };
}

/** Ids of what a state draws, with a value each, so `changed` is a diff of two states. */
function elements(d: OldVsNewData): Map<string, string> {
  const map = new Map<string, string>();
  for (const l of d.lanes) {
    map.set(`ip-${l.engine}`, String(l.at));
    l.hops.forEach((h, i) => map.set(h.id, i === l.at ? 'at' : ''));
    for (let n = 0; n < l.walked; n++) map.set(`route-${l.engine}-${n}`, 'walked');
  }
  for (const c of d.callouts) map.set(`callout-${c.aspect}`, c.aspect);
  if (d.same) map.set('same', d.same.en);
  return map;
}

function changedIds(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([id, v]) => before.get(id) !== v && v !== '').map(([id]) => id);
}

export function buildOldVsNew(): SceneState<OldVsNewData>[] {
  const old = oldEngine();
  const now = newEngine();
  const q = quotes(
    old.route,
    now.route,
    hexAddress(now.globals.baseGlobal, 'x64'),
    now.globals.slotName,
    now.globals.name,
  );
  const states: SceneState<OldVsNewData>[] = [];
  let previous: Map<string, string> | undefined;
  for (const step of STEPS) {
    const same = SAME_AT[step]?.(q);
    const data: OldVsNewData = {
      step,
      lanes: [lane(old.route, step), lane(now.route, step)],
      ...(same ? { same } : {}),
      callouts: CALLOUTS_AT[step].map(callout),
    };
    const words = STEP_WORDS[step](q);
    const drawn = elements(data);
    states.push({
      caption: words.caption,
      note: words.note,
      changed: previous ? changedIds(previous, drawn) : [],
      data,
    });
    previous = drawn;
  }
  return states;
}

export const oldVsNew: FigureDefinition<OldVsNewData> = {
  id: 'old-vs-new',
  order: 0,
  title: L('The same call, two engines: 2003 and today', '同じ呼び出し、2 つのエンジン：2003 年と現在'),
  description: L(
    'Two lanes side by side follow the same call into a hotpatched function, one step at a time. Left, the 2003 engine (32-bit calc.exe, SetRadix): caller, entry EB F9, padding E9 jump, replacement function in the hotpatch module. Right, today’s engine (an example x64 driver, SetState): caller, entry EB F9, padding E9 jump, HPAT stub past the end of the base image, function in a signed patch image. Three differences are called out where they occur: who writes the bytes (the kernel on behalf of the process, versus the Secure Kernel in VTL1), what the patch is (a module with a .hotp1 section, versus a signed patch image) and how the new code reaches globals (fixups in the patch code, versus a __ref_ pointer set to the base image’s copy). Bytes come from the two engines’ models; addresses are made up, and the HPAT stub’s bytes are an illustration.',
    '2 つのレーンを並べ、ホットパッチ済みの関数への同じ呼び出しを 1 ステップずつ追う図です。左は旧ホットパッチ（32 ビットの calc.exe の SetRadix）で、呼び出し元、エントリの EB F9、パディングの E9 ジャンプ、ホットパッチモジュール内の置き換え関数と進みます。右は新ホットパッチ（例示の x64 ドライバーの SetState）で、呼び出し元、エントリの EB F9、パディングの E9 ジャンプ、ベースイメージ末尾の先にある HPAT のスタブ、署名付きのパッチイメージ内の関数と進みます。違いが現れるステップで 3 点を示します：バイトを書く主体（プロセスの依頼を受けたカーネルか、VTL1 のセキュアカーネルか）、パッチの正体（.hotp1 セクションを持つモジュールか、署名付きのパッチイメージか）、新しいコードからグローバル変数への届き方（パッチのコードのフィックスアップか、ベースイメージ側を指す __ref_ ポインターか）。バイト列は 2 つのエンジンのモデルから取り、アドレスは説明用、HPAT のスタブのバイト列は例示です。',
  ),
  defaults: {},
  build: buildOldVsNew,
};

export default oldVsNew;
