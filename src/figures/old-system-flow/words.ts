/**
 * Figure `old-system-flow`: the words of each step of the flow (its caption and note), keyed by the
 * step's id in flow.ts; FLOW_STEPS joins them. Only the scene needs the words: the view's layout
 * reads flow.ts, so the browser does not load this file to draw the figure.
 */

import { type Localized, L } from '../../i18n/lang';
import { FLOW, type FlowStepId, type FlowStepShape } from './flow';

interface StepWords {
  readonly caption: Localized;
  readonly note: Localized;
}

export type FlowStep = FlowStepShape & StepWords;

// \u200B: a break opportunity inside a long call name, so a phone's caption never scrolls sideways.
const WORDS: Record<FlowStepId, StepWords> = {
  'run-package': {
    caption: L(
      'An administrator runs the update package with /hotpatch:enable. The package contains a hotpatch (.hp) and a coldpatch binary. Whether installing without the switch (for example through Windows Update) hotpatched is unconfirmed: the sources disagree.',
      '管理者が更新プログラムのパッケージを /hotpatch:enable 付きで実行します。パッケージにはホットパッチ（.hp）とコールドパッチのバイナリが入っています。スイッチなしで（Windows Update 経由などで）インストールした場合にホットパッチされたかどうかは、資料どうしで記述が食い違っていて未確認です。',
    ),
    note: L(
      'For Server 2003 SP1, Passing describes it as opt-in: without the switch, for example through Windows Update, the package installed normally and needed a reboot. Tell the room the sources disagree: Windows Internals says hotpatches came through Windows Update, and the Vista SP1 notes say hotpatch packages installed like any other, without a reboot.',
      'Server 2003 SP1 について、Passing 氏はオプトインだったと説明しています。このスイッチがなければ（たとえば Windows Update 経由では）パッケージは通常どおりインストールされ、再起動が必要でした。ただし資料どうしで記述が食い違う点も伝えてください。『Windows Internals』はホットパッチが Windows Update を通じて配布されたとし、Vista SP1 の資料はホットパッチパッケージがほかと同じ方法で、再起動なしにインストールされるとしています。',
    ),
  },
  'coldpatch-files': {
    caption: L(
      'The first two NtSetSystemInformation(\u200BSystemHotpatchInformation) calls do the coldpatch file work on disk (reverse-engineered: reported in a third-party walkthrough).',
      '最初の 2 回の NtSetSystemInformation(\u200BSystemHotpatchInformation) 呼び出しで、ディスク上のコールドパッチのファイル処理を行います（第三者の解析記事による、リバースエンジニアリングに基づく情報です）。',
    ),
    note: L(
      'SystemHotpatchInformation is information class 0x45 (69). Windows Internals (describing the Windows 7-era engine) names the operations: Rename Image, Object Swap for KnownDLLs, Patch Function Code, Refresh System DLL.',
      'SystemHotpatchInformation は情報クラス 0x45（69）です。『Windows Internals』（Windows 7 世代のエンジンを説明）は、操作として Rename Image、KnownDLLs の Object Swap、Patch Function Code、Refresh System DLL を挙げています。',
    ),
  },
  'apply-call': {
    caption: L(
      'The third call applies the hotpatch to the running system (reverse-engineered).',
      '3 回目の呼び出しで、動いているシステムにホットパッチを適用します（リバースエンジニアリングによる情報）。',
    ),
    note: L(
      'From here until the bytes are written, the mechanics come from reverse engineering and third-party walkthroughs, not from Microsoft documentation. Say so when you present them.',
      'ここからバイトが書き込まれるまでの仕組みは、Microsoft の文書ではなく、リバースエンジニアリングと第三者の解析記事に基づく情報です。説明するときはその旨を伝えてください。',
    ),
  },
  'ldr-thread': {
    caption: L(
      'In every process that has the DLL loaded, a thread starts at ntdll!LdrHotPatchRoutine (reverse-engineered); the routine checks that process’s own module list, so each is patched separately. Who creates that thread on Server 2003 is unconfirmed.',
      'DLL を読み込んでいるすべてのプロセスで、ntdll!LdrHotPatchRoutine からスレッドが開始します（リバースエンジニアリングによる情報）。ルーチンはそのプロセス自身のモジュール一覧を調べるので、個別にパッチを当てます。Server 2003 でこのスレッドを誰が作成するのかは未確認です。',
    ),
    note: L(
      'The parameter block carries flags (bit 0x20000000), the patch DLL name and the target DLL name. A flag 0x01000000, marked “Vista” in the reverse-engineered header, appears to let NtSetSystemInformation inject the thread given a process handle (reverse-engineered). The routine later became a DEP/ASLR bypass because WOW64 processes on 64-bit Windows found a pointer to it at a fixed address in the shared user data page (0x7FFE0350 in the proofs of concept); MS13-063 mitigated it in August 2013.',
      'パラメーターブロックにはフラグ（ビット 0x20000000）、パッチ DLL の名前、対象 DLL の名前が入っています。リバースエンジニアリングされたヘッダーで「Vista」と注記されたフラグ 0x01000000 を使うと、プロセスのハンドルを渡して NtSetSystemInformation にスレッドを注入させられるようです（リバースエンジニアリングによる情報）。このルーチンは後に DEP と ASLR の回避に悪用されました。64 ビット版 Windows の WOW64 プロセスでは、共有ユーザーデータのページの固定アドレス（概念実証コードでは 0x7FFE0350）にこのルーチンへのポインターがあったからです。2013 年 8 月の MS13-063 で緩和されました。',
    ),
  },
  'load-patch': {
    caption: L(
      'The routine takes the loader lock, checks that the target DLL is loaded and loads the patch DLL with LdrLoadDll (reverse-engineered).',
      'ルーチンはローダーロックを取得し、対象 DLL が読み込まれていることを確認して、LdrLoadDll でパッチ DLL を読み込みます（リバースエンジニアリングによる情報）。',
    ),
    note: L(
      'The patch is an ordinary DLL loaded into the same address space: this is the “patch module loaded” step of the byte figure.',
      'パッチは同じアドレス空間に読み込まれる普通の DLL です。バイト列の図の「パッチモジュールの読み込み」に相当します。',
    ),
  },
  prepare: {
    caption: L(
      'It finds the .hotp1 section, checks the target module’s identity, applies fixups, runs the validations and builds the hook descriptors (reverse-engineered).',
      '.hotp1 セクションを見つけ、対象モジュールの同一性を確認し、フィックスアップを適用し、検証を行ってフック記述子を作ります（リバースエンジニアリングによる情報）。',
    ),
    note: L(
      'Fixups let the separately loaded patch code reach the original module’s globals. The validations are the byte comparisons of the byte figure: padding and mov edi, edi.',
      'フィックスアップにより、別に読み込まれたパッチのコードから元のモジュールのグローバル変数を参照できます。検証は、バイト列の図で見たパディングと mov edi, edi の比較です。',
    ),
  },
  'kernel-writes': {
    caption: L(
      'It hands the hook descriptors to the kernel, which writes the bytes into each process’s image (Windows Internals; that the call is NtSetSystemInformation is inferred from a reverse-engineered header). ExApplyCodePatch → MmHotPatchRoutine is the path reported for kernel-mode targets. How other processors are kept off the code meanwhile is unconfirmed.',
      'フック記述子をカーネルに渡し、カーネルが各プロセスのイメージにバイトを書き込みます（『Windows Internals』による。呼び出しが NtSetSystemInformation だという点は、リバースエンジニアリングされたヘッダーからの推測です）。ExApplyCodePatch → MmHotPatchRoutine は、カーネルモードの対象について報告されている経路です。その間、ほかのプロセッサをどうやってコードから遠ざけているのかは未確認です。',
    ),
    note: L(
      'You may read that all CPUs are stalled at high IRQL during the write, sometimes attributed to Sotirov’s Black Hat 2006 paper; Windows Internals does not say so, and we could not check it. Present it as unconfirmed, and mention that Intel documents a required protocol for cross-modifying code (write, flag, serializing instruction on the other CPU).',
      '書き込み中は高い IRQL ですべての CPU を止める、という説明を目にすることがあり、Sotirov 氏の Black Hat 2006 の論文が出典とされることもあります。『Windows Internals』にはその記述がなく、本サイトでは確認できませんでした。未確認の情報として紹介し、Intel がクロスモディファイングコードに必要な手順（書き込み、フラグ、ほかの CPU でのシリアライズ命令）を定めていることも伝えてください。',
    ),
  },
  patched: {
    caption: L(
      'The bytes land in each process’s image and the routine frees its parameter block (reverse-engineered). In processes A and B, new calls now run the replacement; threads already inside finish on the old code.',
      '各プロセスのイメージにバイトが書き込まれ、ルーチンはパラメーターブロックを解放します（リバースエンジニアリングによる情報）。プロセス A と B では、新しい呼び出しが置き換え関数を実行するようになり、すでに中にいるスレッドは古いコードのまま終わります。',
    ),
    note: L(
      'No process was restarted and nothing was rebooted. Ask: what about a process that starts after this moment?',
      'プロセスの再起動もシステムの再起動も行っていません。「この後に起動するプロセスはどうなるでしょうか」と問いかけてください。',
    ),
  },
  'later-process': {
    caption: L(
      'A process started later simply loads the coldpatch from disk: it needs no hotpatch.',
      '後から起動したプロセスは、ディスクからコールドパッチを読み込むだけです。ホットパッチは必要ありません。',
    ),
    note: L(
      'The coldpatch keeps function entry points at the same offsets, so a later hotpatch can still target it.',
      'コールドパッチは関数のエントリポイントを同じオフセットに保つので、後のホットパッチもそのまま対象にできます。',
    ),
  },
  uninstall: {
    caption: L(
      'Uninstall: the hotpatch carries the original bytes, so they can be written back while the processes keep running.',
      'アンインストールです。ホットパッチは元のバイトを保持しているので、プロセスを動かしたまま書き戻せます。',
    ),
    note: L(
      'An apply/remove bit appears in the reverse-engineered headers. Remind the room of the limits: changed data structures, exports or global state could not be hotpatched at all.',
      'リバースエンジニアリングされたヘッダーには適用 / 削除のビットがあります。限界も思い出してもらいましょう。データ構造、エクスポート、グローバルな状態を変える修正は、そもそもホットパッチできませんでした。',
    ),
  },
};

/** The flow table: each step of flow.ts with its words. */
export const FLOW_STEPS: readonly FlowStep[] = FLOW.map((step) => ({ ...step, ...WORDS[step.id] }));
