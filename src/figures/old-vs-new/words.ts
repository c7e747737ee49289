/**
 * Figure `old-vs-new`: the words of each step (captions quote the bytes and addresses the scene
 * read from the two models), the three differences with their provenance and sources, and the
 * names of the hops. Facts: /work/shared/research/old-hotpatch.md §3–4, new-hotpatch.md §3, §5.
 */
import { L, type Localized } from '../../i18n/lang';
import type { Engine, HopKind } from '../../model/old-vs-new';
import type { Aspect, ClaimView, StepId } from './data';
import type { StepWords } from '../shared/scene-types';

/** What the captions quote, read from the models by the scene. */
export interface Quotes {
  readonly oldEntry: string;
  readonly newEntry: string;
  readonly oldPadding: string;
  readonly oldPaddingAt: string;
  readonly newPadding: string;
  readonly newPaddingAt: string;
  readonly oldTarget: string;
  readonly newStubAt: string;
  readonly newGlobalAt: string;
  readonly slotName: string;
  readonly globalName: string;
  readonly baseModule: string;
  readonly patchModule: string;
}

export const LANE_TITLE: Record<Engine, Localized> = {
  old: L('2003 engine', '旧ホットパッチ（2003 年世代）'),
  new: L('Today’s engine', '新ホットパッチ（VBS 世代）'),
};

/** The lane names on a phone, where two lanes share 390 px (no subtitle there). */
export const LANE_SHORT: Record<Engine, Localized> = {
  old: L('2003 · x86', '旧・2003 年・x86'),
  new: L('Today · x64', '新・VBS 世代・x64'),
};

export const LANE_SUBTITLE: Record<Engine, Localized> = {
  old: L('x86 · calc.exe · SetRadix (user mode)', 'x86・calc.exe・SetRadix（ユーザーモード）'),
  new: L('x64 · example.sys · SetState (kernel)', 'x64・example.sys・SetState（カーネル）'),
};

export function hopTitle(engine: Engine, kind: HopKind): Localized {
  switch (kind) {
    case 'caller':
      return L('caller', '呼び出し元');
    case 'entry':
      return L('entry', 'エントリ');
    case 'padding':
      return L('padding', 'パディング');
    case 'hpat-stub':
      return L('HPAT stub', 'HPAT のスタブ');
    case 'new-code':
      return engine === 'old' ? L('replacement', '置き換え関数') : L('patch image', 'パッチイメージ');
  }
}

export const ASPECT_TITLE: Record<Aspect, Localized> = {
  writer: L('Who writes the bytes', 'バイトを書くのは誰か'),
  payload: L('What the patch is', 'パッチの正体'),
  globals: L('What happens to globals', 'グローバル変数の扱い'),
};

