/**
 * Figure `new-redirect`: the story, run on the model, as an ordered list of states. The data the
 * view draws is in data.ts, the projection to it in project.ts, the words of each step in words.ts.
 */
import type { FigureDefinition, SceneState } from '../shared/scene-types';
import { hexAddress } from '../../model/x86/hex';
import type { Memory } from '../../model/x86/memory';
import {
  KERNEL_IDENTITY,
  KERNEL_OLDER_IDENTITY,
  PATCHED_FUNCTION,
  bootMachine,
  callFunction,
  deliverPatch,
  exampleDriver,
  expectOk,
  findModule,
  finishThread,
  flipEntry,
  identityDifferences,
  loadPatchImage,
  redirectPlan,
  registerPatch,
  resolveCall,
  secureKernelVerify,
  startThreadInside,
  wireReversePatches,
  writeRedirect,
  writeTrampolines,
  type Machine,
  type Store,
} from '../../model/vbs/index';
import { changedKeys } from '../shared/changes';
import {
  MISMATCH_STEPS,
  NEW_REDIRECT_DEFAULTS,
  type NewRedirectData,
  type NewRedirectParams,
  type RedirectBase,
  type StoreView,
  type VerificationView,
  normalizeRedirectParams,
} from './data';
import { dataOf, elements, identityView } from './project';
import { MODE, PATCH, PROCESS, T1_ARGUMENT, T2_ARGUMENT, type Snapshot } from './example';
import { stepWords } from './words';

function verificationView(machine: Machine, result: 'accepted' | 'refused'): VerificationView {
  const base = findModule(machine.kernel, PATCH.baseName);
  const target = PATCH.hotPatchInfo.BaseImageList[0];
  if (!base || !target) throw new Error('new-redirect: example images are incomplete');
  const expected = { checkSum: target.OriginalCheckSum, timeDateStamp: target.OriginalTimeDateStamp };
  return {
    by: 'VTL1',
    signature: PATCH.signature,
    expected: identityView(expected),
    found: identityView(base.identity),
    differs: identityDifferences(expected, base.identity),
    result,
    sequenceNumber: PATCH.hotPatchInfo.SequenceNumber,
  };
}

export function story(base: RedirectBase): Snapshot[] {
  const booted = bootMachine([exampleDriver(base === 'match' ? KERNEL_IDENTITY : KERNEL_OLDER_IDENTITY)]);
  const out: Snapshot[] = [{ step: 'running', machine: booted, t1: 'idle', t2: 'idle' }];

  // The servicing component passes the identity the patch was built for.
  const registered = expectOk(
    registerPatch(deliverPatch(booted, PATCH), { path: PATCH.path, baseIdentity: KERNEL_IDENTITY }),
  );
  out.push({ step: 'registered', machine: registered, t1: 'idle', t2: 'idle' });

  const verified = secureKernelVerify(registered, PATCH.path);
  if (!verified.ok) {
    out.push({
      step: 'refused',
      machine: registered,
      verification: verificationView(registered, 'refused'),
      refusal: verified.refusal,
      t1: 'idle',
      t2: 'idle',
    });
    return out;
  }
  const loaded = expectOk(loadPatchImage(verified.value, 'kernel', PATCH.path));

  const verification = verificationView(loaded, 'accepted');
  out.push({ step: 'verified', machine: loaded, verification, t1: 'idle', t2: 'idle' });

  const wired = expectOk(wireReversePatches(loaded, 'kernel', PATCH.path));
  out.push({ step: 'wired', machine: wired, t1: 'idle', t2: 'idle' });

  // What if the NT kernel tried to write the redirect itself?
  const attempt = writeRedirect(wired, 'kernel', PATCH.path, 'VTL0');
  if (attempt.ok) throw new Error('new-redirect: the model let VTL0 write code');
  const plan = expectOk(redirectPlan(wired, 'kernel', PATCH.path))[0];
  if (!plan) throw new Error('new-redirect: no redirect planned');
  out.push({
    step: 'vtl0-refused',
    machine: wired,
    refusal: attempt.refusal,
    attempt: {
      by: 'VTL0',
      address: plan.stub,
      addressText: hexAddress(plan.stub, MODE),
      what: 'hpat-stub',
      result: 'refused',
      code: attempt.refusal.code,
    },
    t1: 'idle',
    t2: 'idle',
  });

  const trampolines = expectOk(writeTrampolines(wired, 'kernel', PATCH.path));
  out.push({ step: 'trampolines', machine: trampolines, t1: 'idle', t2: 'idle' });

  // T1 entered SetState the old way and has run its first instruction; then the entry flips.
  const inside = expectOk(
    startThreadInside(trampolines, {
      id: 'T1',
      pid: PROCESS.pid,
      space: 'kernel',
      functionName: PATCHED_FUNCTION,
      argument: T1_ARGUMENT,
      instructionsDone: 1,
    }),
  );
  const flipped = expectOk(flipEntry(inside, 'kernel', PATCH.path));
  out.push({ step: 'flipped', machine: flipped, t1: 'inside-old-body', t2: 'idle' });

  const call = expectOk(resolveCall(flipped, 'kernel', PATCHED_FUNCTION));
  out.push({ step: 'new-call', machine: flipped, call, t1: 'inside-old-body', t2: 'calling' });

  const executed = expectOk(callFunction(flipped, 'kernel', PATCHED_FUNCTION, T2_ARGUMENT));
  out.push({
    step: 'shared-global',
    machine: executed.machine,
    call: executed.call,
    stores: executed.stores.map((s: Store) => storeView('T2', s, 'ref-slot')),
    t1: 'inside-old-body',
    t2: 'returned',
  });

  const finished = expectOk(finishThread(executed.machine, 'T1'));
  out.push({
    step: 'old-thread',
    machine: finished.machine,
    stores: finished.execution.stores.map((s) => storeView('T1', s, 'old-body')),
    t1: 'returned',
    t2: 'returned',
  });
  // VTL1's verdict stays on screen once given.
  return out.map((snapshot) =>
    snapshot.verification || MISMATCH_STEPS.includes(snapshot.step) ? snapshot : { ...snapshot, verification },
  );
}

