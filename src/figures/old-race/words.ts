/**
 * Figure `old-race`: the caption, note and checkpoint of each frame, quoting the model's bytes
 * and schedules, so the words never drift from the picture.
 */

import type { Checkpoint } from '../shared/scene-types';
import { type Localized, L } from '../../i18n/lang';
import { hexBytes } from '../../model/x86/hex';
import type { Memory } from '../../model/x86/memory';
import type { OldLayout } from '../../model/old/layout';
import type { PatchWrite } from '../../model/old/protocol';
import { step } from '../../model/old/thread';
import { diffText } from '../shared/byte-listing';
import type { OldRaceParams, RaceEvent, RaceThreadView, RaceVerdict, ThreadId, TornView } from './data';

export function listEn(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

export function startLabel(label: string): Localized {
  if (label === 'before the call') return L('before the call', '呼び出し前');
  if (label === 'entry') return L('at the entry', 'エントリ');
  return L(`at ${label}`, label.replace('entry', 'エントリ'));
}

interface DescribeCtx {
  readonly layout: OldLayout;
  readonly mode: OldRaceParams['write'];
  readonly writes: readonly PatchWrite[];
  readonly verdict: RaceVerdict;
  readonly a: (n: number) => string;
}

interface FrameLike {
  readonly event: RaceEvent;
  readonly memory: Memory;
  readonly previous: Memory;
  readonly threads: readonly RaceThreadView[];
  readonly landed: number;
  readonly torn: TornView | undefined;
}

type Words = { caption: Localized; note: Localized };
type Describe<K extends RaceEvent['kind']> = (
  f: FrameLike & { readonly event: Extract<RaceEvent, { kind: K }> },
  prev: FrameLike | undefined,
  ctx: DescribeCtx,
) => Words;

/** Each frame's caption and note, keyed by the kind of event the frame shows. */
const WORDS: { [K in RaceEvent['kind']]: Describe<K> } = {
  start: (f, _prev, { mode, a }) => {
    const ip = (id: ThreadId) => a(f.threads.find((t) => t.id === id)?.ip ?? 0);
    return {
      caption: L(
        `Three threads are using the function while the patch goes in: T1 is about to call it (IP ${ip('T1')}), T2 has just executed mov edi, edi (IP ${ip('T2')}), T3 is further inside (IP ${ip('T3')}). ${
          mode === 'two-step'
            ? 'The patch is written the real way: a long jump into the padding, then 2 bytes at the entry.'
            : 'This time the patch is written naively: one 5-byte jump over the first bytes of the live function.'
        }`,
        `パッチを当てている最中にも 3 つのスレッドがこの関数を使っています。T1 はこれから呼び出すところ（命令ポインター ${ip('T1')}）、T2 は mov edi, edi を実行した直後（${ip('T2')}）、T3 はさらに奥（${ip('T3')}）にいます。${
          mode === 'two-step'
            ? '今回は本来の方法で書き込みます。まずパディングにニアジャンプ（長いジャンプ）、次にエントリに 2 バイトです。'
            : '今回は単純な方法で書き込みます。動いている関数の先頭に 5 バイトのジャンプを 1 回で上書きします。'
        }`,
      ),
      note: L(
        'A thread’s instruction pointer is the address it will fetch next. Each thread fetches an instruction from memory as it is at that moment. Ask the room which thread is most at risk.',
        '命令ポインターは、スレッドが次に命令を読み出すアドレスです。スレッドはその時点のメモリから命令を読み出します。どのスレッドがいちばん危ないか、受講者に聞いてみましょう。',
      ),
    };
  },
  write: (f, _prev, { layout, mode, writes }) => {
    const k = f.event.index;
    const change = diffText(f.previous, f.memory, 'x86');
    const w = writes[k - 1];
    const inside = w
      ? f.threads.filter((t) => t.status === 'running' && t.ip > w.address && t.ip < w.address + w.bytes.length)
      : [];
    const insideEn = inside
      .map((t) => `${t.id}’s IP, ${t.ipText}, now points into the middle of the new jump.`)
      .join(' ');
    const insideJa = inside
      .map((t) => `${t.id} の命令ポインター ${t.ipText} は、新しいジャンプ命令の途中を指しています。`)
      .join('');
    const isPadding = w !== undefined && w.address === layout.paddingStart;
    const restEn =
      insideEn ||
      (isPadding
        ? 'No thread runs the padding, so nobody notices.'
        : 'A thread fetching at the entry from now on gets the new jump.');
    const restJa =
      insideJa ||
      (isPadding
        ? 'パディングを実行するスレッドはないので、誰も気づきません。'
        : 'これ以降にエントリから命令を読み出すスレッドは、新しいジャンプを実行します。');
    return {
      caption: L(
        `Write ${k} of ${writes.length} lands: ${change.en}. ${restEn}`,
        `${writes.length} 回中 ${k} 回目の書き込みです（${change.ja}）。${restJa}`,
      ),
      note:
        mode === 'naive'
          ? L(
              'The five bytes were three instructions (mov edi, edi; push ebp; mov ebp, esp). A thread between them is now inside one 5-byte instruction. Even suspending every thread would not help: a new thread can start at any time.',
              'この 5 バイトは 3 つの命令（mov edi, edi、push ebp、mov ebp, esp）でした。その間にいたスレッドは、今や 1 つの 5 バイト命令の途中にいます。全スレッドを停止しても解決しません。新しいスレッドはいつでも作られ得るからです。',
            )
          : isPadding
            ? L(
                'The padding is never executed, so this write is invisible to every thread. Point out that no IP is inside the written bytes.',
                'パディングは実行されないので、この書き込みはどのスレッドからも見えません。書き込まれたバイトの中を指している命令ポインターがないことを示してください。',
              )
            : L(
                'One 2-byte instruction replaced by one 2-byte instruction: every thread is either before it or past it, never inside it.',
                '2 バイトの命令を 2 バイトの命令で置き換えるので、どのスレッドもその命令の前か後ろにいて、途中にいることはありません。',
              ),
    };
  },
  step: (f, prev) => {
    const id = f.event.thread;
    const t = f.threads.find((x) => x.id === id);
    const ex = t?.lastExecuted;
    if (!t || !ex) return { caption: L('', ''), note: L('', '') };
    if (t.status === 'torn' && f.torn) {
      const tv = f.torn;
      return {
        caption: L(
          `${id} fetches at ${tv.addressText} and decodes ${tv.bytes} as “${tv.text}” — an instruction nobody wrote: ${tv.fromWrite} bytes from the middle of the new jump and ${tv.fromOld} from the old code. From here on, what it does is undefined.`,
          `${id} は ${tv.addressText} から命令を読み出し、${tv.bytes} を「${tv.text}」と解釈します。誰も書いていない命令です。新しいジャンプの途中の ${tv.fromWrite} バイトと、古いコードの ${tv.fromOld} バイトからできています。ここから先の動作は予測できません。`,
        ),
        note: L(
          'This is the torn instruction: the thread is at an instruction boundary of the old code, but those bytes now belong to the middle of the new jump. Typically the process crashes, or worse, keeps running with corrupted state.',
          'これが分断された命令（torn instruction）です。スレッドは古いコードの命令境界にいますが、そのバイトは今や新しいジャンプの途中の一部です。多くの場合プロセスはクラッシュし、最悪の場合は壊れた状態のまま動き続けます。',
        ),
      };
    }
    const prevT = prev?.threads.find((x) => x.id === id);
    const fromIp = prevT?.ipText ?? ex.addressText;
    const endEn =
      t.status === 'in-replacement'
        ? ' It has reached the replacement function.'
        : t.status === 'returned'
          ? ' It returned to its caller: it finished on the old code.'
          : '';
    const endJa =
      t.status === 'in-replacement'
        ? '置き換え関数に到達しました。'
        : t.status === 'returned'
          ? '呼び出し元に戻りました。古いコードのまま最後まで実行したことになります。'
          : '';
    const version =
      ex.matches.includes('new') && !ex.matches.includes('old')
        ? 'new'
        : ex.matches.includes('old') && !ex.matches.includes('new')
          ? 'old'
          : 'both';
    const versionEn = version === 'new' ? 'new code' : version === 'old' ? 'old code' : 'unchanged code';
    const versionJa = version === 'new' ? '新しいコード' : version === 'old' ? '古いコード' : '変わっていないコード';
    return {
      caption: L(
        `${id} executes ${ex.text} (${ex.bytes}) at ${fromIp}, a whole instruction of the ${versionEn}; its IP is now ${t.ipText}.${endEn}`,
        `${id} が ${fromIp} の ${ex.text}（${ex.bytes}）を実行しました。${versionJa}の完全な命令です。命令ポインターは ${t.ipText} になりました。${endJa}`,
      ),
      note: L(
        `Follow ${id}’s marker. It fetched the bytes that were in memory at that moment; they form one whole instruction.`,
        `${id} のマーカーを追ってください。その時点でメモリにあったバイトを読み出しており、それは 1 つの完全な命令になっています。`,
      ),
    };
  },
  summary: (_f, _prev, { mode, writes, verdict }) => {
    const n = verdict.schedules;
    const s = verdict.starts.length;
    if (mode === 'two-step') {
      return {
        caption: L(
          `Checked exhaustively: across ${n} schedules (${s} starting points × every placement of the ${writes.length} writes between a thread’s steps), no thread ever executed anything but a whole instruction of the old or the new code.`,
          `すべての組み合わせを確かめました。${n} 通りのスケジュール（${s} か所の開始位置 × ${writes.length} 回の書き込みをスレッドの各ステップの間に置くすべての方法）のどれでも、スレッドが実行したのは古いコードか新しいコードの完全な命令だけでした。`,
        ),
        note: L(
          'These counts come from this site’s own model of the three threads and the writes, not from Microsoft or Intel; it is a model check, not a proof about real CPUs, and it assumes each write lands atomically. Intel guarantees that for an aligned 16-bit write, or within one cache line on P6 and later (the example’s entry is 2-byte aligned); whether every patch site met that is not documented. Other CPUs also need Intel’s cross-modifying-code protocol, which the model does not show.',
          'この件数は、3 つのスレッドと書き込みを本サイトが独自にモデル化して数えたもので、Microsoft や Intel の資料にある数字ではありません。実際の CPU についての証明ではなく、各書き込みがアトミックに行われることを前提にしています。Intel は、16 ビット境界に揃った 16 ビットの書き込み、または P6 以降のプロセッサでは 1 つのキャッシュラインに収まる書き込みについてアトミック性を保証しています（この例のエントリは 2 バイト境界に揃っています）。すべてのパッチ位置がこの条件を満たしていたかは文書化されていません。ほかの CPU については、Intel が定めるクロスモディファイングコードの同期手順も必要ですが、このモデルには含まれていません。',
        ),
      };
    }
    return {
      caption: L(
        `Checked exhaustively: ${verdict.tornSchedules} of ${n} schedules execute a torn instruction. It can happen to a thread that starts ${verdict.tornStartsText.en}: every thread that can be inside the first five bytes when they are overwritten.`,
        `すべての組み合わせを確かめると、${n} 通り中 ${verdict.tornSchedules} 通りのスケジュールで分断された命令が実行されます。起こり得るのは開始位置が ${verdict.tornStartsText.ja} のスレッド、つまり先頭 5 バイトが上書きされる瞬間にその中にいる可能性のあるスレッドすべてです。`,
      ),
      note: L(
        'These counts come from this site’s own model. Compare with the two-step run: same threads, same moment, but there no schedule tears. The difference is only how the bytes are written.',
        'この件数は本サイト独自のモデルによるものです。2 段階の書き込みと比べてください。同じスレッド、同じタイミングでも、そちらでは分断された命令が生じる組み合わせは 1 つもありません。違いはバイトの書き込み方だけです。',
      ),
    };
  },
};

export function describe(f: FrameLike, prev: FrameLike | undefined, ctx: DescribeCtx): Words {
  // The table is keyed by the event's kind, so the entry matches `f` (TypeScript cannot correlate the union).
  return WORDS[f.event.kind](f as never, prev, ctx);
}

export function checkpointFor(
  layout: OldLayout,
  f: FrameLike,
  mode: OldRaceParams['write'],
  a: (n: number) => string,
): Checkpoint {
  // The correct answer is computed by stepping T1 on the current memory, not hard-coded.
  const t1 = f.threads.find((t) => t.id === 'T1');
  const ip = t1?.ip ?? layout.entry;
  const probe = step(
    { id: 'T1', ip, stack: [layout.returnAddress], exitAddress: layout.returnAddress, status: 'running' },
    f.memory,
    'x86',
  );
  const next = probe.thread.ip;
  const answer =
    next === layout.paddingStart
      ? 'padding'
      : next >= layout.patchEntry && next < layout.patchEnd
        ? 'replacement'
        : 'old';
  const pad = a(layout.paddingStart);
  const rep = a(layout.patchEntry);
  const why: Record<string, Localized> = {
    old: L(
      `The bytes at the entry are no longer 8B FF: they are now ${hexBytes(probe.executed.bytes)}.`,
      `エントリのバイトはもう 8B FF ではなく、${hexBytes(probe.executed.bytes)} になっています。`,
    ),
    padding:
      mode === 'two-step'
        ? L(
            `Right: EB F9 jumps back 7 bytes to ${pad}, where the long jump waits.`,
            `正解です。EB F9 は 7 バイト戻って ${pad} に飛び、そこにニアジャンプがあります。`,
          )
        : L('The naive write does not use the padding at all.', '単純な一括上書きではパディングをまったく使いません。'),
    replacement:
      mode === 'naive'
        ? L(
            `Right: the 5-byte jump at the entry goes straight to ${rep}. T1 is fine — watch T2 next.`,
            `正解です。エントリの 5 バイトのジャンプで ${rep} へ直接飛びます。T1 は無事です。次は T2 に注目してください。`,
          )
        : L(
            `Not directly: a 2-byte jump reaches only −128..+127 bytes, which is why the long jump sits in the padding at ${pad}.`,
            `直接は飛べません。2 バイトのショートジャンプが届くのは −128～+127 バイトだけです。だからニアジャンプを ${pad} のパディングに置いているのです。`,
          ),
  };
  const choice = (id: string, label: Localized) => ({
    id,
    label,
    correct: id === answer,
    feedback: why[id] ?? L('', ''),
  });
  return {
    question: L(
      `T1 is at the entry, ${a(ip)}. Where does it go next?`,
      `T1 はエントリ（${a(ip)}）にいます。次にどこへ行くでしょうか。`,
    ),
    choices: [
      choice('old', L('It runs mov edi, edi and the old body', 'mov edi, edi を実行し、古い本体へ進む')),
      choice('padding', L(`It jumps back into the padding at ${pad}`, `${pad} のパディングへ戻るようにジャンプする`)),
      choice(
        'replacement',
        L(`It jumps straight to the replacement at ${rep}`, `${rep} の置き換え関数へ直接ジャンプする`),
      ),
    ],
  };
}
