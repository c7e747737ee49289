/**
 * Figure `old-system-flow`: the fixed diagram (lanes, boxes and arrows, with their labels and
 * provenance) every step draws, highlighting some of it.
 */

import { L } from '../../i18n/lang';
import type { FlowArrow, FlowBox, FlowLane } from './data';

export const LANES: readonly FlowLane[] = [
  { id: 'admin', label: L('Administrator / package', '管理者 / パッケージ') },
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
      'For Server 2003 SP1 packages, a third-party account says that without the switch (for example through Windows Update) the package did not hotpatch and needed a reboot. Windows Internals says hotpatches were delivered through Windows Update, and Microsoft said Vista SP1 hotpatch packages install like ordinary ones: the sources disagree.',
      'Server 2003 SP1 のパッケージについて、第三者の記事は、このスイッチがなければ（Windows Update 経由など）ホットパッチは行われず再起動が必要だったとしています。一方、『Windows Internals』はホットパッチが Windows Update を通じて配布されたとし、Microsoft は Vista SP1 のホットパッチパッケージが通常のものと同じ方法でインストールされるとしています。資料どうしで記述が食い違っています。',
    ),
    code: '/hotpatch:enable',
    provenance: 'unconfirmed',
    sources: ['passing1', 'passing2', 'wi6', 'vista-sp1-notable'],
  },
  {
    id: 'package-files',
    lane: 'disk',
    label: L(
      'Package: a hotpatch (.hp) and a coldpatch binary',
      'パッケージ：ホットパッチ（.hp）とコールドパッチのバイナリ',
    ),
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
    label: L(
      'NtSetSystemInformation, calls 1 and 2: coldpatch file work',
      'NtSetSystemInformation の 1 回目と 2 回目：コールドパッチのファイル処理',
    ),
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
      'Windows Internals (describing the Windows 7-era engine) lists the operations: Rename Image, Object Swap (KnownDLLs), Patch Function Code, Refresh System DLL.',
      '『Windows Internals』（Windows 7 世代のエンジンを説明）は、操作として Rename Image、Object Swap（KnownDLLs）、Patch Function Code、Refresh System DLL を挙げています。',
    ),
    provenance: 'documented',
    sources: ['wi6'],
  },
  {
    id: 'nt-set-3',
    lane: 'kernel',
    label: L('Call 3: apply the hotpatch', '3 回目の呼び出し：ホットパッチを適用'),
    detail: L(
      'The third NtSetSystemInformation call applies the hotpatch.',
      '3 回目の NtSetSystemInformation 呼び出しでホットパッチが適用されます。',
    ),
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
    label: L(
      'Same in process B: its own thread, its own module list',
      'プロセス B でも同様：独自のスレッドと独自のモジュール一覧',
    ),
    detail: L(
      'The routine runs inside each process and looks for the target DLL in that process’s own module list, so each process is patched separately.',
      'ルーチンは各プロセスの中で動き、そのプロセス自身のモジュール一覧から対象 DLL を探すので、プロセスごとに個別にパッチを当てます。',
    ),
    code: 'ntdll!LdrHotPatchRoutine',
    provenance: 'reverse-engineered',
    sources: ['tk', '0v', 're-w7'],
  },
  {
    id: 'load-patch-a',
    lane: 'process-a',
    label: L(
      'Take the loader lock, check the target DLL is loaded, load the patch',
      'ローダーロックを取得し、対象 DLL の読み込みを確認して、パッチを読み込む',
    ),
    detail: L('The patch DLL is loaded with LdrLoadDll.', 'パッチ DLL は LdrLoadDll で読み込まれます。'),
    code: 'LdrLoadDll',
    provenance: 'reverse-engineered',
    sources: ['0v', 're-w7'],
  },
  {
    id: 'prepare-a',
    lane: 'process-a',
    label: L(
      'Find .hotp1, check module identity, fixups, validations',
      '.hotp1 を探し、モジュールの同一性を確認し、フィックスアップと検証を行う',
    ),
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
    detail: L(
      'The routine hands the hook descriptors to the kernel, which writes the bytes (Windows Internals: “The kernel parses the descriptors and applies the appropriate modifications”). That the call is NtSetSystemInformation rests on a comment in the reverse-engineered header.',
      'ルーチンはフック記述子をカーネルに渡し、カーネルがバイトを書き込みます（『Windows Internals』：「カーネルが記述子を解析し、適切な変更を適用する」）。この呼び出しが NtSetSystemInformation だという点は、リバースエンジニアリングされたヘッダーのコメントに基づく推測です。',
    ),
    code: 'NtSetSystemInformation',
    provenance: 'reverse-engineered',
    sources: ['wi6', 're-hdr'],
  },
  {
    id: 'ex-apply',
    lane: 'kernel',
    label: L(
      'Kernel writes the bytes (kernel targets: ExApplyCodePatch → MmHotPatchRoutine)',
      'カーネルがバイトを書き込む（カーネルモードの対象では ExApplyCodePatch → MmHotPatchRoutine の経路）',
    ),
    detail: L(
      'For kernel-mode targets (drivers such as mrxsmb.sys) a walkthrough reports ExApplyCodePatch → MmHotPatchRoutine.',
      'カーネルモードの対象（mrxsmb.sys のようなドライバー）では、解析記事が ExApplyCodePatch → MmHotPatchRoutine の経路を報告しています。',
    ),
    code: 'ExApplyCodePatch, MmHotPatchRoutine',
    provenance: 'reverse-engineered',
    sources: ['passing2', 'wi6'],
  },
  {
    id: 'cpu-quiesce',
    lane: 'kernel',
    label: L(
      'Other processors kept off the code while it is written?',
      '書き込み中、ほかのプロセッサをコードから遠ざける？',
    ),
    detail: L(
      'Not documented in the sources used: Windows Internals says only that the kernel parses the descriptors and applies the modifications. Accounts of stalling all CPUs at high IRQL (sometimes attributed to Sotirov, Black Hat 2006) could not be checked. Intel requires a synchronization protocol for cross-modifying code.',
      '本サイトが参照した資料には書かれていません。『Windows Internals』は、カーネルが記述子を解析して変更を適用するとしか書いていません。高い IRQL ですべての CPU を止めるという説明（Sotirov 氏の Black Hat 2006 の論文によるとされることがあります）は確認できていません。なお Intel は、クロスモディファイングコードに同期の手順を求めています。',
    ),
    provenance: 'unconfirmed',
    sources: ['wi6', 'intel-sdm-xmc'],
  },
  {
    id: 'free-a',
    lane: 'process-a',
    label: L('Free the parameter block', 'パラメーターブロックを解放'),
    detail: L(
      'The routine frees its parameter block and the thread ends.',
      'ルーチンはパラメーターブロックを解放し、スレッドは終了します。',
    ),
    provenance: 'reverse-engineered',
    sources: ['re-w7'],
  },
  {
    id: 'patched-a',
    lane: 'process-a',
    label: L('New calls run the replacement', '新しい呼び出しは置き換え関数を実行'),
    detail: L(
      'Threads already inside the old function finish on the old code.',
      'すでに古い関数の中にいるスレッドは、古いコードのまま終わります。',
    ),
    provenance: 'documented',
    sources: ['chen11'],
  },
  {
    id: 'patched-b',
    lane: 'process-b',
    label: L('New calls run the replacement', '新しい呼び出しは置き換え関数を実行'),
    detail: L('Patched separately, in its own address space.', '独自のアドレス空間で、個別にパッチが適用されます。'),
    provenance: 'documented',
    sources: ['chen11'],
  },
  {
    id: 'later-start',
    lane: 'process-later',
    label: L(
      'Loads the coldpatch from disk: no hotpatch needed',
      'ディスクからコールドパッチを読み込む：ホットパッチは不要',
    ),
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
      'ホットパッチは元のバイトを保持しています。リバースエンジニアリングされたヘッダーには適用 / 削除のビットがあります。',
    ),
    provenance: 'documented',
    sources: ['wi6', 're-hdr'],
  },
];

