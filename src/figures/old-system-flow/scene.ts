/**
 * Figure `old-system-flow`: the scene, one state per step of the flow table in words.ts, drawn
 * on the fixed diagram of diagram.ts. The data the view draws is in data.ts.
 */

import type { FigureDefinition, SceneState } from '../shared/scene-types';
import { L } from '../../i18n/lang';
import type { OldSystemFlowData } from './data';
import { ARROWS, BOXES, LANES } from './diagram';
import { FLOW_STEPS } from './words';

export function buildOldSystemFlow(): SceneState<OldSystemFlowData>[] {
  return FLOW_STEPS.map((s, i) => {
    const introduced = (kind: 'boxes' | 'arrows', id: string) =>
      FLOW_STEPS.slice(0, i + 1).some((p) => p[kind].includes(id));
    const boxes = BOXES.map((b) => ({ ...b, visible: introduced('boxes', b.id), active: s.boxes.includes(b.id) }));
    const arrows = ARROWS.map((a) => ({ ...a, visible: introduced('arrows', a.id), active: s.arrows.includes(a.id) }));
    // Changed: everything that appears or stops being the active subject at this step.
    const prev = FLOW_STEPS[i - 1];
    const changed =
      i === 0 || !prev
        ? []
        : [
            ...BOXES.filter((b) => s.boxes.includes(b.id) !== prev.boxes.includes(b.id)).map((b) => `box-${b.id}`),
            ...ARROWS.filter((a) => s.arrows.includes(a.id) !== prev.arrows.includes(a.id)).map((a) => `arrow-${a.id}`),
          ];
    return { caption: s.caption, note: s.note, changed, data: { stepId: s.id, lanes: LANES, boxes, arrows } };
  });
}

export const oldSystemFlow: FigureDefinition<OldSystemFlowData> = {
  id: 'old-system-flow',
  order: 3,
  title: L('Installing a hotpatch: who does what', 'ホットパッチのインストール：誰が何をするのか'),
  description: L(
    'Swim lanes for the administrator and package, the NT kernel, two running processes, a process started later and the disk. The package is run with /hotpatch:enable; NtSetSystemInformation does the coldpatch file work and then applies the hotpatch; in each process with the DLL loaded, a thread at ntdll!LdrHotPatchRoutine loads and checks the patch and asks the kernel to write the bytes; later processes load the coldpatch from disk; uninstalling restores the original bytes. Boxes are marked as documented, reverse-engineered or unconfirmed.',
    '管理者とパッケージ、NT カーネル、動作中の 2 つのプロセス、後から起動するプロセス、ディスクのレーンを並べた図です。パッケージを /hotpatch:enable 付きで実行すると、NtSetSystemInformation がコールドパッチのファイル処理を行い、続いてホットパッチを適用します。DLL を読み込んでいる各プロセスでは、ntdll!LdrHotPatchRoutine のスレッドがパッチを読み込んで確認し、カーネルにバイトの書き込みを依頼します。後から起動したプロセスはディスクのコールドパッチを読み込み、アンインストールでは元のバイトを復元します。各ボックスには、文書化された情報か、リバースエンジニアリングによる情報か、未確認の情報かを示しています。',
  ),
  defaults: {},
  build: buildOldSystemFlow,
};

export default oldSystemFlow;
