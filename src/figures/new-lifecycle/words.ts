/**
 * Figure `new-lifecycle`: the words of each step, keyed by step. Captions and notes quote the
 * model's values, so the words never drift from the picture.
 */
import type { Checkpoint, StepWords } from '../shared/scene-types';
import { monthName } from '../../model/timeline/partial-date';
import { L } from '../../i18n/lang';
import {
  type IdentityView,
  LATE_PROCESS_MONTH,
  type MappedModuleView,
  type NewLifecycleData,
  type ProcessView,
} from './data';
import { APP, TOOL } from './example';

const idText = (v: IdentityView): string => `CheckSum ${v.checkSumText}, TimeDateStamp ${v.timeDateStampText}`;

function patchesOf(p: ProcessView): MappedModuleView[] {
  return p.maps.filter((x) => x.kind === 'patch');
}

/** What every step's words may quote: the state, and values computed once from it. */
function quotes(d: NewLifecycleData, previous: NewLifecycleData | undefined) {
  const en = monthName(d.month, 'en');
  const ja = `${d.month} 月`;
  const active = d.chain.find((c) => c.status === 'active');
  const superseded = d.chain.filter((c) => c.status === 'superseded');
  const identity = idText(d.disk.identity);
  return { d, previous, en, ja, active, superseded, identity };
}

type Quotes = ReturnType<typeof quotes>;

