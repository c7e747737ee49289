/**
 * "Forward" patches: redirect each patched base function into the patch image.
 *
 * The bytes follow a real x64 capture (CodeMaxx): the function's first instruction becomes `EB F9`
 * (jmp 7 bytes back into the padding), the padding holds `E9 rel32` to the function's stub in the
 * HPAT (the region right after the base image), and the stub jumps into the patch function. The
 * stub's own bytes are not public; the model uses `FF 25 00 00 00 00` + an 8-byte target.
 *
 * Order: HPAT stub, then padding, then the 2-byte entry flip — "the natural order" (inference):
 * until the flip no thread can reach the new bytes, and the flip is a single 2-byte write.
 */
import { encodeJmpRel32, encodeJmpRel8, encodeJmpRipIndirect, littleEndian } from '../x86/encode';
import { decodeAt } from '../x86/decode';
import { isMapped, readBytes } from '../x86/memory';
import {
  findModule,
  functionAddresses,
  HPAT_STUB_SIZE,
  type FunctionAddresses,
  type LoadedModule,
  type SpaceId,
} from './address-space';
import { CLAIMS } from './claims';
import { isPatchFile, type PatchImageFile } from './image-file';
import { diskPatch, getSpace, withSpace, type Machine, type Vtl, type WriteTarget } from './machine';
import { refuse, success, type Outcome } from './outcome';
import type { Claim } from './provenance';
import { protectedWrite } from './protected-write';

/** Bytes of the padding jump: it sits 5 bytes before the entry, where `EB F9` lands. */
export const PADDING_JUMP_OFFSET = 5;

/** One base function → patch function pair, read from a FUNCTION chunk (our reading; semantics undocumented). */
export interface RedirectPlan {
  readonly functionName: string;
  readonly base: FunctionAddresses;
  readonly patch: FunctionAddresses;
  readonly stub: number;
  /** Where `EB F9` lands and `E9 rel32` is written. */
  readonly paddingJump: number;
}

function planFor(baseModule: LoadedModule, patchModule: LoadedModule, file: PatchImageFile): RedirectPlan[] | string {
  const table = file.hotPatchInfo.BaseImageList[0]?.PatchTable ?? [];
  const plans: RedirectPlan[] = [];
  for (const chunk of table) {
    if (chunk.type !== 'FUNCTION') continue;
    const baseLayout = baseModule.file.functions.find((f) => f.entryRva === chunk.targetRva);
    const patchLayout = patchModule.file.functions.find((f) => f.entryRva === chunk.sourceRva);
    if (!baseLayout || !patchLayout)
      return `patch table entry ${chunk.sourceRva.toString(16)} → ${chunk.targetRva.toString(16)} names no function`;
    const base = functionAddresses(baseModule, baseLayout.name);
    const patch = functionAddresses(patchModule, patchLayout.name);
    if (!base || !patch || !baseModule.hpat) return `cannot place ${baseLayout.name}`;
    const index = baseModule.file.functions.indexOf(baseLayout);
    plans.push({
      functionName: baseLayout.name,
      base,
      patch,
      stub: baseModule.hpat.start + index * HPAT_STUB_SIZE,
      paddingJump: base.entry - PADDING_JUMP_OFFSET,
    });
  }
  return plans;
}

/** The redirect plan of a mapped patch in a space (for scenes and tests). */
export function redirectPlan(machine: Machine, spaceId: SpaceId, path: string): Outcome<RedirectPlan[]> {
  const file = diskPatch(machine, path);
  const space = getSpace(machine, spaceId);
  const baseModule = file && space ? findModule(space, file.baseName) : undefined;
  const patchModule = file && space ? findModule(space, file.name) : undefined;
  if (!file || !baseModule || !patchModule)
    return refuse({
      code: 'out-of-order',
      reason: `${path} is not mapped in ${String(spaceId)}`,
      provenance: 'documented',
    });
  const plans = planFor(baseModule, patchModule, file);
  if (typeof plans === 'string') return refuse({ code: 'unknown', reason: plans, provenance: 'documented' });
  return success(plans);
}

/** `FF 25 00 00 00 00` + 8-byte target: 14 bytes, in a 16-byte HPAT slot. */
export const STUB_LENGTH = 14;
export const stubBytes = (stub: number, target: number): number[] => [
  ...encodeJmpRipIndirect(stub, stub + 6),
  ...littleEndian(target, 8),
];
export const paddingJumpBytes = (plan: RedirectPlan): number[] => encodeJmpRel32(plan.paddingJump, plan.stub);
export const entryFlipBytes = (plan: RedirectPlan): number[] => encodeJmpRel8(plan.base.entry, plan.paddingJump);

