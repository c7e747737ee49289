import { describe, expect, it } from 'vitest';
import { decodeAt } from '../x86/decode';
import { readBytes } from '../x86/memory';
import { readUnsignedLE } from '../x86/encode';
import { findModule, globalAddress, locate, readU32, readU64 } from './address-space';
import { applyHotpatch, applyPatchInSpace } from './apply-patch';
import {
  EXAMPLE_GLOBAL,
  KERNEL_IDENTITY,
  KERNEL_OLDER_IDENTITY,
  exampleDriver,
  exampleDriverPatch,
} from './example-images';
import { formatIdentity, identityDifferences } from './identity';
import { bootMachine, deliverPatch, type Machine } from './machine';
import { expectOk } from './outcome';
import { flipEntry, redirectPlan, writeRedirect, writeTrampolines } from './redirect';
import { registerPatch } from './register-patch';
import { loadPatchImage, wireReversePatches } from './reverse-patches';
import { secureKernelVerify } from './secure-kernel-verify';

const patch1 = exampleDriverPatch(1);

function registered(machine: Machine = bootMachine([exampleDriver()]), file = patch1): Machine {
  return expectOk(registerPatch(deliverPatch(machine, file), { path: file.path, baseIdentity: KERNEL_IDENTITY }));
}

function verifiedAndLoaded(): Machine {
  const verified = expectOk(secureKernelVerify(registered(), patch1.path));
  return expectOk(loadPatchImage(verified, 'kernel', patch1.path));
}

describe('identity', () => {
  it('formats both values and names the fields that differ', () => {
    expect(formatIdentity({ checkSum: 0x1a2b, timeDateStamp: 0x65a1f200 })).toBe(
      'CheckSum 0x00001A2B, TimeDateStamp 0x65A1F200',
    );
    expect(identityDifferences(KERNEL_IDENTITY, { ...KERNEL_IDENTITY, timeDateStamp: 1 })).toEqual(['timeDateStamp']);
    expect(identityDifferences(KERNEL_IDENTITY, KERNEL_OLDER_IDENTITY)).toEqual(['checkSum', 'timeDateStamp']);
  });
});

describe('registerPatch (NtManageHotPatch ManageHotPatchLoadPatch)', () => {
  it('records path, base identity and sequence number without touching memory', () => {
    const before = bootMachine([exampleDriver()]);
    const after = registered(before);
    expect(after.nt.globalPatchList).toEqual([
      {
        path: patch1.path,
        patchName: patch1.name,
        baseName: 'example.sys',
        baseIdentity: KERNEL_IDENTITY,
        sequenceNumber: 1,
        status: 'registered',
      },
    ]);
    expect(after.kernel.memory).toBe(before.kernel.memory);
  });
  it('refuses a path with no delivered file', () => {
    const outcome = registerPatch(bootMachine([exampleDriver()]), { path: patch1.path, baseIdentity: KERNEL_IDENTITY });
    expect(outcome.ok).toBe(false);
  });
});

describe('secureKernelVerify', () => {
  it('accepts a Microsoft-signed patch whose target identity matches the loaded base', () => {
    const m = expectOk(secureKernelVerify(registered(), patch1.path));
    expect(m.nt.globalPatchList[0]?.status).toBe('active');
    expect(Object.values(m.secureKernel.highestSequence)).toEqual([1]);
  });
  it('refuses a mismatched base, naming expected and found identities', () => {
    const older = bootMachine([exampleDriver(KERNEL_OLDER_IDENTITY)]);
    const outcome = secureKernelVerify(registered(older), patch1.path);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.refusal.code).toBe('base-identity-mismatch');
    expect(outcome.refusal.expected).toEqual(KERNEL_IDENTITY);
    expect(outcome.refusal.found).toEqual(KERNEL_OLDER_IDENTITY);
    expect(outcome.refusal.reason).toContain(formatIdentity(KERNEL_IDENTITY));
    expect(outcome.refusal.reason).toContain(formatIdentity(KERNEL_OLDER_IDENTITY));
  });
  it('refuses a patch not signed by Microsoft', () => {
    const unsigned = exampleDriverPatch(1, 'untrusted');
    const outcome = secureKernelVerify(registered(undefined, unsigned), unsigned.path);
    expect(outcome.ok ? 'accepted' : outcome.refusal.code).toBe('bad-signature');
  });
  it('refuses a lower or equal sequence number, and lets a higher one supersede', () => {
    const with2 = expectOk(applyHotpatch(bootMachine([exampleDriver()]), exampleDriverPatch(2)));
    const lower = applyHotpatch(with2, exampleDriverPatch(1));
    expect(lower.ok ? 'accepted' : lower.refusal.code).toBe('sequence-not-higher');
    const equal = applyHotpatch(with2, {
      ...exampleDriverPatch(2),
      name: 'other_hp2.sys',
      path: '\\example\\other_hp2.sys',
    });
    expect(equal.ok ? undefined : equal.refusal).toMatchObject({
      code: 'sequence-not-higher',
      offeredSequence: 2,
      highestSequence: 2,
      provenance: 'inference',
    });
    const with3 = expectOk(applyHotpatch(with2, exampleDriverPatch(3)));
    expect(with3.nt.globalPatchList.map((r) => [r.sequenceNumber, r.status])).toEqual([
      [2, 'superseded'],
      [3, 'active'],
    ]);
  });
});

