/**
 * Figure `old-system-flow`: who does what when a 2003-era hotpatch package is installed.
 *
 * No params. Swim lanes (administrator/package, NT kernel, process A, process B, a process
 * started later, disk) with boxes and arrows that appear step by step.
 *
 * `data: OldSystemFlowData`:
 *   stepId    a stable name for the step ('run-package', 'coldpatch-files', …)
 *   lanes     [{ id, label }]
 *   boxes     [{ id, lane, label, detail, code?, provenance, sources, visible, active }]
 *   arrows    [{ id, from, to, label, provenance, sources, visible, active }]
 *             visible = introduced at this step or earlier; active = the subject of this step
 * Every box and arrow carries `provenance`: 'documented' (stated in the cited sources),
 * 'reverse-engineered' (third-party reverse engineering or debugger observation, [RE] in the
 * research) or 'unconfirmed' ([?]: not confirmed in public text). The view should mark anything
 * that is not 'documented'; the captions say so in words. `sources` are content/sources.yaml ids.
 *
 * Drawn element ids used in `changed`: `box-<id>`, `arrow-<id>`.
 */

import type { FigureDefinition, SceneState } from '../shared/scene-types';
import type { Localized } from '../../i18n/lang';
import { L } from '../../i18n/lang';

export type Provenance = 'documented' | 'reverse-engineered' | 'unconfirmed';

export type LaneId = 'admin' | 'kernel' | 'process-a' | 'process-b' | 'process-later' | 'disk';

export interface FlowLane {
  readonly id: LaneId;
  readonly label: Localized;
}

export interface FlowBox {
  readonly id: string;
  readonly lane: LaneId;
  readonly label: Localized;
  readonly detail: Localized;
  /** Identifiers shown in code style (ASCII). */
  readonly code?: string;
  readonly provenance: Provenance;
  readonly sources: readonly string[];
}

export interface FlowArrow {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly label: Localized;
  readonly provenance: Provenance;
  readonly sources: readonly string[];
}

export interface OldSystemFlowData {
  readonly stepId: string;
  readonly lanes: readonly FlowLane[];
  readonly boxes: readonly (FlowBox & { readonly visible: boolean; readonly active: boolean })[];
  readonly arrows: readonly (FlowArrow & { readonly visible: boolean; readonly active: boolean })[];
}

export const LANES: readonly FlowLane[] = [
  { id: 'admin', label: L('Administrator / package', '管理者／パッケージ') },
  { id: 'kernel', label: L('NT kernel', 'NT カーネル') },
  { id: 'process-a', label: L('Process A (has the DLL loaded)', 'プロセス A（DLL を読み込み済み）') },
  { id: 'process-b', label: L('Process B (has the DLL loaded)', 'プロセス B（DLL を読み込み済み）') },
  { id: 'process-later', label: L('Process C (started later)', 'プロセス C（後から起動）') },
  { id: 'disk', label: L('Disk', 'ディスク') },
];