function unchanged(machine: Machine, spaceId: SpaceId, address: number, bytes: readonly number[]): boolean {
  const space = getSpace(machine, spaceId);
  if (!space || !isMapped(space.memory, address, bytes.length)) return false;
  return readBytes(space.memory, address, bytes.length).every((b, i) => b === bytes[i]);
}

function write(
  machine: Machine,
  spaceId: SpaceId,
  path: string,
  by: Vtl,
  target: WriteTarget,
  address: number,
  bytes: number[],
  claim: Claim,
): Outcome<Machine> {
  if (unchanged(machine, spaceId, address, bytes)) return success(machine);
  return protectedWrite(machine, { space: spaceId, address, bytes, by, target, patchPath: path, claim });
}

/** True when the entry already jumps back into the padding (a redirect from an earlier patch). */
function alreadyFlipped(machine: Machine, spaceId: SpaceId, plan: RedirectPlan): boolean {
  return unchanged(machine, spaceId, plan.base.entry, entryFlipBytes(plan));
}

/**
 * Steps 1 and 2 of the forward patch: HPAT stub → patch function, then padding `E9` → stub.
 * For a newer patch of an already-redirected function only the stub changes (inference).
 */
export function writeTrampolines(machine: Machine, spaceId: SpaceId, path: string, by: Vtl = 'VTL1'): Outcome<Machine> {
  const planned = redirectPlan(machine, spaceId, path);
  if (!planned.ok) return planned;
  let next = machine;
  for (const plan of planned.value) {
    const supersedes = alreadyFlipped(next, spaceId, plan);
    const stub = write(
      next,
      spaceId,
      path,
      by,
      'hpat-stub',
      plan.stub,
      stubBytes(plan.stub, plan.patch.entry),
      supersedes ? CLAIMS.supersedeRedirect : CLAIMS.hpatStubBytes,
    );
    if (!stub.ok) return stub;
    const pad = write(
      stub.value,
      spaceId,
      path,
      by,
      'padding',
      plan.paddingJump,
      paddingJumpBytes(plan),
      CLAIMS.forwardBytes,
    );
    if (!pad.ok) return pad;
    next = pad.value;
  }
  return success(next);
}

/** Step 3: the 2-byte flip of the entry to `EB F9`. Refused unless the padding jump is in place. */
export function flipEntry(machine: Machine, spaceId: SpaceId, path: string, by: Vtl = 'VTL1'): Outcome<Machine> {
  const planned = redirectPlan(machine, spaceId, path);
  if (!planned.ok) return planned;
  const file = diskPatch(machine, path);
  let next = machine;
  for (const plan of planned.value) {
    const space = getSpace(next, spaceId);
    const pad = space ? decodeAt(space.memory, plan.paddingJump, 'x64') : undefined;
    const stub =
      space && isMapped(space.memory, plan.stub, STUB_LENGTH) ? decodeAt(space.memory, plan.stub, 'x64') : undefined;
    if (!pad || pad.bytes[0] !== 0xe9 || pad.target !== plan.stub || !stub?.valid) {
      return refuse({
        code: 'out-of-order',
        reason: `the padding jump and HPAT stub for ${plan.functionName} must be written before the entry flips`,
        provenance: CLAIMS.writeOrder.provenance,
      });
    }
    const flipped = write(next, spaceId, path, by, 'entry', plan.base.entry, entryFlipBytes(plan), CLAIMS.forwardBytes);
    if (!flipped.ok) return flipped;
    next = flipped.value;
  }
  return success(file ? markForward(next, spaceId, file) : next);
}

/** After the flip: the patch is applied forward, the base points at it, older patches are superseded. */
function markForward(machine: Machine, spaceId: SpaceId, file: PatchImageFile): Machine {
  const space = getSpace(machine, spaceId);
  const patchModule = space ? findModule(space, file.name) : undefined;
  if (!space || !patchModule) return machine;
  const modules = space.modules.map((m): LoadedModule => {
    if (m.name === file.name) return { ...m, HotPatchState: 'AppliedForward', superseded: false };
    if (isPatchFile(m.file) && m.file.baseName === file.baseName) return { ...m, superseded: true };
    if (m.name === file.baseName) return { ...m, ActivePatchImageBase: patchModule.base };
    return m;
  });
  return withSpace(machine, { ...space, modules });
}

/** The whole forward patch in order: HPAT stub, padding jump, entry flip. */
export function writeRedirect(machine: Machine, spaceId: SpaceId, path: string, by: Vtl = 'VTL1'): Outcome<Machine> {
  const trampolines = writeTrampolines(machine, spaceId, path, by);
  if (!trampolines.ok) return trampolines;
  return flipEntry(trampolines.value, spaceId, path, by);
}
