/**
 * Figure `new-redirect`: the words of each step, keyed by step. Captions and notes quote the
 * model's values, so the words never drift from the picture.
 */
import { hexAddress } from '../../model/x86/hex';
import { readUnsignedLE } from '../../model/x86/encode';
import {
  EXAMPLE_REF_SLOT,
  PATCHED_FUNCTION,
  findModule,
  formatIdentity,
  functionAddresses,
  type Machine,
  type WriteTarget,
} from '../../model/vbs/index';
import { L } from '../../i18n/lang';
import type { NewRedirectData, RedirectStepId, WriteView } from './data';
import { bytesAt } from './project';
import { MODE, PATCH } from './example';
import type { StepWords } from '../shared/scene-types';

function writeOf(d: NewRedirectData, target: WriteTarget): WriteView {
  const w = [...d.writes].reverse().find((x) => x.target === target);
  if (!w) throw new Error(`new-redirect: no ${target} write to describe`);
  return w;
}

/** What every step's words may quote: the state, and values computed once from it. */
function quotes(d: NewRedirectData, m: Machine) {
  const base = findModule(m.kernel, PATCH.baseName);
  if (!base) throw new Error('new-redirect: base image missing');
  const fn = functionAddresses(base, PATCHED_FUNCTION);
  if (!fn) throw new Error('new-redirect: SetState missing');
  const entryBytes = bytesAt(m.kernel.memory, fn.entry, 2);
  const paddingBytes = bytesAt(m.kernel.memory, fn.padding, fn.entry - fn.padding);
  const g = d.globals.find((x) => x.module === PATCH.baseName);
  const gValue = g ? String(g.value) : '?';
  const identity = formatIdentity(base.identity);
  const seq = PATCH.hotPatchInfo.SequenceNumber;
  return { d, m, base, fn, entryBytes, paddingBytes, g, gValue, identity, seq };
}

type Quotes = ReturnType<typeof quotes>;