export const BOXES: readonly FlowBox[] = [
  {
    id: 'run-package',
    lane: 'admin',
    label: L('Run the package with /hotpatch:enable', 'パッケージを /hotpatch:enable 付きで実行'),
    detail: L(
      'Without the switch (for example through Windows Update) the package does not hotpatch, and a reboot is needed.',
      'このスイッチがなければ（Windows Update 経由など）ホットパッチは行われず、再起動が必要です。',
    ),
    code: '/hotpatch:enable',
    provenance: 'documented',
    sources: ['passing1', 'passing2'],
  },
  {
    id: 'package-files',
    lane: 'disk',
    label: L('Package: a hotpatch (.hp) and a coldpatch binary', 'パッケージ：ホットパッチ（.hp）とコールドパッチのバイナリ'),
    detail: L(
      'The hotpatch holds only the changed functions; the coldpatch is the old binary with the fixed function appended and a jump to it.',
      'ホットパッチには変更された関数だけが入っています。コールドパッチは、古いバイナリに修正済みの関数を追加し、そこへジャンプするようにしたものです。',
    ),
    provenance: 'documented',
    sources: ['tn-pkg', 'wi6'],
  },
  {
    id: 'nt-set-1-2',
    lane: 'kernel',
    label: L('NtSetSystemInformation, calls 1 and 2: coldpatch file work', 'NtSetSystemInformation の 1 回目と 2 回目：コールドパッチのファイル処理'),
    detail: L(
      'System information class SystemHotpatchInformation (0x45). Reported in a third-party walkthrough.',
      'システム情報クラス SystemHotpatchInformation（0x45）。第三者による解析記事に基づきます。',
    ),
    code: 'NtSetSystemInformation(SystemHotpatchInformation)',
    provenance: 'reverse-engineered',
    sources: ['passing2', 'chap'],
  },
  {
    id: 'coldpatch',
    lane: 'disk',
    label: L('Coldpatch put in place of the old file', 'コールドパッチが古いファイルの代わりに配置される'),
    detail: L(
      'Windows Internals lists the operations: Rename Image, Object Swap (KnownDLLs), Patch Function Code, Refresh System DLL.',
      'Windows Internals は操作として Rename Image、Object Swap（KnownDLLs）、Patch Function Code、Refresh System DLL を挙げています。',
    ),
    provenance: 'documented',
    sources: ['wi6'],
  },
  {
    id: 'nt-set-3',
    lane: 'kernel',
    label: L('Call 3: apply the hotpatch', '3 回目の呼び出し：ホットパッチを適用'),
    detail: L('The third NtSetSystemInformation call applies the hotpatch.', '3 回目の NtSetSystemInformation 呼び出しでホットパッチが適用されます。'),
    code: 'NtSetSystemInformation',
    provenance: 'reverse-engineered',
    sources: ['passing2'],
  },
  {
    id: 'ldr-thread-a',
    lane: 'process-a',
    label: L('A thread starts at ntdll!LdrHotPatchRoutine', 'ntdll!LdrHotPatchRoutine でスレッドが開始'),
    detail: L(
      'Its parameter block holds flags (bit 0x20000000 set), the patch DLL name and the target DLL name.',
      'パラメーターブロックには、フラグ（ビット 0x20000000 がセット）、パッチ DLL の名前、対象 DLL の名前が入っています。',
    ),
    code: 'ntdll!LdrHotPatchRoutine',
    provenance: 'reverse-engineered',
    sources: ['tk', '0v', 're-hdr'],
  },
  {
    id: 'ldr-thread-b',
    lane: 'process-b',
    label: L('Same in process B: its own thread, its own image mapping', 'プロセス B でも同様：独自のスレッドと独自のイメージのマッピング'),
    detail: L('Each process has its own mapping of the image, so each is patched separately.', 'プロセスごとにイメージのマッピングがあるので、プロセスごとに個別にパッチを当てます。'),
    code: 'ntdll!LdrHotPatchRoutine',
    provenance: 'reverse-engineered',
    sources: ['tk', '0v', 're-w7'],
  },
  {
    id: 'load-patch-a',
    lane: 'process-a',
    label: L('Take the loader lock, check the target DLL is loaded, load the patch', 'ローダーロックを取得し、対象 DLL の読み込みを確認して、パッチを読み込む'),
    detail: L('The patch DLL is loaded with LdrLoadDll.', 'パッチ DLL は LdrLoadDll で読み込まれます。'),
    code: 'LdrLoadDll',
    provenance: 'reverse-engineered',
    sources: ['0v', 're-w7'],
  },
  {
    id: 'prepare-a',
    lane: 'process-a',
    label: L('Find .hotp1, check module identity, fixups, validations', '.hotp1 を探し、モジュールの同一性を確認し、フィックスアップと検証を行う'),
    detail: L(
      'It checks the target module identity (hash or checksum), applies fixups, runs validations and builds hook descriptors (new bytes, original bytes, validation bytes).',
      '対象モジュールの同一性（ハッシュやチェックサム）を確認し、フィックスアップを適用し、検証を行い、フック記述子（新しいバイト、元のバイト、検証用のバイト）を作ります。',
    ),
    code: '.hotp1',
    provenance: 'reverse-engineered',
    sources: ['re-w7', 're-hdr'],
  },
  {
    id: 'ask-kernel-a',
    lane: 'process-a',
    label: L('Ask the kernel to write the bytes', 'バイトの書き込みをカーネルに依頼'),
    detail: L('LdrHotPatchRoutine calls NtSetSystemInformation; the kernel writes the bytes.', 'LdrHotPatchRoutine が NtSetSystemInformation を呼び出し、カーネルがバイトを書き込みます。'),
    code: 'NtSetSystemInformation',
    provenance: 'reverse-engineered',
    sources: ['re-w7'],
  },
  {
    id: 'ex-apply',
    lane: 'kernel',
    label: L('ExApplyCodePatch → MmHotPatchRoutine', 'ExApplyCodePatch → MmHotPatchRoutine'),
    detail: L('The kernel-mode path of the patch.', 'パッチのカーネルモード側の経路です。'),
    code: 'ExApplyCodePatch, MmHotPatchRoutine',
    provenance: 'reverse-engineered',
    sources: ['passing2'],
  },
  {
    id: 'cpu-quiesce',
    lane: 'kernel',
    label: L('Other processors kept off the code while it is written?', '書き込み中、他のプロセッサーをコードから遠ざける？'),
    detail: L(
      'Often described as stalling all CPUs at high IRQL; widely attributed to Windows Internals and Sotirov, but not confirmed in available public text.',
      '高い IRQL ですべての CPU を止めると説明されることが多く、Windows Internals や Sotirov によるものとされていますが、入手できる公開資料では確認できていません。',
    ),
    provenance: 'unconfirmed',
    sources: [],
  },
  {
    id: 'free-a',
    lane: 'process-a',
    label: L('Free the parameter block', 'パラメーターブロックを解放'),
    detail: L('The routine frees its parameter block and the thread ends.', 'ルーチンはパラメーターブロックを解放し、スレッドは終了します。'),
    provenance: 'reverse-engineered',
    sources: ['re-w7'],
  },
  {
    id: 'patched-a',
    lane: 'process-a',
    label: L('New calls run the replacement', '新しい呼び出しは置き換え関数を実行'),
    detail: L('Threads already inside the old function finish on the old code.', 'すでに古い関数の中にいるスレッドは、古いコードのまま終わります。'),
    provenance: 'documented',
    sources: ['chen11'],
  },
  {
    id: 'patched-b',
    lane: 'process-b',
    label: L('New calls run the replacement', '新しい呼び出しは置き換え関数を実行'),
    detail: L('Patched separately, in its own address space.', '独自のアドレス空間で、個別にパッチが当たります。'),
    provenance: 'documented',
    sources: ['chen11'],
  },
  {
    id: 'later-start',
    lane: 'process-later',
    label: L('Loads the coldpatch from disk: no hotpatch needed', 'ディスクからコールドパッチを読み込む：ホットパッチは不要'),
    detail: L(
      'The coldpatch keeps function entry points at the same offsets, so later hotpatches can still target it.',
      'コールドパッチは関数のエントリポイントを同じオフセットに保つので、後のホットパッチもそのまま対象にできます。',
    ),
    provenance: 'documented',
    sources: ['tn-pkg', 'pat'],
  },
  {
    id: 'uninstall',
    lane: 'admin',
    label: L('Uninstall: original bytes restored at run time', 'アンインストール：実行中に元のバイトを復元'),
    detail: L(
      'The hotpatch carries the original bytes. The reverse-engineered headers show an apply/remove bit.',
      'ホットパッチは元のバイトを保持しています。リバースエンジニアリングされたヘッダーには適用／削除のビットがあります。',
    ),
    provenance: 'documented',
    sources: ['wi6', 're-hdr'],
  },
];