/** The three differences, 2003 and today, each with how sure we are and where it comes from. */
export const DIFFERENCES: Record<Aspect, { readonly old: ClaimView; readonly new: ClaimView }> = {
  writer: {
    old: {
      text: L(
        'A thread in the patched process (ntdll!LdrHotPatchRoutine) builds the hook records and hands them to the kernel, which writes the bytes. Kernel code: the NT kernel patched itself.',
        'パッチ対象のプロセス内のスレッド（ntdll!LdrHotPatchRoutine）がフックの記述を作ってカーネルに渡し、カーネルがバイトを書きます。カーネルのコードは NT カーネル自身が書き換えました。',
      ),
      short: L('the process, via the NT kernel', 'プロセスが NT カーネル経由で'),
      provenance: 'reverse-engineered',
      sources: ['re-w7', 'tk', 'wi6', 'passing2'],
    },
    new: {
      text: L(
        'The Secure Kernel in VTL1, after checking the signature and the base image’s identity. Under memory integrity the NT kernel (VTL0) cannot write code pages at all.',
        'VTL1 のセキュアカーネルが、署名とベースイメージの識別情報を確認してから書きます。メモリ整合性が有効なら、NT カーネル（VTL0）はコードページに一切書き込めません。',
      ),
      short: L('the Secure Kernel (VTL1)', 'セキュアカーネル（VTL1）'),
      provenance: 'documented',
      sources: ['codemaxx-2026', 'ms-learn-hvci'],
    },
  },
  payload: {
    old: {
      text: L(
        'A hotpatch module the process loads (LdrLoadDll). Its .hotp1 section lists the hooks and the bytes the target must hold before anything is written.',
        'プロセスが読み込むホットパッチモジュール（LdrLoadDll）です。.hotp1 セクションに、フックと、書き込み前に対象が持っているべきバイトが記述されています。',
      ),
      short: L('a .hotp1 module', '.hotp1 モジュール'),
      provenance: 'reverse-engineered',
      sources: ['re-hdr', 'tk-hdr', 're-w7'],
    },
    new: {
      text: L(
        'A separate, Microsoft-signed patch image (a PE file) that names its base by CheckSum and TimeDateStamp; the HPAT stub past the end of the base image leads into it.',
        'Microsoft が署名した独立のパッチイメージ（PE ファイル）で、対象のベースを CheckSum と TimeDateStamp で指定します。ベースイメージ末尾の先にある HPAT のスタブから、そこへ入ります。',
      ),
      short: L('a signed patch image', '署名付きのパッチイメージ'),
      provenance: 'documented',
      sources: ['codemaxx-2026', 'silk-net-winnt'],
    },
  },
  globals: {
    old: {
      text: L(
        'Fixups rewrite addresses inside the patch code so it reaches the original module’s globals. Fixes that changed global state or data structures could not be hotpatched.',
        'フィックスアップがパッチのコード中のアドレスを書き換え、元のモジュールのグローバル変数に届くようにします。グローバルな状態やデータ構造を変える修正はホットパッチにできませんでした。',
      ),
      short: L('fixups in the patch code', 'パッチのコードのフィックスアップ'),
      provenance: 'reverse-engineered',
      sources: ['frei', 're-hdr', 'tn-lim'],
    },
    new: {
      text: L(
        'The patch code reads every global through a __ref_ pointer in read-only data, set to the base image’s copy; the patch’s own copy stays unused and its code is never relocated.',
        'パッチのコードは、読み取り専用データにある __ref_ ポインター経由でグローバル変数を読みます。ポインターはベースイメージ側のコピーを指し、パッチ自身のコピーは使われず、コードも再配置されません。',
      ),
      short: L('__ref_ points to the base image', '__ref_ がベースイメージを指す'),
      provenance: 'documented',
      sources: ['llvm-pr-151008', 'llvm-pr-138972'],
    },
  },
};

/** Which differences each step calls out: each where it differs, all three at the verdict. */
export const CALLOUTS_AT: Record<StepId, readonly Aspect[]> = {
  call: [],
  entry: ['writer'],
  padding: [],
  split: ['payload'],
  'new-code': ['globals'],
  verdict: ['writer', 'payload', 'globals'],
};

/** What both lanes share at a step (shown between them). */
export const SAME_AT: Partial<Record<StepId, (q: Quotes) => Localized>> = {
  call: () => L('Same call: neither caller changes', '同じ呼び出し：どちらの呼び出し元も変わらない'),
  entry: (q) => L(`Same two bytes at the entry: ${q.oldEntry}`, `エントリは同じ 2 バイト：${q.oldEntry}`),
  padding: () => L('Same instruction: E9, a near jump; different targets', '同じ命令 E9（ニアジャンプ）、行き先は別'),
  verdict: (q) => L(`Same entry trick: ${q.oldEntry}, then E9`, `同じエントリの仕掛け：${q.oldEntry} から E9`),
};