export const ARROWS: readonly FlowArrow[] = [
  {
    id: 'run-to-set12',
    from: 'run-package',
    to: 'nt-set-1-2',
    label: L('calls 1 and 2', '1 回目と 2 回目'),
    provenance: 'reverse-engineered',
    sources: ['passing2'],
  },
  {
    id: 'set12-to-coldpatch',
    from: 'nt-set-1-2',
    to: 'coldpatch',
    label: L('coldpatch file work', 'コールドパッチのファイル処理'),
    provenance: 'reverse-engineered',
    sources: ['passing2'],
  },
  {
    id: 'run-to-set3',
    from: 'run-package',
    to: 'nt-set-3',
    label: L('call 3', '3 回目'),
    provenance: 'reverse-engineered',
    sources: ['passing2'],
  },
  {
    id: 'set3-to-a',
    from: 'nt-set-3',
    to: 'ldr-thread-a',
    label: L(
      'a thread in each process with the DLL loaded (who creates it is unconfirmed)',
      'DLL を読み込んだ各プロセスにスレッド（誰が作成するかは未確認）',
    ),
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
  {
    id: 'a-to-kernel',
    from: 'ask-kernel-a',
    to: 'ex-apply',
    label: L('NtSetSystemInformation', 'NtSetSystemInformation'),
    provenance: 'reverse-engineered',
    sources: ['re-hdr'],
  },
  {
    id: 'b-to-kernel',
    from: 'ldr-thread-b',
    to: 'ex-apply',
    label: L(
      'process B’s thread: the same steps, then NtSetSystemInformation',
      'プロセス B のスレッド：同じ手順の後に NtSetSystemInformation',
    ),
    provenance: 'reverse-engineered',
    sources: ['re-hdr'],
  },
  {
    id: 'kernel-writes-a',
    from: 'ex-apply',
    to: 'patched-a',
    label: L('bytes written into A’s image', 'A のイメージにバイトを書き込む'),
    provenance: 'documented',
    sources: ['wi6'],
  },
  {
    id: 'kernel-writes-b',
    from: 'ex-apply',
    to: 'patched-b',
    label: L('bytes written into B’s image', 'B のイメージにバイトを書き込む'),
    provenance: 'documented',
    sources: ['wi6'],
  },
  {
    id: 'coldpatch-to-later',
    from: 'coldpatch',
    to: 'later-start',
    label: L('mapped at process start', 'プロセス起動時にマップ'),
    provenance: 'documented',
    sources: ['tn-pkg'],
  },
  {
    id: 'uninstall-a',
    from: 'uninstall',
    to: 'patched-a',
    label: L('original bytes back', '元のバイトに戻す'),
    provenance: 'documented',
    sources: ['wi6'],
  },
  {
    id: 'uninstall-b',
    from: 'uninstall',
    to: 'patched-b',
    label: L('original bytes back', '元のバイトに戻す'),
    provenance: 'documented',
    sources: ['wi6'],
  },
];