export const ARROWS: readonly FlowArrow[] = [
  { id: 'run-to-set12', from: 'run-package', to: 'nt-set-1-2', label: L('calls 1 and 2', '1 回目と 2 回目'), provenance: 'reverse-engineered', sources: ['passing2'] },
  { id: 'set12-to-coldpatch', from: 'nt-set-1-2', to: 'coldpatch', label: L('coldpatch file work', 'コールドパッチのファイル処理'), provenance: 'reverse-engineered', sources: ['passing2'] },
  { id: 'run-to-set3', from: 'run-package', to: 'nt-set-3', label: L('call 3', '3 回目'), provenance: 'reverse-engineered', sources: ['passing2'] },
  {
    id: 'set3-to-a',
    from: 'nt-set-3',
    to: 'ldr-thread-a',
    label: L('a thread in each process with the DLL loaded (who creates it is unconfirmed)', 'DLL を読み込んだ各プロセスにスレッド（誰が作成するかは未確認）'),
    provenance: 'unconfirmed',
    sources: ['re-hdr'],
  },
  {
    id: 'set3-to-b',
    from: 'nt-set-3',
    to: 'ldr-thread-b',
    label: L('the same for process B', 'プロセス B にも同様'),
    provenance: 'unconfirmed',
    sources: ['re-hdr'],
  },
  { id: 'a-to-kernel', from: 'ask-kernel-a', to: 'ex-apply', label: L('NtSetSystemInformation', 'NtSetSystemInformation'), provenance: 'reverse-engineered', sources: ['re-w7', 'passing2'] },
  {
    id: 'b-to-kernel',
    from: 'ldr-thread-b',
    to: 'ex-apply',
    label: L('process B’s thread: the same steps, then NtSetSystemInformation', 'プロセス B のスレッド：同じ手順の後に NtSetSystemInformation'),
    provenance: 'reverse-engineered',
    sources: ['re-w7'],
  },
  { id: 'kernel-writes-a', from: 'ex-apply', to: 'patched-a', label: L('bytes written into A’s image', 'A のイメージにバイトを書き込む'), provenance: 'reverse-engineered', sources: ['re-w7'] },
  { id: 'kernel-writes-b', from: 'ex-apply', to: 'patched-b', label: L('bytes written into B’s image', 'B のイメージにバイトを書き込む'), provenance: 'reverse-engineered', sources: ['re-w7'] },
  { id: 'coldpatch-to-later', from: 'coldpatch', to: 'later-start', label: L('mapped at process start', 'プロセス起動時にマップ'), provenance: 'documented', sources: ['tn-pkg'] },
  { id: 'uninstall-a', from: 'uninstall', to: 'patched-a', label: L('original bytes back', '元のバイトに戻す'), provenance: 'documented', sources: ['wi6'] },
  { id: 'uninstall-b', from: 'uninstall', to: 'patched-b', label: L('original bytes back', '元のバイトに戻す'), provenance: 'documented', sources: ['wi6'] },
];

