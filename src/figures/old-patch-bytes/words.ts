/**
 * Figure `old-patch-bytes`: the caption and note of each phase, keyed by phase (a table, so
 * TypeScript checks that every phase has words). They quote the model's bytes and addresses, so
 * the words never drift from the picture.
 */

import { type Localized, L } from '../../i18n/lang';
import { decodeAt } from '../../model/x86/decode';
import { hex, hexBytes } from '../../model/x86/hex';
import { joinRuns, type DiffRun } from '../shared/byte-listing';
import type { JumpMath, SceneError, ValidationCheck } from './data';
import type { Ctx } from './scene';
import { OLD_PATCH_BYTES_PHASES, type OldPatchBytesPhase } from './phases';

interface CaptionInput {
  readonly checks: readonly ValidationCheck[];
  readonly diffs: readonly (readonly DiffRun[])[];
  readonly newCallPath: string;
  readonly oldPath: string;
  readonly insideIp: number;
  readonly error: SceneError | undefined;
  readonly longJump: JumpMath | undefined;
  readonly shortJump: JumpMath | undefined;
}

interface PhaseWords {
  readonly caption: Localized;
  readonly note: Localized;
}

/** What every phase's words may quote: the context, the inputs, and values computed once from them. */
function quotes(ctx: Ctx, input: CaptionInput) {
  const { layout, mode } = ctx;
  const x64 = mode === 'x64';
  const n = layout.paddingLength;
  const fill = hex(layout.fill, 2);
  const fillName = layout.fill === 0xcc ? 'int 3' : 'nop';
  const first = decodeAt(layout.original, layout.entry, mode);
  const firstBytes = hexBytes(first.bytes);
  const diff = (i: number) => joinRuns(input.diffs[i] ?? []);
  const x64Flag = x64
    ? L(
        ' (Illustrative: the exact bytes Microsoft’s engine wrote on x64 are not known.)',
        '（例示です。Microsoft のエンジンが x64 で実際に書き込んだバイトはわかっていません。）',
      )
    : L('', '');
  const err = input.error;
  return { ...ctx, input, x64, n, fill, fillName, first, firstBytes, diff, x64Flag, err };
}

type Quotes = ReturnType<typeof quotes>;

