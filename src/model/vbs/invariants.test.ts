/**
 * Property tests: random sequences of operations (seeded, so failures reproduce) must never break
 * the invariants, whatever mix of valid and invalid steps they contain.
 */
import { describe, expect, it } from 'vitest';
import { disassemble } from '../x86/decode';
import { baseFunction, findModule, locate, type SpaceId } from './address-space';
import { applyHotpatch } from './apply-patch';
import { baselineRestart, unplannedRestart } from './baseline';
import { exampleDll, exampleDllPatch, exampleDriver, exampleDriverPatch, PATCHED_FUNCTION } from './example-images';
import { identityKey } from './identity';
import { duplicatedGlobals, multipleActivePatches, sequenceViolations, vtl0CodeWrites } from './invariants';
import { bootMachine, diskImage, getSpace, spaceIds, type Machine } from './machine';
import { attemptWrite } from './protected-write';
import { callFunction, resolveCall } from './resolve-call';
import { startProcess } from './processes';
import { finishThread, startThreadInside } from './threads';

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const identities = [
  { checkSum: 0x0004a1d3, timeDateStamp: 0x3f9c2e11 },
  { checkSum: 0x0004a7f0, timeDateStamp: 0x52b8d0a4 },
  { checkSum: 0x0004aa19, timeDateStamp: 0x61c4f3e8 },
];

interface World {
  machine: Machine;
  nextPid: number;
  vtl0Attempts: number;
  vtl0Refusals: number;
}

function step(world: World, r: () => number): void {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const m = world.machine;
  const dll = diskImage(m, 'example.dll')!;
  const op = Math.floor(r() * 9);
  switch (op) {
    case 0:
    case 1: {
      // A hotpatch: random sequence number, sometimes for a base this machine does not run.
      const seq = 1 + Math.floor(r() * 6);
      const target = r() < 0.8 ? dll : exampleDll(pick(identities));
      const out = applyHotpatch(m, exampleDllPatch(target, seq, identityKey(target.identity)));
      if (out.ok) world.machine = out.value;
      break;
    }
    case 2: {
      const out = applyHotpatch(m, exampleDriverPatch(1 + Math.floor(r() * 6), r() < 0.9 ? 'microsoft' : 'untrusted'));
      if (out.ok) world.machine = out.value;
      break;
    }
    case 3: {
      const out = startProcess(m, { pid: world.nextPid++, name: 'app.exe', dlls: ['example.dll'] });
      if (out.ok) world.machine = out.value;
      break;
    }
    case 4: {
      // VTL0 tries to write somewhere in code: entry, padding, HPAT, patch text.
      const ids = spaceIds(m);
      const id: SpaceId = pick(ids);
      const space = getSpace(m, id)!;
      const mod = space.modules.length ? pick(space.modules) : undefined;
      if (!mod) break;
      const candidates = [mod.base + 0x1020, mod.base + 0x101b, mod.base + mod.file.size + 0x10, mod.base + 0x2000];
      const address = pick(candidates);
      const where = locate(space, address);
      const protectedPage = where.kind !== 'none' && where.protection !== 'RW';
      if (protectedPage) world.vtl0Attempts++;
      const { machine, outcome } = attemptWrite(m, {
        space: id,
        address,
        bytes: [0xeb, 0xf9],
        by: 'VTL0',
        target: 'entry',
        patchPath: 'vtl0',
        claim: { provenance: 'documented', basis: 'test', sources: [] },
      });
      expect(outcome.ok).toBe(false);
      if (protectedPage && !outcome.ok && outcome.refusal.code === 'vtl0-code-write') world.vtl0Refusals++;
      world.machine = machine;
      break;
    }
    case 5:
      world.machine =
        r() < 0.5
          ? baselineRestart(m, [exampleDll(pick(identities))])
          : baselineRestart(m, [exampleDll(pick(identities))], 'unplanned-baseline');
      break;
    case 6: {
      const out = unplannedRestart(m);
      if (out.ok) world.machine = out.value;
      break;
    }
    case 7: {
      const out = startThreadInside(m, {
        id: `T${world.nextPid}`,
        space: 'kernel',
        functionName: PATCHED_FUNCTION,
        argument: world.nextPid,
        instructionsDone: 1,
      });
      if (out.ok) world.machine = out.value;
      break;
    }
    case 8: {
      const running = m.threads.find((t) => t.status === 'running');
      if (running) {
        const out = finishThread(m, running.id);
        if (out.ok) world.machine = out.value.machine;
      } else {
        const out = callFunction(m, pick(spaceIds(m)), PATCHED_FUNCTION, 5);
        if (out.ok) world.machine = out.value.machine;
      }
      break;
    }
  }
}

