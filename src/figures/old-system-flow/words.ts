/**
 * Figure `old-system-flow`: each step of the flow (what it focuses, its caption and note), keyed
 * by step.
 */

import { type Localized, L } from '../../i18n/lang';


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
