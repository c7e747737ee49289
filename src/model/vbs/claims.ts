/**
 * How sure we are of each modelled step — one place, so the model, the scenes and the pages agree.
 * Sources are those of /work/shared/research/new-hotpatch.md §3 (step numbers in brackets).
 */
import { claim } from './provenance';

export const CLAIMS = {
  /** [3] NtManageHotPatch(ManageHotPatchLoadPatch, …) with path and base {CheckSum, TimeDateStamp}. */
  registration: claim('documented', 'phnt ntexapi.h; MI_HOT_PATCH_STATE from symbol-derived 24H2 ntoskrnl headers', [
    'phnt',
    'ntoskrnl-24h2-headers',
  ]),
  /** [4] The patch image gets its own kernel loader entry, like a driver. */
  // The post does not say it (accuracy audit, new era #9): inferred from the kernel's hotpatch state.
  kernelLoaderEntry: claim(
    'inference',
    'symbol-derived MI_HOT_PATCH_STATE has InProgressPatchTableEntry / InProgressBaseTableEntry',
    ['ntoskrnl-24h2-headers'],
  ),
  /** [4] VTL1 checks Microsoft's signature and the base's checksum + timestamp (kernel images). */
  verifyKernel: claim('documented', 'CodeMaxx post', ['codemaxx-2026']),
  /** The research describes the check for kernel images only. */
  verifyUser: claim(
    'unverified',
    'the Secure Kernel check is described for kernel images; for DLLs it is not documented',
    ['codemaxx-2026'],
  ),
  /** [11] Verifiers track the highest applied sequence number. */
  // Reported for kernel-mode images (the Secure Hotpatch Report's LatestSequenceNumber); for a user-mode
  // DLL the same rule is the site's inference (accuracy audit, new era #14).
  sequenceTracking: claim('documented', 'CodeMaxx post: kernel-mode images (Secure Hotpatch Report)', [
    'codemaxx-2026',
  ]),
  /** Refusing a lower or equal number follows from tracking the highest; the refusal itself is not described. */
  refuseLowerSequence: claim('inference', 'follows from "verifiers track the highest applied" (CodeMaxx)', [
    'codemaxx-2026',
  ]),
  /** [5] Under HVCI executable pages are never writable, so VTL0 cannot rewrite kernel code. */
  vtl0CannotWriteCode: claim('documented', 'Learn: code-integrity-checking', ['ms-learn-hvci']),
  /** [6] `__ref_X` set to base global X; pages briefly writable, then read-only. */
  reversePatches: claim('documented', 'llvm/llvm-project PR #151008', ['llvm-pr-151008']),
  /** [6] PR #151008 says "the subsystem" flips the page; that VTL1 writes kernel __ref_ slots is our reading of [5]. */
  refSlotWriter: claim('inference', 'llvm/llvm-project PR #151008 + new-hotpatch.md §3.5', [
    'llvm-pr-151008',
    'ms-learn-hvci',
  ]),
  /** [6] One copy of every global, shared by old and new code. */
  sharedGlobals: claim('documented', 'llvm/llvm-project PR #138972', ['llvm-pr-138972']),
  /** [0a] Padding in front of each function from the linker's /FUNCTIONPADMIN (msquic builds with :6). */
  padding: claim('documented', 'MicrosoftDocs/cpp-docs /hotpatch; microsoft/msquic PR #5437', [
    'cpp-docs-hotpatch',
    'msquic-pr-5437',
  ]),
  /** [7] The HPAT is reserved right after the end of the base image; one stub per patched function. */
  hpat: claim('documented', 'CodeMaxx post', ['codemaxx-2026']),
  /** The HPAT stub's exact bytes are not public; the model uses `jmp qword ptr [rip+0]` + 8-byte target. */
  hpatStubBytes: claim('unverified', 'stub encoding not public; FF 25 00 00 00 00 + target is our illustration', [
    'codemaxx-2026',
  ]),
  /** [8] x64 capture: EB F9 at the entry, E9 rel32 in the padding, HPAT → patch function. */
  forwardBytes: claim('documented', 'CodeMaxx capture', ['codemaxx-2026']),
  /** [8] Padding and HPAT first, the 2-byte flip last. */
  writeOrder: claim('inference', 'new-hotpatch.md §3.8: "the natural order"', ['codemaxx-2026', 'llvm-pr-138972']),
  /** [8] Ordering keeps calls consistent without halting processes or CPUs. */
  noHalt: claim('documented', 'llvm/llvm-project PR #138972', ['llvm-pr-138972']),
  /** [0b] Patch table chunk semantics are undocumented; FUNCTION = "redirect this function" is our reading. */
  patchTableChunks: claim('unverified', 'winnt.h names the chunk types; semantics not documented', ['silk-net-winnt']),
  /** [9] Base code is unchanged apart from the redirect bytes, so a thread inside the old body finishes there. */
  // In-flight threads are not described anywhere (accuracy audit, new era #10): this follows from
  // "only the functions the patch touches get redirected".
  oldThreadFinishes: claim(
    'inference',
    'follows from "only the functions the patch touches get redirected" (CodeMaxx); in-flight threads are not described',
    ['codemaxx-2026', 'llvm-pr-138972'],
  ),
  /** [9] No per-thread transition: each function switches atomically. */
  atomicSwitch: claim('inference', 'new-hotpatch.md §3.9', ['llvm-pr-138972']),
  /** [10] The loader queries the current patch whenever it maps a DLL (24H2). */
  loadTimeQuery: claim('documented', 'hasherezade/libpeconv issue #59', ['libpeconv-59']),
  /** [10] Loader entries record ActivePatchImageBase / HotPatchState; patch maps as LoadReasonPatchImage. */
  loaderEntryFields: claim('documented', 'phnt ntldr.h', ['phnt']),
  /** [10] How already-running processes get the patch is not documented. */
  runningProcessPatch: claim('unverified', 'new-hotpatch.md §3.10: not documented', ['phnt']),
  /** [11] Redirects then point at the newer patch image. */
  supersedeRedirect: claim('inference', 'new-hotpatch.md §3.11', ['codemaxx-2026']),
  /** [11] Whether the older patch image is unloaded. */
  olderPatchUnloaded: claim('unverified', 'new-hotpatch.md §3.11', ['codemaxx-2026']),
  /** [12] Patches re-applied at boot/load after an unplanned restart in a hotpatch month. */
  reapplyAfterRestart: claim('inference', 'new-hotpatch.md §3.12', ['phnt', 'libpeconv-59']),
  /** [13] Old registrations no longer match the new base, so the sequence starts over. */
  chainResetAtBaseline: claim('inference', 'new-hotpatch.md §3.13', ['codemaxx-2026', 'llvm-wshp']),
  /** [13] The LCU replaces the on-disk binaries; the machine restarts into new base images. */
  baselineSwap: claim('documented', 'windowsserverdocs hotpatch.md; Learn training module "Hotpatch updates"', [
    'ws-docs-hotpatch',
    'ms-learn-hotpatch-training',
  ]),
  /** §2 Unplanned baseline: a fix that can't ship as a hotpatch replaces that month's hotpatch. */
  unplannedBaseline: claim(
    'documented',
    'windowsserverdocs hotpatch.md: "a hotpatch release is replaced with an unplanned baseline in that month"',
    ['ws-docs-hotpatch'],
  ),
} as const;

export type ClaimId = keyof typeof CLAIMS;