interface FlowStep {
  readonly id: string;
  readonly boxes: readonly string[];
  readonly arrows: readonly string[];
  readonly caption: Localized;
  readonly note: Localized;
}

export const FLOW_STEPS: readonly FlowStep[] = [
  {
    id: 'run-package',
    boxes: ['run-package', 'package-files'],
    arrows: [],
    caption: L(
      'An administrator runs the update package with /hotpatch:enable. The package contains a hotpatch (.hp) and a coldpatch binary.',
      '管理者が更新プログラムのパッケージを /hotpatch:enable 付きで実行します。パッケージにはホットパッチ（.hp）とコールドパッチのバイナリが入っています。',
    ),
    note: L(
      'Stress that it was opt-in: without the switch, for example through Windows Update, the package installed normally and a reboot was needed.',
      'オプトインだった点を強調してください。このスイッチがなければ（たとえば Windows Update 経由では）パッケージは通常どおりインストールされ、再起動が必要でした。',
    ),
  },
  {
    id: 'coldpatch-files',
    boxes: ['nt-set-1-2', 'coldpatch'],
    arrows: ['run-to-set12', 'set12-to-coldpatch'],
    caption: L(
      'The first two NtSetSystemInformation(SystemHotpatchInformation) calls do the coldpatch file work on disk (reverse-engineered: reported in a third-party walkthrough).',
      '最初の 2 回の NtSetSystemInformation(SystemHotpatchInformation) 呼び出しで、ディスク上のコールドパッチのファイル処理を行います（第三者の解析記事による、リバースエンジニアリングに基づく情報です）。',
    ),
    note: L(
      'SystemHotpatchInformation is information class 0x45 (69). Windows Internals names the operations: Rename Image, Object Swap for KnownDLLs, Patch Function Code, Refresh System DLL.',
      'SystemHotpatchInformation は情報クラス 0x45（69）です。Windows Internals は操作として Rename Image、KnownDLLs の Object Swap、Patch Function Code、Refresh System DLL を挙げています。',
    ),
  },
  {
    id: 'apply-call',
    boxes: ['nt-set-3'],
    arrows: ['run-to-set3'],
    caption: L(
      'The third call applies the hotpatch to the running system (reverse-engineered).',
      '3 回目の呼び出しで、動いているシステムにホットパッチを適用します（リバースエンジニアリングによる情報）。',
    ),
    note: L(
      'From here until the bytes are written, the mechanics come from reverse engineering and third-party walkthroughs, not from Microsoft documentation. Say so when you present them.',
      'ここからバイトが書き込まれるまでの仕組みは、Microsoft の文書ではなく、リバースエンジニアリングと第三者の解析記事に基づく情報です。説明するときはその旨を伝えてください。',
    ),
  },
  {
    id: 'ldr-thread',
    boxes: ['ldr-thread-a', 'ldr-thread-b'],
    arrows: ['set3-to-a', 'set3-to-b'],
    caption: L(
      'In every process that has the DLL loaded, a thread starts at ntdll!LdrHotPatchRoutine (reverse-engineered); each process has its own image mapping, so each is patched separately. Who creates that thread on Server 2003 is unconfirmed.',
      'DLL を読み込んでいるすべてのプロセスで、ntdll!LdrHotPatchRoutine からスレッドが開始します（リバースエンジニアリングによる情報）。プロセスごとにイメージのマッピングがあるので、個別にパッチを当てます。Server 2003 でこのスレッドを誰が作成するのかは未確認です。',
    ),
    note: L(
      'The parameter block carries flags (bit 0x20000000), the patch DLL name and the target DLL name. On Vista and later a flag (0x01000000) lets NtSetSystemInformation inject the thread given a process handle: also unconfirmed. This routine later became a DEP/ASLR bypass, mitigated by MS13-063.',
      'パラメーターブロックにはフラグ（ビット 0x20000000）、パッチ DLL の名前、対象 DLL の名前が入っています。Vista 以降では、フラグ（0x01000000）により、プロセスのハンドルを渡して NtSetSystemInformation にスレッドを注入させられるとされますが、これも未確認です。このルーチンは後に DEP/ASLR 回避に悪用され、MS13-063 で緩和されました。',
    ),
  },
  {
    id: 'load-patch',
    boxes: ['load-patch-a'],
    arrows: [],
    caption: L(
      'The routine takes the loader lock, checks that the target DLL is loaded and loads the patch DLL with LdrLoadDll (reverse-engineered).',
      'ルーチンはローダーロックを取得し、対象 DLL が読み込まれていることを確認して、LdrLoadDll でパッチ DLL を読み込みます（リバースエンジニアリングによる情報）。',
    ),
    note: L(
      'The patch is an ordinary DLL loaded into the same address space: this is the “patch module loaded” step of the byte figure.',
      'パッチは同じアドレス空間に読み込まれる普通の DLL です。バイト列の図の「パッチモジュールの読み込み」に当たります。',
    ),
  },
  {
    id: 'prepare',
    boxes: ['prepare-a'],
    arrows: [],
    caption: L(
      'It finds the .hotp1 section, checks the target module’s identity, applies fixups, runs the validations and builds the hook descriptors (reverse-engineered).',
      '.hotp1 セクションを見つけ、対象モジュールの同一性を確認し、フィックスアップを適用し、検証を行ってフック記述子を作ります（リバースエンジニアリングによる情報）。',
    ),
    note: L(
      'Fixups let the separately loaded patch code reach the original module’s globals. The validations are the byte comparisons of the byte figure: padding and mov edi, edi.',
      'フィックスアップにより、別に読み込まれたパッチのコードから元のモジュールのグローバル変数を参照できます。検証は、バイト列の図で見たパディングと mov edi, edi の比較です。',
    ),
  },
  {
    id: 'kernel-writes',
    boxes: ['ask-kernel-a', 'ex-apply', 'cpu-quiesce'],
    arrows: ['a-to-kernel', 'b-to-kernel'],
    caption: L(
      'It calls NtSetSystemInformation, and in kernel mode ExApplyCodePatch and MmHotPatchRoutine write the bytes (reverse-engineered). How other processors are kept off the code meanwhile is unconfirmed.',
      'NtSetSystemInformation を呼び出すと、カーネルモードで ExApplyCodePatch と MmHotPatchRoutine がバイトを書き込みます（リバースエンジニアリングによる情報）。その間、他のプロセッサーをどうやってコードから遠ざけているのかは未確認です。',
    ),
    note: L(
      'Often you will read that all CPUs are stalled at high IRQL during the write. That is widely attributed to Windows Internals and Sotirov, but we could not confirm it in public text; present it as unconfirmed.',
      '書き込み中は高い IRQL ですべての CPU を止める、という説明をよく目にします。Windows Internals や Sotirov によるものとされていますが、公開資料では確認できませんでした。未確認の情報として紹介してください。',
    ),
  },
  {
    id: 'patched',
    boxes: ['free-a', 'patched-a', 'patched-b'],
    arrows: ['kernel-writes-a', 'kernel-writes-b'],
    caption: L(
      'The bytes land in each process’s image and the routine frees its parameter block (reverse-engineered). In processes A and B, new calls now run the replacement; threads already inside finish on the old code.',
      '各プロセスのイメージにバイトが書き込まれ、ルーチンはパラメーターブロックを解放します（リバースエンジニアリングによる情報）。プロセス A と B では、新しい呼び出しが置き換え関数を実行するようになり、すでに中にいるスレッドは古いコードのまま終わります。',
    ),
    note: L(
      'No process was restarted and nothing was rebooted. Ask: what about a process that starts after this moment?',
      'プロセスの再起動もシステムの再起動も行っていません。「この後に起動するプロセスはどうなるでしょうか」と問いかけてください。',
    ),
  },
  {
    id: 'later-process',
    boxes: ['later-start'],
    arrows: ['coldpatch-to-later'],
    caption: L(
      'A process started later simply loads the coldpatch from disk: it needs no hotpatch.',
      '後から起動したプロセスは、ディスクからコールドパッチを読み込むだけです。ホットパッチは必要ありません。',
    ),
    note: L(
      'The coldpatch keeps function entry points at the same offsets, so a later hotpatch can still target it.',
      'コールドパッチは関数のエントリポイントを同じオフセットに保つので、後のホットパッチもそのまま対象にできます。',
    ),
  },
  {
    id: 'uninstall',
    boxes: ['uninstall'],
    arrows: ['uninstall-a', 'uninstall-b'],
    caption: L(
      'Uninstall: the hotpatch carries the original bytes, so they can be written back while the processes keep running.',
      'アンインストールです。ホットパッチは元のバイトを保持しているので、プロセスを動かしたまま書き戻せます。',
    ),
    note: L(
      'An apply/remove bit appears in the reverse-engineered headers. Remind the room of the limits: changed data structures, exports or global state could not be hotpatched at all.',
      'リバースエンジニアリングされたヘッダーには適用／削除のビットがあります。限界も思い出してもらいましょう。データ構造、エクスポート、グローバルな状態を変える修正は、そもそもホットパッチできませんでした。',
    ),
  },
];

export function buildOldSystemFlow(): SceneState<OldSystemFlowData>[] {
  return FLOW_STEPS.map((s, i) => {
    const introduced = (kind: 'boxes' | 'arrows', id: string) => FLOW_STEPS.slice(0, i + 1).some((p) => p[kind].includes(id));
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