/** Each step's caption and note (and checkpoint), keyed by step. */
const WORDS: Record<RedirectStepId, (q: Quotes) => StepWords> = {
  running: ({ fn, entryBytes, paddingBytes, gValue }) => {
    return {
      caption: L(
        `example.sys runs unpatched: ${PATCHED_FUNCTION} begins with ${entryBytes} (mov eax, ecx), the ${fn.entry - fn.padding} bytes before it are padding (${paddingBytes}), and g_state holds ${gValue}. Addresses and values here are made up for the example.`,
        `example.sys はパッチなしで動いており、${PATCHED_FUNCTION} の先頭は ${entryBytes}（mov eax, ecx）、その手前の ${fn.entry - fn.padding} バイトはパディング（${paddingBytes}）、g_state の値は ${gValue} です。アドレスや値は説明用に作ったものです。`,
      ),
      note: L(
        `Point at the three things that matter later: the padding in front of ${PATCHED_FUNCTION} (the linker leaves it there with /FUNCTIONPADMIN), the 2-byte first instruction at the entry, and g_state in the driver's data. Mention that the padding fill and every address are invented for the figure. Ask the room: on x64 there is no dedicated "mov edi, edi" no-op any more — so what must the first instruction be, at minimum, for a 2-byte jump to fit over it?`,
        `後で重要になる 3 か所を指してください。${PATCHED_FUNCTION} の手前のパディング（リンカーが /FUNCTIONPADMIN で確保します）、エントリにある 2 バイトの最初の命令、そしてドライバーのデータ領域にある g_state です。パディングの中身やアドレスはすべて説明用であることも伝えてください。会場への質問：「x64 には mov edi, edi のような専用の何もしない命令がありません。2 バイトのジャンプをかぶせるには、最初の命令は最低何バイト必要でしょうか？」`,
      ),
    };
  },
  registered: ({ d, seq }) => {
    const r = d.kernel.vtl0.registrations[0];
    const regId = r ? `CheckSum ${r.baseIdentity.checkSumText}, TimeDateStamp ${r.baseIdentity.timeDateStampText}` : '';
    return {
      caption: L(
        `A servicing component calls NtManageHotPatch(ManageHotPatchLoadPatch) with the patch file ${PATCH.path} and the base identity ${regId}. The NT kernel (VTL0) records it (sequence number ${r?.sequenceNumber ?? seq}); no byte has changed yet.`,
        `サービスコンポーネントが NtManageHotPatch(ManageHotPatchLoadPatch) を呼び、パッチファイル ${PATCH.path} とベースイメージの識別情報 ${regId} を渡します。NT カーネル（VTL0）はこれを記録するだけで（シーケンス番号 ${r?.sequenceNumber ?? seq}）、まだ 1 バイトも変わっていません。`,
      ),
      note: L(
        `Point at the registration in the VTL0 panel: a path and two numbers, CheckSum and TimeDateStamp, which pin the patch to one exact build of example.sys. The kernel keeps such registrations in a structure called MI_HOT_PATCH_STATE. Stress that this is bookkeeping only — nothing has been checked or written. Ask: why would Microsoft key a patch to CheckSum and TimeDateStamp rather than to a version string?`,
        `VTL0 パネルの登録内容を指してください。パスと 2 つの数値（CheckSum と TimeDateStamp）が、パッチを example.sys のただ 1 つのビルドに結び付けます。カーネルはこうした登録を MI_HOT_PATCH_STATE という構造で管理します。ここではまだ記録しただけで、検証も書き込みもしていない点を強調してください。質問：「バージョン文字列ではなく CheckSum と TimeDateStamp でパッチを対象に結び付けるのはなぜでしょう？」`,
      ),
    };
  },
  verified: ({ d, identity, seq }) => {
    const v = d.kernel.vtl1.verification;
    const exp = v ? `CheckSum ${v.expected.checkSumText}, TimeDateStamp ${v.expected.timeDateStampText}` : '';
    return {
      caption: L(
        `The Secure Kernel (VTL1) checks Microsoft's signature and compares identities: the patch expects ${exp}, and the loaded example.sys has ${identity}. They match, so ${PATCH.name} is loaded — probably with its own loader entry, like a driver (our inference; values made up).`,
        `セキュアカーネル（VTL1）が Microsoft の署名を確認し、パッチが求める ${exp} と、読み込まれている example.sys の ${identity} を比べます。一致するので ${PATCH.name} が読み込まれ、ドライバーと同じように専用のローダーエントリを持つと考えられます（推測、値は説明用）。`,
      ),
      note: L(
        `Point at the two identity rows side by side: expected comes from the patch's IMAGE_HOT_PATCH_BASE (OriginalCheckSum, OriginalTimeDateStamp), found comes from the image in memory. Then point at the new loader entry — our inference from the kernel's hotpatch state, not a documented fact: the patch image is loaded like a driver but nothing in example.sys has changed. The Secure Kernel also notes sequence number ${seq} as the highest applied. Ask: why is it important that this check runs in VTL1 and not in the NT kernel?`,
        `2 つの識別情報を並べて指してください。「期待値」はパッチの IMAGE_HOT_PATCH_BASE（OriginalCheckSum、OriginalTimeDateStamp）から、「実際の値」はメモリ上のイメージから取ります。次に新しいローダーエントリを指します（カーネルのホットパッチ状態のフィールドからの推測で、文書化された事実ではありません）。パッチイメージはドライバーのように読み込まれますが、example.sys 自体はまだ何も変わっていません。セキュアカーネルはシーケンス番号 ${seq} を適用済みの最大値として覚えます。質問：「この検証を NT カーネルではなく VTL1 で行うことが重要なのはなぜでしょう？」`,
      ),
    };
  },
  refused: ({ d, identity }) => {
    const v = d.kernel.vtl1.verification;
    const exp = v ? `CheckSum ${v.expected.checkSumText}, TimeDateStamp ${v.expected.timeDateStampText}` : '';
    const differs = v?.differs ?? [];
    const fieldsEn = differs.map((f) => (f === 'checkSum' ? 'CheckSum' : 'TimeDateStamp')).join(' and ');
    const fieldsJa = differs.map((f) => (f === 'checkSum' ? 'CheckSum' : 'TimeDateStamp')).join(' と ');
    return {
      caption: L(
        `The Secure Kernel refuses the patch: it expects ${exp}, but the loaded example.sys has ${identity} (${fieldsEn} differ). Nothing is loaded or written, and the story stops here (made-up values).`,
        `セキュアカーネルはパッチを拒否します。パッチが求めるのは ${exp} ですが、読み込まれている example.sys は ${identity} で ${fieldsJa} が一致しないため、何も読み込まれず何も書き込まれないまま、話はここで終わります（値は説明用）。`,
      ),
      note: L(
        `This branch shows the machine running an older build of example.sys than the one the patch was compiled against. Point at the differing values: the check is exact, there is no "close enough". A hotpatch describes functions of one exact build by their offsets; against another build those offsets would point at the wrong code. What happens to such a device in practice? Microsoft documents that a device not on the current baseline is not offered the hotpatch and gets the normal cumulative update — with a restart. Ask: which of the two checks (signature or identity) protects against an attacker, and which against a servicing mistake?`,
        `この分岐では、パッチのビルド対象より古い example.sys でマシンが動いています。一致しない値を指してください。照合は完全一致で、「だいたい同じ」は通りません。ホットパッチはある 1 つのビルドの関数をオフセットで指定しているので、別のビルドに当てるとそのオフセットは違うコードを指してしまいます。実際の運用では、最新のベースラインにないデバイスにはホットパッチが提供されず、通常の累積更新プログラムが再起動付きで入ると Microsoft は説明しています。質問：「署名と識別情報の 2 つのチェックのうち、攻撃者から守るのはどちらで、サービス側の手違いから守るのはどちらでしょう？」`,
      ),
    };
  },
  wired: ({ d }) => {
    const w = writeOf(d, 'ref-slot');
    return {
      caption: L(
        `Reverse patch: the read-only page holding ${EXAMPLE_REF_SLOT} is made writable for a moment, the pointer changes from ${w.pointerBefore ?? w.before} (the patch's own g_state) to ${w.pointerAfter ?? w.after} (example.sys's g_state), and the page is read-only again.`,
        `リバースパッチです。${EXAMPLE_REF_SLOT} がある読み取り専用ページを一瞬だけ書き込み可能にし、ポインターを ${w.pointerBefore ?? w.before}（パッチ自身の g_state）から ${w.pointerAfter ?? w.after}（example.sys の g_state）に書き換えて、ページを読み取り専用に戻します。`,
      ),
      note: L(
        `Point at the slot row and the two g_state boxes. The patch was compiled as a complete binary, so it has its own g_state — and its ${EXAMPLE_REF_SLOT} pointed there by default. The compiler made every patched function reach globals only through such __ref_ slots, so re-pointing the slot is enough to make the patch use the driver's one and only g_state. The page is read-only before and after; which component performs the write is our reading (the source says "the subsystem"). Ask: what would go wrong if the patch kept using its own copy of g_state?`,
        `スロットの行と 2 つの g_state を指してください。パッチは完全なバイナリとしてコンパイルされるので自分の g_state を持っており、${EXAMPLE_REF_SLOT} も最初はそこを指しています。コンパイラは、パッチ対象の関数がグローバル変数へ必ずこの __ref_ スロット経由でアクセスするようにしているので、スロットを差し替えるだけで、パッチはドライバー側のただ 1 つの g_state を使うようになります。ページは前後とも読み取り専用です。書き込む主体がどのコンポーネントかは、出典には「サブシステム」とあるだけなので推測です。質問：「パッチが自分の g_state を使い続けたら、何がまずいでしょう？」`,
      ),
    };
  },
  'vtl0-refused': ({ d }) => {
    const a = d.kernel.vtl0.attempt;
    return {
      caption: L(
        `Could the NT kernel (VTL0) write the redirect itself? Its attempt to write the HPAT stub at ${a?.addressText ?? ''} is refused: under memory integrity (HVCI) executable kernel pages are never writable from VTL0.`,
        `NT カーネル（VTL0）が自分でリダイレクトを書こうとしても、${a?.addressText ?? ''} の HPAT スタブへの書き込みは拒否されます。メモリ整合性（HVCI）の下では、実行可能なカーネルページは VTL0 から決して書き込めないからです。`,
      ),
      note: L(
        `This is the likely reason the design puts the Secure Kernel in charge (our inference; what happens with VBS on and HVCI off is not documented). Under memory integrity, kernel pages become executable only after code-integrity checks inside VBS, and an executable page is never writable — so even a fully privileged NT kernel cannot rewrite its own code. Be precise: hotpatch requires VBS; HVCI is not listed as a requirement, and this figure simply assumes it is on. Ask: if malware ran in the NT kernel, what would this rule buy us — and what would it not?`,
        `これが、この設計でセキュアカーネルに書き込みを任せる理由だと考えられます（推測。VBS が有効で HVCI が無効の場合にどうなるかは文書化されていません）。メモリ整合性が有効だと、カーネルページは VBS 内のコード整合性チェックを通って初めて実行可能になり、実行可能なページは決して書き込み可能になりません。つまり最高権限の NT カーネルでも自分のコードを書き換えられません。正確に伝えてください：ホットパッチの要件は VBS で、HVCI は要件に挙がっていません。この図では HVCI が有効だと仮定しています。質問：「NT カーネルでマルウェアが動いていたら、このルールで何が守られ、何は守られないでしょう？」`,
      ),
    };
  },
  trampolines: ({ d, entryBytes }) => {
    const stub = writeOf(d, 'hpat-stub');
    const pad = writeOf(d, 'padding');
    const stubJump = stub.after.split(' ').slice(0, 6).join(' ');
    const target = hexAddress(
      readUnsignedLE(
        stub.after
          .split(' ')
          .slice(6)
          .map((b) => parseInt(b, 16)),
      ),
      MODE,
    );
    return {
      caption: L(
        `VTL1 writes the HPAT stub at ${stub.addressText} (${stubJump} and the patch function's address ${target}), then the padding at ${pad.addressText}: ${pad.before} → ${pad.after}, a jump to the stub. The entry still reads ${entryBytes}, so no caller can reach these bytes yet.`,
        `VTL1 が ${stub.addressText} に HPAT のスタブ（${stubJump} とパッチ関数のアドレス ${target}）を書き、続いて ${pad.addressText} のパディングを ${pad.before} → ${pad.after}（スタブへのジャンプ）に書き換えます。エントリはまだ ${entryBytes} のままなので、呼び出し側がこれらのバイトに到達することはまだありません。`,
      ),
      note: L(
        `Point at the HPAT: a region reserved right after the end of example.sys, one stub per patched function. Then at the padding, now a 5-byte long jump to that stub. The stub's exact bytes are not public — the FF 25 jump shown is our illustration — while EB F9 and E9 come from a real capture. Writing these before touching the entry is the natural order but is our inference. Ask: why can these writes be made while threads are running SetState, with no locks and no pause?`,
        `HPAT を指してください。example.sys の末尾の直後に確保される領域で、パッチ対象の関数ごとにスタブが 1 つ置かれます。次にパディングを指します。今はスタブへの 5 バイトのニアジャンプです。スタブの正確なバイト列は公開されておらず、図の FF 25 のジャンプは説明用です。一方 EB F9 と E9 は実際のキャプチャーに基づきます。エントリより先にこれらを書くのは自然な順序ですが、推測です。質問：「SetState をスレッドが実行中でも、ロックも停止もなしにこれらを書けるのはなぜでしょう？」`,
      ),
    };
  },
  flipped: ({ d }) => {
    const e = writeOf(d, 'entry');
    return {
      caption: L(
        `VTL1 flips the entry with one 2-byte write: ${e.before} → ${e.after}, a short jump 7 bytes back into the padding. Thread T1, already past the first instruction, is not affected.`,
        `VTL1 が 2 バイトの書き込み 1 回でエントリを ${e.before} → ${e.after} に切り替えます。これはパディングへ 7 バイト戻るショートジャンプで、すでに最初の命令を過ぎているスレッド T1 には影響しません。`,
      ),
      note: L(
        `Point at the entry bytes: the old 2-byte instruction is replaced by a 2-byte jump, so no thread can ever be caught halfway through an instruction. ${e.after} means "jump back 7": from the end of the jump (entry + 2) seven bytes back lands 5 bytes before the entry, exactly where the E9 sits. Beware the myth "EB FB". Microsoft says its ordering keeps things consistent without halting any processes or CPUs. Now point at T1: it is inside the old body. Ask: where will T1's next instruction come from?`,
        `エントリのバイトを指してください。2 バイトの旧命令を 2 バイトのジャンプに置き換えるので、命令の途中でスレッドが取り残されることはありません。${e.after} は「7 バイト戻る」の意味です。ジャンプ命令の終わり（エントリ + 2）から 7 バイト戻ると、エントリの 5 バイト手前、ちょうど E9 がある位置に着きます。「EB FB」という俗説に注意してください。Microsoft は、この順序によってプロセスも CPU も止めずに一貫性を保てると説明しています。次に T1 を指します。T1 は旧本体の中にいます。質問：「T1 が次に実行する命令はどこから来るでしょう？」`,
      ),
    };
  },
  'new-call': ({ d }) => {
    const p = d.callPath;
    // Every jump's bytes, as the model decoded them; the last hop is the body that runs.
    const hops = p
      ? p.hops
          .slice(0, -1)
          .map((h) => h.bytes)
          .join(' → ')
      : '';
    const lands = p?.lands;
    return {
      caption: L(
        `A new call from thread T2 walks the bytes: ${hops} → ${PATCHED_FUNCTION} in ${lands?.module ?? ''} (sequence number ${lands?.sequenceNumber ?? ''}). The caller's code did not change at all.`,
        `スレッド T2 の新しい呼び出しは、バイト列を ${hops} → ${lands?.module ?? ''} の ${PATCHED_FUNCTION}（シーケンス番号 ${lands?.sequenceNumber ?? ''}）とたどります。呼び出し側のコードは一切変わっていません。`,
      ),
      note: L(
        `Trace the path with your pointer, hop by hop: entry (short jump back), padding (long jump to the HPAT), HPAT stub (jump into the patch image), patch function. Every way into SetState — a direct call, an indirect call, a function pointer — arrives at the entry, so no call site needs changing. Only SetState is redirected; GetState runs its old code untouched. Ask: a function pointer to SetState was stored in a table long before the patch. Where does a call through it go now?`,
        `ポインターで経路を 1 段ずつたどってください。エントリ（ショートジャンプで戻る）、パディング（HPAT へのニアジャンプ）、HPAT のスタブ（パッチイメージへのジャンプ）、パッチ関数です。SetState への入り方（直接呼び出し、間接呼び出し、関数ポインター）はどれもエントリを通るので、呼び出し側を書き換える必要はありません。リダイレクトされるのは SetState だけで、GetState は元のコードのまま動きます。質問：「パッチ前から関数テーブルに保存されていた SetState へのポインター経由で呼ぶと、今はどこへ行くでしょう？」`,
      ),
    };
  },
  'shared-global': ({ d, gValue }) => {
    const st = d.stores[0];
    const own = d.globals.find((x) => x.module === PATCH.name);
    return {
      caption: L(
        `The patch function loads ${EXAMPLE_REF_SLOT} (${d.refSlot?.valueText ?? ''}) and stores ${st?.value ?? ''} there: g_state in example.sys is now ${gValue}, while the patch's own copy still holds ${own?.value ?? ''}.`,
        `パッチ関数は ${EXAMPLE_REF_SLOT}（${d.refSlot?.valueText ?? ''}）を読み、そこへ ${st?.value ?? ''} を書きます。example.sys の g_state は ${gValue} になり、パッチ自身のコピーは ${own?.value ?? ''} のままです。`,
      ),
      note: L(
        `Point at the store: it went through the __ref_ slot to example.sys's g_state. There is one copy of every global, shared by old and new code — unpatched GetState will read ${gValue}. That fits the rule that a hotpatch may not add fields to existing types: old code keeps using the same data. Ask: a later fix needs a new field in an existing structure. Can it ship as a hotpatch?`,
        `書き込み先を指してください。__ref_ スロットを経由して example.sys の g_state に書かれています。グローバル変数はどれも 1 つだけで、旧コードと新コードが共有します。パッチされていない GetState も ${gValue} を読みます。ホットパッチで既存の型にフィールドを追加できないというルールも、旧コードが同じデータを使い続けることと整合します。質問：「既存の構造体にフィールドを追加する修正は、ホットパッチで出せるでしょうか？」`,
      ),
      checkpoint: {
        question: L(
          'Thread T1 was already inside the old SetState when the entry flipped. Where does its store go?',
          'エントリが切り替わったとき、スレッド T1 はすでに旧 SetState の中にいました。T1 の書き込みはどこへ行くでしょう？',
        ),
        choices: [
          {
            id: 'old-body-same-global',
            label: L(
              'It finishes in the old body and writes the same g_state',
              '旧本体で最後まで実行し、同じ g_state に書く',
            ),
            correct: true,
            feedback: L(
              'Right: the old body is intact apart from the entry, and there is only one g_state.',
              '正解です。エントリ以外の旧本体はそのままで、g_state は 1 つしかありません。',
            ),
          },
          {
            id: 'jumps-to-patch',
            label: L('It is moved into the patch function', 'パッチ関数へ移される'),
            correct: false,
            feedback: L(
              'No: nothing moves running threads. It is past the entry, so it never sees the new jump.',
              'いいえ。実行中のスレッドを移す仕組みはありません。T1 はエントリを過ぎているので、新しいジャンプを通りません。',
            ),
          },
          {
            id: 'old-copy',
            label: L(
              'It writes an old copy of g_state that the patch cannot see',
              'パッチから見えない古い g_state に書く',
            ),
            correct: false,
            feedback: L(
              'No: there is no old copy. The patch reaches the same g_state through __ref_g_state.',
              'いいえ。古いコピーはありません。パッチも __ref_g_state 経由で同じ g_state を使います。',
            ),
          },
        ],
      },
    };
  },
  'old-thread': ({ d, gValue }) => {
    const st = d.stores[0];
    return {
      caption: L(
        `Thread T1 finishes in the old body: it stores ${st?.value ?? ''} into the same g_state at ${st?.addressText ?? ''} (now ${gValue}) and returns. Its next call will go through the entry, and so to the patch.`,
        `スレッド T1 は旧本体で最後まで実行し、同じ g_state（${st?.addressText ?? ''}）に ${st?.value ?? ''} を書いて戻ります（値は ${gValue}）。次に呼ぶときはエントリを通るので、パッチへ行きます。`,
      ),
      note: L(
        `Point at T1's instruction pointer leaving through the old ret, and at the store landing in the same g_state. For a moment old and new code ran side by side; that is safe because both versions share data and — as far as the sources let us infer — each function switches at its entry in one step. Unlike Linux livepatch there is no per-thread transition — the price is the strict rules on what a patch may change. Recap the whole chain: EB F9 → E9 → HPAT → patch, with __ref_ pointing to the base's globals. Ask: why can the old patch image not simply be freed as soon as a newer one arrives?`,
        `T1 の命令ポインターが旧コードの ret から抜けていくところと、書き込みが同じ g_state に入るところを指してください。一時的に旧コードと新コードが並行して動きましたが、データを共有しており、また（資料から推測できる限り）各関数はエントリで一度に切り替わるので問題ありません。Linux の livepatch のようなスレッドごとの移行期間はなく、その代わりにパッチで変えられる内容が厳しく制限されています。最後に全体を振り返ります：EB F9 → E9 → HPAT → パッチ、そして __ref_ はベースのグローバル変数を指します。質問：「新しいパッチが来ても、古いパッチイメージをすぐに解放できないのはなぜでしょう？」`,
      ),
    };
  },
};

export function stepWords(d: NewRedirectData, m: Machine): StepWords {
  return WORDS[d.step](quotes(d, m));
}