const storeView = (thread: 'T1' | 'T2', s: Store, via: StoreView['via']): StoreView => ({
  thread,
  address: s.address,
  addressText: hexAddress(s.address, MODE),
  value: s.value,
  via,
});

export function buildNewRedirect(params: NewRedirectParams): SceneState<NewRedirectData>[] {
  const { base } = normalizeRedirectParams(params);
  const snapshots = story(base);
  const states: SceneState<NewRedirectData>[] = [];
  let previousData: NewRedirectData | undefined;
  let previousMemory: Memory | undefined;
  for (const s of snapshots) {
    const data = dataOf(s, base, previousMemory);
    const t = stepWords(data, s.machine);
    // The first state has nothing to compare with: nothing is highlighted.
    const changed = previousData
      ? [...data.listing.changedIds, ...changedKeys(elements(previousData), elements(data))]
      : [];
    states.push({
      caption: t.caption,
      note: t.note,
      changed,
      data,
      ...(t.checkpoint ? { checkpoint: t.checkpoint } : {}),
    });
    previousData = data;
    previousMemory = s.machine.kernel.memory;
  }
  return states;
}

export const newRedirect: FigureDefinition<NewRedirectData, NewRedirectParams> = {
  id: 'new-redirect',
  order: 4,
  title: {
    en: 'How a VBS-era hotpatch redirects a function',
    ja: 'VBS 世代のホットパッチが関数をリダイレクトする仕組み',
  },
  description: {
    en: 'Step-through of one kernel hotpatch, with the kernel (VTL0 NT kernel and VTL1 Secure Kernel) beside a user process whose threads call the patched function. The patch is registered with NtManageHotPatch; the Secure Kernel checks its signature and that the loaded driver’s CheckSum and TimeDateStamp match (in the mismatch variant it refuses, and nothing changes); the patch’s __ref_g_state slot is pointed at the driver’s g_state; an attempt by VTL0 to write code is refused; VTL1 writes an HPAT stub and a jump in the padding, then flips the entry to EB F9. A new call then walks entry → padding → HPAT stub → patch function and updates the same g_state, while a thread already inside the old body finishes there. Addresses, identities and function bodies are made up; the stub bytes and the write order are labelled as illustration and inference.',
    ja: 'カーネルホットパッチ 1 件を 1 ステップずつ追う図です。カーネル（VTL0 の NT カーネルと VTL1 のセキュアカーネル）と、パッチ対象の関数を呼ぶスレッドを持つユーザープロセスを並べて示します。パッチは NtManageHotPatch で登録され、セキュアカーネルが署名と、読み込まれているドライバーの CheckSum と TimeDateStamp が一致するかを確認します（不一致の場合は拒否され、何も変わりません）。パッチの __ref_g_state スロットはドライバーの g_state を指すように書き換えられ、VTL0 からのコード書き込みは拒否されます。VTL1 が HPAT のスタブとパディング内のジャンプを書き、最後にエントリを EB F9 に切り替えます。その後の新しい呼び出しはエントリ → パディング → HPAT のスタブ → パッチ関数とたどって同じ g_state を更新し、すでに旧本体の中にいたスレッドはそのまま旧本体で終わります。アドレス、識別情報、関数の中身は説明用で、スタブのバイト列と書き込み順序はそれぞれ説明用・推測である旨を示しています。',
  },
  defaults: NEW_REDIRECT_DEFAULTS,
  build: buildNewRedirect,
};

export default newRedirect;