/** Each step's caption and note (and checkpoint), keyed by step. */
const WORDS: Record<NewLifecycleData['event'], (q: Quotes) => StepWords> = {
  'planned-baseline': ({ d, previous, en, ja, identity }) => {
    if (!previous) {
      const app = d.processes[0];
      return {
        caption: L(
          `${en} is a baseline month: the cumulative update installs example.dll with ${identity}, the machine restarts, and ${app?.name ?? ''} maps the base image alone (made-up values).`,
          `${ja}はベースライン月です。累積更新プログラムが ${identity} の example.dll を入れ、マシンが再起動し、${app?.name ?? ''} はベースイメージだけをマップします（値は説明用）。`,
        ),
        note: L(
          `Orient the room on the timeline first: January, April, July and October are baseline months with a restart; the two months after each are hotpatch months without one. Then point at the disk panel: example.dll's CheckSum and TimeDateStamp are the key every later hotpatch must match. The values are invented. Ask: how many restarts a year does this calendar plan, compared with monthly cumulative updates?`,
          `まずタイムラインで位置を確認します。1 月、4 月、7 月、10 月は再起動を伴うベースライン月で、その後の 2 か月は再起動のないホットパッチ月です。次にディスクのパネルを指します。example.dll の CheckSum と TimeDateStamp は、この後のホットパッチがすべて一致しなければならない鍵です。値は説明用です。質問：「毎月の累積更新プログラムと比べて、このカレンダーでは年に何回の再起動が計画されているでしょう？」`,
        ),
      };
    }
    return {
      caption: L(
        `${en} is a baseline month: the cumulative update replaces example.dll on disk (now ${identity}), the machine restarts into it, and the patch chain starts over empty.`,
        `${ja}はベースライン月です。累積更新プログラムがディスク上の example.dll を置き換え（${identity}）、マシンはそれで再起動し、パッチチェーンは空からやり直しになります。`,
      ),
      note: L(
        `This is the "image swap". Point at the disk panel: a new CheckSum and TimeDateStamp. The new image contains every earlier fix natively, so the hotpatches are no longer needed — and they could not apply anyway: they were keyed to the old identity. That the chain simply starts over is our inference from that keying. Point at the restart marker and at ${APP}, which started again with a new process id and maps the base alone. Ask: why can't hotpatches go on for ever without a baseline?`,
        `これが「イメージの入れ替え」です。ディスクのパネルを指してください。CheckSum と TimeDateStamp が新しくなっています。新しいイメージにはそれまでの修正がすべて最初から含まれているので、ホットパッチはもう要りません。そもそも古い識別情報に結び付いているので当てられません。パッチチェーンが空からやり直しになるというのは、この結び付きからの推測です。再起動のマーカーと、新しいプロセス ID で起動し直した ${APP} がベースだけをマップしていることを指してください。質問：「ベースラインなしでホットパッチを永遠に続けられないのはなぜでしょう？」`,
      ),
    };
  },
  hotpatch: ({ d, en, ja, active, superseded, identity }) => {
    const running = d.processes.find((p) => patchesOf(p).some((x) => x.sequenceNumber === active?.sequenceNumber));
    const sup = superseded.at(-1);
    if (!sup) {
      return {
        caption: L(
          `${en} is a hotpatch month: ${active?.name ?? ''} with sequence number ${active?.sequenceNumber ?? ''} targets the same ${identity}, and ${running?.name ?? APP}, still running, gets it with no restart.`,
          `${ja}はホットパッチ月です。シーケンス番号 ${active?.sequenceNumber ?? ''} の ${active?.name ?? ''} は同じ ${identity} を対象にしており、動き続けている ${running?.name ?? APP} に再起動なしで適用されます。`,
        ),
        note: L(
          `Point at the chain panel: one entry, sequence number ${active?.sequenceNumber ?? ''}, keyed to the identity on disk. Then at ${running?.name ?? APP}: it now maps the base plus the patch image, and its calls land in the patch. How a process that was already running receives the patch is not documented — the figure shows the result, not the mechanism. Ask: what does the user of ${running?.name ?? APP} notice this month?`,
          `パッチチェーンのパネルを指してください。エントリは 1 つ、シーケンス番号は ${active?.sequenceNumber ?? ''} で、ディスク上の識別情報に結び付いています。次に ${running?.name ?? APP} を指します。ベースに加えてパッチイメージをマップし、呼び出しはパッチに着きます。すでに動いているプロセスがどうやってパッチを受け取るかは公開されていないので、図は仕組みではなく結果を示しています。質問：「今月、${running?.name ?? APP} の利用者は何に気付くでしょう？」`,
        ),
      };
    }
    return {
      caption: L(
        `${en}: ${active?.name ?? ''} with sequence number ${active?.sequenceNumber ?? ''} targets the same base and supersedes number ${sup.sequenceNumber}; calls in ${running?.name ?? APP} now land in ${running?.callLandsIn.module ?? ''}.`,
        `${ja}：シーケンス番号 ${active?.sequenceNumber ?? ''} の ${active?.name ?? ''} が同じベースを対象とし、${sup.sequenceNumber} 番を置き換えます。${running?.name ?? APP} での呼び出しは ${running?.callLandsIn.module ?? ''} に着くようになります。`,
      ),
      note: L(
        `Hotpatches are cumulative: number ${active?.sequenceNumber ?? ''} contains the fix of number ${sup.sequenceNumber} too, targets the same base identity, and, we infer, carries a higher sequence number: for kernel images the Secure Kernel reports the highest applied; for a user-mode DLL like this one the rule is our inference. Point at ${running?.name ?? APP}: patch ${sup.sequenceNumber} is still drawn, marked superseded. That redirects now point at the newer image is our inference; whether the old image is ever unloaded is not documented (a thread might still be running in it). Ask: what would go wrong if a lower sequence number could be applied after a higher one?`,
        `ホットパッチは累積型です。${active?.sequenceNumber ?? ''} 番は ${sup.sequenceNumber} 番の修正も含み、同じベースの識別情報を対象とし、より大きいシーケンス番号を持つと考えられます。カーネルイメージについてはセキュアカーネルが適用済みの最大の番号を報告しますが、この DLL のようなユーザーモードの場合は推測です。${running?.name ?? APP} を指してください。${sup.sequenceNumber} 番のパッチは「置き換え済み」として残っています。リダイレクトが新しいイメージを指すようになるのは推測で、古いイメージが解放されるかどうかは公開されていません（まだその中でスレッドが動いているかもしれないからです）。質問：「大きい番号の後に小さい番号を適用できたら、何がまずいでしょう？」`,
      ),
      ...(d.month === LATE_PROCESS_MONTH ? { checkpoint: lateProcessCheckpoint(active?.sequenceNumber ?? 0) } : {}),
    };
  },
  'process-start': ({ d, en, ja }) => {
    const p = d.processes.find((x) => x.name === TOOL.name);
    const mapped = p ? patchesOf(p) : [];
    const names = mapped.map((x) => `${x.name} (sequence number ${x.sequenceNumber ?? ''})`).join(', ');
    const namesJa = mapped.map((x) => `${x.name}（シーケンス番号 ${x.sequenceNumber ?? ''}）`).join('、');
    return {
      caption: L(
        `Also in ${en}, ${TOOL.name} starts and loads example.dll: the loader asks the kernel for the current patch when it maps the image, so it maps the base plus ${names} only (our inference).`,
        `同じ ${ja}に ${TOOL.name} が起動して example.dll を読み込みます。ローダーはイメージをマップするときにカーネルに現在のパッチを問い合わせるので、ベースと ${namesJa}だけをマップすると考えられます（推測）。`,
      ),
      note: L(
        `Compare the two processes: ${APP} carries its history (the superseded patch is still mapped), while ${TOOL.name} gets just the base and the newest patch. In Windows 11 24H2 the loader calls LdrpQueryCurrentPatch, which asks the kernel through NtManageHotPatch, when it maps an image; that the new process therefore gets only the newest patch is our inference. The patch image appears as a module with load reason LoadReasonPatchImage. Ask: a manual-mapping loader copies a DLL into memory itself, without the system loader — so who asks for the current patch? (Such loaders did run into trouble on 24H2.)`,
        `2 つのプロセスを比べてください。${APP} にはこれまでの経緯が残っており（置き換え済みのパッチもマップされたまま）、${TOOL.name} にはベースと最新のパッチだけが入っています。Windows 11 24H2 のローダーはイメージをマップするときに LdrpQueryCurrentPatch を呼び、NtManageHotPatch を通じてカーネルに問い合わせます。そのため新しいプロセスには最新のパッチだけが入る、というのは推測です。パッチイメージはロード理由 LoadReasonPatchImage のモジュールとして現れます。質問：「システムのローダーを使わず自前で DLL をメモリに展開する手動マッピングのローダーでは、現在のパッチを誰が問い合わせるのでしょう？」（実際、こうしたローダーは 24H2 で問題にぶつかりました。）`,
      ),
    };
  },
  'unplanned-baseline': ({ en, ja, identity }) => {
    return {
      caption: L(
        `${en} should be a hotpatch month, but a fix that cannot ship as a hotpatch replaces it with an unplanned baseline: example.dll becomes ${identity}, the machine restarts, and the chain is empty again.`,
        `${ja}は本来ホットパッチ月ですが、ホットパッチでは出せない修正があるため、計画外ベースラインに置き換わります。example.dll は ${identity} になり、マシンは再起動し、パッチチェーンは再び空になります。`,
      ),
      note: L(
        `Microsoft documents this case: when an important fix, such as one for a zero-day, cannot be delivered as a hotpatch, that month's hotpatch is replaced by a full baseline that needs a restart. Point at the restart marker in a month that is not January, April, July or October. The planned calendar does not shift: July is still a baseline. Ask: which kinds of change would force this? Think back to what a hotpatch may not change.`,
        `このケースは Microsoft が説明しています。ゼロデイ脆弱性の修正のように重要な修正をホットパッチで届けられない場合、その月のホットパッチは再起動が必要な完全なベースラインに置き換わります。1 月・4 月・7 月・10 月以外の月にある再起動のマーカーを指してください。予定のカレンダーはずれず、7 月はそのままベースラインです。質問：「どんな変更だとこうなるでしょう？ホットパッチで変えられないものを思い出してください。」`,
      ),
    };
  },
};