/** Each phase's caption and note. */
const WORDS: Record<OldPatchBytesPhase, (q: Quotes) => PhaseWords> = {
  start: ({ x64, n, fill, fillName, first, firstBytes, layout, a }) =>
    x64
      ? {
          caption: L(
            `Before the patch: ${n} padding bytes (${fill} = ${fillName}) at ${a(layout.paddingStart)}, then the function’s first instruction at ${a(layout.entry)}: ${first.text} (${firstBytes}), at least 2 bytes long as x64 compilers guarantee.`,
            `パッチ前の状態です。${a(layout.paddingStart)} から ${n} バイトのパディング（${fill} = ${fillName}）があり、${a(layout.entry)} に関数の最初の命令 ${first.text}（${firstBytes}）が続きます。x64 のコンパイラは最初の命令が 2 バイト以上であることを保証します。`,
          ),
          note: L(
            `There is no mov edi, edi on x64: the real first instruction is the patch point, and the linker leaves 6 bytes of padding. This first instruction is an illustrative, common x64 prologue. Ask: why can’t x64 simply use mov edi, edi too? (It is not a no-op there: it clears the upper half of RDI.)`,
            `x64 には mov edi, edi はありません。本物の最初の命令がパッチポイントになり、リンカーは 6 バイトのパディングを確保します。この最初の命令はよくある x64 のプロローグを例として示したものです。「x64 でも mov edi, edi を使えばよいのでは？」と問いかけてください（x64 では RDI の上位 32 ビットをクリアするので、何もしない命令にはなりません）。`,
          ),
        }
      : {
          caption: L(
            `Before the patch: the previous function ends with ret 0Ch at ${a(layout.previousTail)}, ${n} padding bytes (${fill} = ${fillName}) follow at ${a(layout.paddingStart)}, and the function starts at ${a(layout.entry)} with ${first.text} (${firstBytes}).`,
            `パッチ前の状態です。${a(layout.previousTail)} で直前の関数が ret 0Ch で終わり、${a(layout.paddingStart)} から ${n} バイトのパディング（${fill} = ${fillName}）が続き、${a(layout.entry)} から始まる関数の先頭は ${first.text}（${firstBytes}）です。`,
          ),
          note: L(
            `Point at the ${n} padding bytes and the 2-byte mov edi, edi: these 7 bytes are all the patch will touch. The fill byte varies between builds (90 in a 2005 kernel, CC in Server 2008 calc.exe); the padding is never executed. Ask: why would a compiler emit an instruction that does nothing?`,
            `${n} バイトのパディングと 2 バイトの mov edi, edi を指してください。パッチが書き換えるのはこの 7 バイトだけです。パディングを埋めるバイトはビルドによって異なり（2005 年のカーネルでは 90、Server 2008 の calc.exe では CC）、パディングが実行されることはありません。「何もしない命令をなぜコンパイラが出力するのでしょうか」と問いかけてみましょう。`,
          ),
        },
  loaded: ({ input, layout, a }) => {
    const loadedRun = (input.diffs[1] ?? [])[0];
    const loadedRange = loadedRun ? `${a(loadedRun.start)}–${a(loadedRun.end - 1)}` : a(layout.patchEntry);
    return {
      caption: L(
        `The patch module is loaded into the same address space: the replacement function now occupies ${loadedRange} (a made-up address). The old code has not changed.`,
        `パッチモジュールが同じアドレス空間に読み込まれ、置き換え関数が ${loadedRange}（例として選んだアドレス）に配置されました。古いコードはまだ変わっていません。`,
      ),
      note: L(
        'Nothing is redirected yet: both functions exist side by side. The patch holds only the changed function; its bytes here are a stand-in.',
        'まだ何も切り替わっていません。2 つの関数が並んで存在しているだけです。パッチに含まれるのは変更された関数だけで、ここでのバイトは代用の例です。',
      ),
    };
  },
  validated: ({ input }) => {
    const checkText = input.checks
      .map((c) => `${c.addressText}: ${c.expected} ${c.ok ? '=' : '≠'} ${c.found}`)
      .join('; ');
    return {
      caption: L(
        `Validation: the target’s bytes are compared with the expected bytes the patch carries — ${checkText}. Any mismatch aborts the patch before a byte is written.`,
        `検証です。対象のバイトを、パッチが持っている期待値と比較します（${checkText}）。一致しなければ、1 バイトも書き込む前にパッチを中止します。`,
      ),
      note: L(
        'These checks mirror the validation records of the reverse-engineered .hotp1 format: one for the padding, one for the entry. Windows Internals describes the same check as a comparison of the old data, a checksum or a hash. Ask: what would happen if the patch were applied to a different build of the file?',
        'この比較は、リバースエンジニアリングで明らかになった .hotp1 形式の検証レコード（パディング用とエントリ用の 2 つ）に対応しています。『Windows Internals』も、この確認を古いデータの比較、チェックサム、ハッシュのいずれかによるものと説明しています。「別のビルドのファイルにパッチを当てたらどうなるでしょうか」と問いかけてください。',
      ),
    };
  },
  'long-jump': ({ input, err, layout, a, diff, x64, x64Flag }) => {
    const lj = input.longJump;
    return err
      ? {
          caption: L(
            `Nothing is written: a rel32 jump from the padding at ${a(layout.paddingStart)} cannot reach ${a(layout.patchEntry)}, because rel32 reaches only ±2 GB. The reverse-engineered loader refuses such a patch (“${err.loaderMessage ?? ''}”).`,
            `何も書き込まれません。${a(layout.paddingStart)} のパディングからの rel32 ジャンプは ${a(layout.patchEntry)} に届きません。rel32 が届くのは ±2 GB までだからです。リバースエンジニアリングされたローダーは、このようなパッチを「${err.loaderMessage ?? ''}」として拒否します。`,
          ),
          note: L(
            'That is why LLVM’s emulation jumps indirectly on x64, through an 8-byte slot within 2 GB of the image; that Microsoft’s engine did the same is an inference (Frei asks for scratch space within 2 GB). Switch the jump kind to “indirect” to compare. The loader message comes from reverse-engineered code.',
            'そのため LLVM のエミュレーションは、x64 ではイメージから 2 GB 以内に置いた 8 バイトのスロットを経由して間接ジャンプします。Microsoft のエンジンも同じだったというのは推測です（Frei 氏は 2 GB 以内に作業用の領域を求めています）。ジャンプの種類を「indirect」に切り替えて比べてみてください。ローダーのメッセージはリバースエンジニアリングされたコードによるものです。',
          ),
        }
      : lj?.kind === 'rip-indirect'
        ? {
            caption: joinCaption(
              L(
                `First the slot and the padding are written — ${diff(3).en}. The padding now holds ${lj.text}, which reads the replacement’s address from the slot at ${lj.slotText ?? ''}; nothing runs the padding yet.`,
                `まずスロットとパディングに書き込みます（${diff(3).ja}）。パディングには ${lj.text} が入り、${lj.slotText ?? ''} のスロットから置き換え関数のアドレスを読み出します。パディングを実行するスレッドはまだありません。`,
              ),
              x64Flag,
            ),
            note: L(
              `FF 25 disp32 is jmp qword ptr [rip+disp32]; disp32 = slot − (site + 6): ${lj.formula}. Only the slot must be within 2 GB; the replacement itself can be anywhere.`,
              `FF 25 disp32 は jmp qword ptr [rip+disp32] です。disp32 = スロット − (書き込み位置 + 6) で、${lj.formula} となります。2 GB 以内にある必要があるのはスロットだけで、置き換え関数はどこにあっても構いません。`,
            ),
          }
        : {
            caption: joinCaption(
              L(
                `First the long jump goes into the padding — ${diff(3).en} (${lj?.text ?? ''}). No thread ever executes the padding, so this write on its own changes nothing.`,
                `まずニアジャンプ（長いジャンプ）をパディングに書き込みます（${diff(3).ja}、${lj?.text ?? ''}）。パディングを実行するスレッドはないので、この書き込みだけでは何も変わりません。`,
              ),
              x64 ? x64Flag : undefined,
            ),
            note: L(
              `The displacement counts from the end of the 5-byte jump: ${lj?.formula ?? ''}, stored little-endian as ${lj?.displacementBytes ?? ''}. That the real engine always writes the padding first is not confirmed; the reverse-engineered sample lists the padding hook first. Ask: why + 5?`,
              `変位は 5 バイトのジャンプ命令の末尾から数えます。${lj?.formula ?? ''} で、リトルエンディアンで ${lj?.displacementBytes ?? ''} と格納されます。実際のエンジンが常にパディングを先に書き込むかどうかは確認されていません（リバースエンジニアリングされたサンプルではパディング側のフックが先に並んでいます）。「なぜ + 5 なのでしょうか」と問いかけてください。`,
            ),
          };
  },
  'short-jump': ({ input, err, firstBytes, diff, x64, x64Flag }) => {
    const sj = input.shortJump;
    return err
      ? {
          caption: L(
            `The entry stays ${firstBytes.split(' ').slice(0, 2).join(' ')}: without a jump in the padding there is nothing for a short jump to land on, so the patch stops here.`,
            `エントリは ${firstBytes.split(' ').slice(0, 2).join(' ')} のままです。パディングにジャンプがなければ、ショートジャンプの飛び先がないので、パッチはここで止まります。`,
          ),
          note: L(
            'The patch is all-or-nothing: every hook is encoded before the first byte is written.',
            'パッチは「全部か無か」です。最初の 1 バイトを書き込む前に、すべてのフックをエンコードできるか確かめます。',
          ),
        }
      : {
          caption: joinCaption(
            L(
              `Then a single 2-byte write flips the entry — ${diff(4).en} (${sj?.text ?? ''}). The displacement is ${String(sj?.displacement ?? 0).replace('-', '−')}, counted from the end of the 2-byte jump, so the bytes are ${sj?.bytes ?? ''}.`,
              `次に、2 バイトの書き込み 1 回でエントリを切り替えます（${diff(4).ja}、${sj?.text ?? ''}）。変位は 2 バイトのジャンプの末尾から数えて ${String(sj?.displacement ?? 0).replace('-', '−')} なので、バイト列は ${sj?.bytes ?? ''} になります。`,
            ),
            x64 ? x64Flag : undefined,
          ),
          note: x64
            ? L(
                `${sj?.formula ?? ''}. The short jump overwrites the first 2 bytes of a real instruction; that is fine, because the old entry is never executed again and nothing jumps into the middle of it.`,
                `${sj?.formula ?? ''} です。ショートジャンプは本物の命令の先頭 2 バイトを上書きしますが、古いエントリが再び実行されることはなく、途中に飛び込むジャンプもないので問題ありません。`,
              )
            : L(
                `${sj?.formula ?? ''}. A common myth says EB FB (“jmp −5”): the target is entry − 5, but the displacement counts from the next instruction, so it is −7 = EB F9. One 2-byte instruction replaced by another: no thread can be caught halfway through it.`,
                `${sj?.formula ?? ''} です。「EB FB（jmp −5）」という説明を見かけますが誤りです。飛び先はエントリ − 5 ですが、変位は次の命令から数えるので −7、つまり EB F9 です。2 バイトの命令を 2 バイトの命令で置き換えるので、命令の途中にいるスレッドは存在し得ません。`,
              ),
        };
  },
  'new-call': ({ input, err }) =>
    err
      ? {
          caption: L(
            `New calls still run the old code: ${input.newCallPath}.`,
            `新しい呼び出しは、今も古いコードを実行します：${input.newCallPath}。`,
          ),
          note: L(
            'Nothing changed, so every call behaves as before the patch.',
            '何も変わっていないので、どの呼び出しもパッチ前と同じように動きます。',
          ),
        }
      : {
          caption: L(
            `A new call now takes the detour: ${input.newCallPath}. The replacement is a complete function; new calls never enter the old body.`,
            `新しい呼び出しは迂回路を通ります：${input.newCallPath}。置き換え関数は完全な関数なので、新しい呼び出しが古い本体に入ることはありません。`,
          ),
          note: L(
            'Trace the path with your finger: entry, back into the padding, far away to the replacement. Two extra jumps per call is the whole cost.',
            '経路を指でたどってください。エントリからパディングへ戻り、そこから遠くの置き換え関数へ飛びます。呼び出しごとに増えるのはジャンプ 2 回だけです。',
          ),
        },
  'old-thread': ({ input, err, a }) => ({
    caption: L(
      `A thread that was already past the entry (at ${a(input.insideIp)}) finishes on the old code: ${input.oldPath}.${err ? '' : ' For a while, old and new code run side by side.'}`,
      `すでにエントリを過ぎていたスレッド（${a(input.insideIp)}）は、古いコードのまま最後まで実行します：${input.oldPath}。${err ? '' : 'しばらくの間、古いコードと新しいコードが並行して動きます。'}`,
    ),
    note: L(
      'This is why a function whose threads never leave it (an infinite loop, a persistent stack frame) cannot be fixed by a hotpatch: those threads never see the new code.',
      '関数から抜けないスレッド（無限ループや、ずっと残るスタックフレーム）がある関数をホットパッチで修正できないのはこのためです。そのスレッドが新しいコードを実行することはありません。',
    ),
  }),
  undo: ({ err, diff }) =>
    err
      ? {
          caption: L(
            'Nothing to uninstall: the patch was never applied, so the original bytes are still in place.',
            'アンインストールするものはありません。パッチは適用されておらず、元のバイトがそのまま残っています。',
          ),
          note: L(
            'Compare with the indirect x64 layout, or with an x86 layout, where the same patch succeeds.',
            '同じパッチが成功する x64 の間接ジャンプのレイアウトや x86 のレイアウトと比べてみてください。',
          ),
        }
      : {
          caption: L(
            `Uninstall: the hotpatch carries the original bytes, so they can be put back at run time — ${diff(7).en}.`,
            `アンインストールです。ホットパッチは元のバイトを保持しているので、実行中に書き戻せます（${diff(7).ja}）。`,
          ),
          note: L(
            'This model undoes the writes in reverse order, so the entry goes back first and new calls return to the old code before the padding is restored; the order the real engine used is not documented. Processes started after installation load the coldpatch from disk instead.',
            'このモデルでは書き込みを逆順に戻すので、まずエントリが元に戻り、パディングを復元する前に新しい呼び出しは古いコードへ戻ります。実際のエンジンがどの順序で戻したかは文書化されていません。なお、インストール後に起動したプロセスは、ディスク上のコールドパッチを読み込みます。',
          ),
        },
};

/** The caption and note of every phase, in the figure's order. */
export function captions(ctx: Ctx, input: CaptionInput): PhaseWords[] {
  const q = quotes(ctx, input);
  return OLD_PATCH_BYTES_PHASES.map((phase) => WORDS[phase](q));
}

function joinCaption(main: Localized, extra: Localized | undefined): Localized {
  if (!extra) return main;
  return { en: main.en + extra.en, ja: main.ja + extra.ja };
}