/** The patch a space should reach: the one VTL1 accepted last for the base identity it runs. */
function expectedLanding(m: Machine, id: SpaceId): number | undefined {
  const space = getSpace(m, id)!;
  const base = space.modules.find((x) => x.kind === 'base');
  if (!base) return undefined;
  const accepted = m.secureKernel.accepted.filter(
    (a) => a.baseName === base.name && identityKey(a.baseIdentity) === identityKey(base.identity),
  );
  return accepted.length ? Math.max(...accepted.map((a) => a.sequenceNumber)) : undefined;
}

describe('invariants under random operation sequences', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`seed ${seed}: no VTL0 code write, one copy per global, rising sequences, newest patch reached`, () => {
      const r = rng(seed);
      const world: World = {
        machine: bootMachine([exampleDriver(), exampleDll(identities[0]!)]),
        nextPid: 100,
        vtl0Attempts: 0,
        vtl0Refusals: 0,
      };
      for (let i = 0; i < 60; i++) {
        step(world, r);
        const m = world.machine;
        expect(vtl0CodeWrites(m)).toEqual([]);
        expect(duplicatedGlobals(m)).toEqual([]);
        expect(sequenceViolations(m)).toEqual([]);
        expect(multipleActivePatches(m)).toEqual([]);
        for (const id of spaceIds(m)) {
          if (!getSpace(m, id)?.modules.length) continue;
          const lands = resolveCall(m, id, PATCHED_FUNCTION);
          expect(lands.ok).toBe(true);
          if (lands.ok) expect(lands.value.lands.sequenceNumber).toBe(expectedLanding(m, id));
        }
      }
      // Not vacuous: patches were accepted and a baseline or restart happened along the way.
      expect(world.machine.history.length).toBeGreaterThan(2);
      expect(world.machine.boot).toBeGreaterThan(1);
      expect(world.vtl0Attempts).toBeGreaterThan(0);
      expect(world.vtl0Refusals).toBe(world.vtl0Attempts);
    });
  }

  it('a process started later always maps the base plus exactly the newest patch', () => {
    const r = rng(99);
    const world: World = {
      machine: bootMachine([exampleDll(identities[0]!)]),
      nextPid: 100,
      vtl0Attempts: 0,
      vtl0Refusals: 0,
    };
    for (let i = 0; i < 40; i++) {
      step(world, r);
      const probe = startProcess(world.machine, { pid: 9999, name: 'probe.exe', dlls: ['example.dll'] });
      expect(probe.ok).toBe(true);
      if (!probe.ok) continue;
      const space = getSpace(probe.value, 9999)!;
      const patches = space.modules.filter((x) => x.kind === 'patch');
      const newest = expectedLanding(probe.value, 9999);
      expect(patches.map((p) => p.sequenceNumber)).toEqual(newest === undefined ? [] : [newest]);
      // The old body's bytes past the entry are untouched in every process.
      const fn = baseFunction(space, PATCHED_FUNCTION)!;
      const file = findModule(space, 'example.dll')!.file;
      const fresh = disassemble(getSpace(startProcessFresh(file), 1)!.memory, fn.entry + 2, fn.end, 'x64').map(
        (x) => x.text,
      );
      expect(disassemble(space.memory, fn.entry + 2, fn.end, 'x64').map((x) => x.text)).toEqual(fresh);
    }
  });
});

function startProcessFresh(file: ReturnType<typeof exampleDll>): Machine {
  const out = startProcess(bootMachine([file]), { pid: 1, name: 'fresh.exe', dlls: [file.name] });
  if (!out.ok) throw new Error(out.refusal.reason);
  return out.value;
}