export function stepWords(d: NewLifecycleData, previous: NewLifecycleData | undefined): StepWords {
  return WORDS[d.event](quotes(d, previous));
}

function lateProcessCheckpoint(newest: number): Checkpoint {
  return {
    question: L(
      `A new process starts now and loads example.dll. Which patch images does it map?`,
      `今ここで新しいプロセスが起動し、example.dll を読み込みます。どのパッチイメージがマップされるでしょう？`,
    ),
    choices: [
      {
        id: 'newest-only',
        label: L(`Only the newest (sequence number ${newest})`, `最新（シーケンス番号 ${newest}）だけ`),
        correct: true,
        feedback: L(
          'Right (our inference): the loader asks for the current patch, and patches are cumulative.',
          '正解です（推測）。ローダーは現在のパッチを問い合わせ、パッチは累積型です。',
        ),
      },
      {
        id: 'all',
        label: L('All of them, in order', 'すべてを順番に'),
        correct: false,
        feedback: L(
          'No: the newest patch contains the earlier fixes, so only it is needed.',
          'いいえ。最新のパッチに以前の修正も含まれているので、それだけで足ります。',
        ),
      },
      {
        id: 'none',
        label: L('None until the next restart', '次の再起動まではなし'),
        correct: false,
        feedback: L(
          'No: the loader asks for the current patch when it maps the DLL.',
          'いいえ。ローダーは DLL をマップするときに現在のパッチを問い合わせます。',
        ),
      },
    ],
  };
}