export const STEP_WORDS: Record<StepId, (q: Quotes) => StepWords> = {
  call: () => ({
    caption: L(
      'The same call in two engines: a caller calls a hotpatched function. Left, 2003 (32-bit calc.exe); right, today (an example driver). Neither caller has changed.',
      '同じ呼び出しを 2 つのエンジンで追います。左は旧ホットパッチ（32 ビットの calc.exe）、右は新ホットパッチ（例示のドライバー）です。どちらの呼び出し元も変わっていません。',
    ),
    note: L(
      'Set the question first: is today’s hotpatch the 2003 feature brought back? Point at the two lanes: the left is the research’s worked example, calc.exe’s SetRadix from a real Server 2008 build with a made-up replacement address; the right is the site’s example driver, with made-up addresses. Ask the room to predict where the two routes will differ.',
      '最初に問いを示します：現在のホットパッチは 2003 年の機能の復活なのか。2 つのレーンを指してください。左は調査資料の実例（Server 2008 の calc.exe の SetRadix、置き換え関数のアドレスは説明用）、右はこのサイトの例示ドライバー（アドレスは説明用）です。2 つの経路がどこで分かれるかを予想してもらいましょう。',
    ),
  }),
  entry: (q) => ({
    caption: L(
      `Both entries hold the same two bytes, ${q.oldEntry}, a short jump 7 back into the padding. Who wrote them differs: the kernel for the process in 2003, the Secure Kernel (VTL1) today.`,
      `どちらのエントリも同じ 2 バイト ${q.oldEntry}（7 バイト戻るジャンプ）です。書いたのは、2003 年はプロセスの依頼を受けたカーネル、現在は VTL1 のセキュアカーネルです。`,
    ),
    note: L(
      `Point at the two ${q.oldEntry} boxes: the displacement −7 counts from the end of the 2-byte jump, so it lands 5 bytes before the entry (not "EB FB"). The compiler promise behind it — a first instruction of at least 2 bytes — is the one thing that carried over. Then point at the callout: the old engine trusted the kernel it ran on; the new one hands the write to a component the NT kernel cannot override. Ask: why would that matter if malware ran in the kernel?`,
      `2 つの ${q.oldEntry} を指してください。変位 −7 は 2 バイトのジャンプの終わりから数えるので、エントリの 5 バイト手前に着きます（「EB FB」ではありません）。その前提である「最初の命令は 2 バイト以上」というコンパイラの約束が、そのまま引き継がれた唯一のものです。次に吹き出しを指します。旧ホットパッチは自分が動くカーネルを信頼し、新ホットパッチは NT カーネルが覆せない別のコンポーネントに書き込みを任せます。質問：「カーネルでマルウェアが動いていたら、この違いはなぜ重要でしょう？」`,
    ),
  }),
  padding: (q) => ({
    caption: L(
      `Both paddings hold an E9 jump, ${q.oldPadding} and ${q.newPadding}: the same instruction with different targets. In 2003 it reaches the replacement; today, an HPAT stub.`,
      `どちらのパディングも E9 のジャンプ（${q.oldPadding} と ${q.newPadding}）です。命令は同じで、行き先は 2003 年が置き換え関数、現在は HPAT のスタブです。`,
    ),
    note: L(
      'Point at the two E9 boxes. In 2003 the jump’s 32-bit displacement reached the replacement directly. Today the jump goes only as far as the HPAT, a region reserved right after the end of the base image, so the padding never has to reach the patch image itself. Ask: what does the extra hop buy?',
      '2 つの E9 を指してください。2003 年のジャンプは 32 ビットの変位で置き換え関数へ直接届きました。現在のジャンプは、ベースイメージの末尾の直後に確保された HPAT までしか行かないので、パディングからパッチイメージ自体へ届く必要がありません。質問：「1 段増えたホップで何が得られるでしょう？」',
    ),
  }),
  split: () => ({
    caption: L(
      `Here the routes part: in 2003 the call lands in the replacement, inside a hotpatch module the process loaded; today it lands in the HPAT stub, which jumps on into the signed patch image.`,
      `ここで経路が分かれます。2003 年はプロセスが読み込んだモジュール内の置き換え関数に、現在は HPAT のスタブに着き、そこから署名付きのパッチイメージへ進みます。`,
    ),
    note: L(
      'Point at the empty row in the left lane: the old engine had no HPAT. Its patch module was a DLL with a .hotp1 section that told the loader which bytes to check and where to write — a list of hooks. Today’s patch is a complete PE image that Microsoft signs and the Secure Kernel verifies; its IMAGE_HOT_PATCH_* tables belong only to the new design. The stub’s exact bytes are not public: the FF 25 jump shown is our illustration.',
      '左のレーンの空いた行を指してください。旧ホットパッチには HPAT がありませんでした。パッチモジュールは .hotp1 セクションを持つ DLL で、どのバイトを確認してどこへ書くか（フックの一覧）をローダーに伝えます。現在のパッチは、Microsoft が署名しセキュアカーネルが検証する完全な PE イメージで、その IMAGE_HOT_PATCH_* テーブルは新しい設計にしかありません。スタブの正確なバイト列は公開されておらず、図の FF 25 のジャンプは説明用です。',
    ),
  }),
  'new-code': (q) => ({
    caption: L(
      `Both calls now run new code. In 2003, fixups wrote the module’s addresses into the patch code; today the patch reads ${q.slotName}, which points at ${q.globalName} in ${q.baseModule}.`,
      `どちらも新しいコードを実行します。2003 年はフィックスアップがパッチのコードにアドレスを書き込み、現在は ${q.baseModule} の ${q.globalName} を指す ${q.slotName} を読みます。`,
    ),
    note: L(
      `Point at the callout. Both designs keep one copy of the data: the old one by relocating the patch code, the new one by an indirection the compiler builds in, so the patch’s code bytes never change and its hashes stay valid. Both still forbid changing a type’s layout; the old engine also refused changes to global state. Ask: a fix needs a new field in an existing structure. Can either engine ship it as a hotpatch?`,
      `吹き出しを指してください。どちらの設計もデータのコピーは 1 つです。旧ホットパッチはパッチのコードを再配置して、新ホットパッチはコンパイラが組み込む間接参照でそれを実現します。後者ではパッチのコードのバイトが変わらないので、ハッシュも有効なままです。型のレイアウトを変えられないのは両方とも同じで、旧ホットパッチはグローバルな状態の変更も受け付けませんでした。質問：「既存の構造体にフィールドを追加する修正は、どちらかのエンジンでホットパッチにできるでしょうか？」`,
    ),
  }),
  verdict: (q) => ({
    caption: L(
      `So is it the 2003 feature brought back? The entry trick is the same, ${q.oldEntry} then E9; who writes the bytes, what the patch is and how it shares data are new.`,
      `では 2003 年の機能の復活なのか。エントリの仕掛け（${q.oldEntry} から E9）は同じですが、バイトを書く主体、パッチの正体、データの共有のしかたは新しくなりました。`,
    ),
    note: L(
      'Recap with the three rows. The seed column says the old feature had a different architecture; this is what that means in bytes and components. Also different but not drawn: the old engine was documented only for 32-bit Windows Server 2003 SP1 and could be removed live, while today’s runs on x64 and Arm64 on a quarterly rhythm and needs a restart to uninstall. Send readers to the compare article for the full table.',
      '3 行で振り返ります。着想元のコラムは、旧機能は「アーキテクチャが異なる」と書いていますが、それをバイトとコンポーネントで見るとこうなります。図にない違いもあります。旧ホットパッチが文書化されていたのは 32 ビットの Windows Server 2003 SP1 だけで、動作中に削除できました。現在のものは x64 と Arm64 で四半期のリズムに沿って動き、アンインストールには再起動が必要です。全体の表は比較の記事で確認してもらいましょう。',
    ),
  }),
};