describe('wireReversePatches', () => {
  it('re-points __ref_g_state from the patch’s own global to the base’s, via a brief R→RW→R', () => {
    const loaded = verifiedAndLoaded();
    const base = findModule(loaded.kernel, 'example.sys')!;
    const patch = findModule(loaded.kernel, patch1.name)!;
    const slot = patch.base + patch1.refSlots[0]!.rva;
    expect(readU64(loaded.kernel, slot)).toBe(globalAddress(patch, EXAMPLE_GLOBAL));

    const wired = expectOk(wireReversePatches(loaded, 'kernel', patch1.path));
    expect(readU64(wired.kernel, slot)).toBe(globalAddress(base, EXAMPLE_GLOBAL));
    expect(locate(wired.kernel, slot)).toMatchObject({ kind: 'section', section: '.rdata', protection: 'R' });
    const record = wired.writes.at(-1)!;
    expect(record).toMatchObject({ target: 'ref-slot', by: 'VTL1', protectionDance: ['R → RW', 'write', 'RW → R'] });
    expect(findModule(wired.kernel, patch1.name)?.HotPatchState).toBe('AppliedReverse');
  });
  it('refuses VTL0 writing the read-only slot', () => {
    const outcome = wireReversePatches(verifiedAndLoaded(), 'kernel', patch1.path, 'VTL0');
    expect(outcome.ok ? 'written' : outcome.refusal.code).toBe('vtl0-code-write');
  });
  it('cannot load a patch image the Secure Kernel has not accepted', () => {
    const outcome = loadPatchImage(registered(), 'kernel', patch1.path);
    expect(outcome.ok ? 'loaded' : outcome.refusal.code).toBe('out-of-order');
  });
});

describe('writeRedirect', () => {
  const wired = () => expectOk(wireReversePatches(verifiedAndLoaded(), 'kernel', patch1.path));

  it('writes the HPAT stub, then the padding E9, then flips the entry to EB F9', () => {
    const m = expectOk(writeRedirect(wired(), 'kernel', patch1.path));
    const plan = expectOk(redirectPlan(m, 'kernel', patch1.path))[0]!;
    const targets = m.writes.filter((w) => w.target !== 'ref-slot').map((w) => [w.target, w.by]);
    expect(targets).toEqual([
      ['hpat-stub', 'VTL1'],
      ['padding', 'VTL1'],
      ['entry', 'VTL1'],
    ]);
    expect(readBytes(m.kernel.memory, plan.base.entry, 2)).toEqual([0xeb, 0xf9]);
    const pad = decodeAt(m.kernel.memory, plan.paddingJump, 'x64');
    expect(pad.bytes[0]).toBe(0xe9);
    expect(pad.target).toBe(plan.stub);
    const stub = decodeAt(m.kernel.memory, plan.stub, 'x64');
    expect(readUnsignedLE(readBytes(m.kernel.memory, stub.slot!, 8))).toBe(plan.patch.entry);
  });
  it('places the HPAT right after the end of the base image', () => {
    const m = expectOk(writeRedirect(wired(), 'kernel', patch1.path));
    const base = findModule(m.kernel, 'example.sys')!;
    expect(base.hpat?.start).toBe(base.base + base.file.size);
    expect(locate(m.kernel, base.hpat!.start)).toMatchObject({ kind: 'hpat', protection: 'RX' });
  });
  it('refuses to flip the entry before the padding jump and stub exist', () => {
    const outcome = flipEntry(wired(), 'kernel', patch1.path);
    expect(outcome.ok ? 'flipped' : outcome.refusal.code).toBe('out-of-order');
  });
  it('refuses VTL0 at the first code write and leaves memory as it was', () => {
    const before = wired();
    for (const step of [writeTrampolines, writeRedirect, flipEntry]) {
      const outcome = step(before, 'kernel', patch1.path, 'VTL0');
      expect(outcome.ok ? 'written' : outcome.refusal.code).not.toBe('written');
    }
    const outcome = writeRedirect(before, 'kernel', patch1.path, 'VTL0');
    expect(outcome.ok ? undefined : outcome.refusal).toMatchObject({
      code: 'vtl0-code-write',
      provenance: 'documented',
    });
  });
  it('changes only the 7 redirect bytes of the base image (5 padding + 2 entry)', () => {
    const before = wired();
    const after = expectOk(writeRedirect(before, 'kernel', patch1.path));
    const base = findModule(after.kernel, 'example.sys')!;
    const changed = [...after.kernel.memory.keys()].filter(
      (a) =>
        a >= base.base && a < base.base + base.file.size && before.kernel.memory.get(a) !== after.kernel.memory.get(a),
    );
    expect(changed).toHaveLength(7);
  });
  it('for a newer patch rewrites only the HPAT stub', () => {
    const one = expectOk(applyHotpatch(bootMachine([exampleDriver()]), patch1));
    const two = expectOk(applyHotpatch(one, exampleDriverPatch(2)));
    expect(two.writes.slice(one.writes.length).map((w) => w.target)).toEqual(['ref-slot', 'hpat-stub']);
    const superseded = findModule(two.kernel, patch1.name);
    expect(superseded?.superseded).toBe(true);
    expect(findModule(two.kernel, 'example.sys')?.ActivePatchImageBase).toBe(
      findModule(two.kernel, 'example_hp2.sys')?.base,
    );
  });
  it('is applied by the pipeline in the kernel with route "kernel"', () => {
    const m = expectOk(applyHotpatch(bootMachine([exampleDriver()]), patch1));
    expect(findModule(m.kernel, patch1.name)).toMatchObject({ HotPatchState: 'AppliedForward', appliedVia: 'kernel' });
    // Applying again changes nothing.
    const again = expectOk(applyPatchInSpace(m, 'kernel', patch1.path, 'kernel'));
    expect(again.writes).toHaveLength(m.writes.length);
    expect(readU32(m.kernel, globalAddress(findModule(m.kernel, 'example.sys')!, EXAMPLE_GLOBAL)!)).toBe(1);
  });
});
