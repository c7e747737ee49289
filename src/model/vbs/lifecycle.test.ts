import { describe, expect, it } from 'vitest';
import { findModule } from './address-space';
import { applyHotpatch } from './apply-patch';
import { baselineRestart, unplannedRestart } from './baseline';
import { exampleDll, exampleDllPatch, exampleDriver, exampleDriverPatch, PATCHED_FUNCTION } from './example-images';
import { bootMachine, getSpace, type Machine } from './machine';
import { expectOk } from './outcome';
import { startProcess } from './processes';
import { resolveCall } from './resolve-call';

const JAN = { checkSum: 0x0004a1d3, timeDateStamp: 0x3f9c2e11 };
const APR = { checkSum: 0x0004a7f0, timeDateStamp: 0x52b8d0a4 };
const janDll = exampleDll(JAN);
const aprDll = exampleDll(APR);

const start = (m: Machine, pid: number): Machine =>
  expectOk(startProcess(m, { pid, name: `app${pid}.exe`, dlls: ['example.dll'] }));
const patchNames = (m: Machine, pid: number): string[] =>
  (getSpace(m, pid)?.modules ?? []).filter((x) => x.kind === 'patch').map((x) => x.name);

describe('processes', () => {
  it('a running process gets the patch (route not documented), a later one maps base + newest patch only', () => {
    let m = start(bootMachine([janDll]), 100);
    m = expectOk(applyHotpatch(m, exampleDllPatch(janDll, 1, 'jan')));
    expect(findModule(getSpace(m, 100)!, 'example_jan_hp1.dll')?.appliedVia).toBe('running-process');
    m = expectOk(applyHotpatch(m, exampleDllPatch(janDll, 2, 'jan')));
    m = start(m, 200);
    expect(patchNames(m, 100)).toEqual(['example_jan_hp1.dll', 'example_jan_hp2.dll']);
    expect(patchNames(m, 200)).toEqual(['example_jan_hp2.dll']);
    expect(findModule(getSpace(m, 200)!, 'example_jan_hp2.dll')).toMatchObject({
      appliedVia: 'load-time-query',
      LoadReason: 'LoadReasonPatchImage',
      HotPatchState: 'AppliedForward',
    });
    for (const pid of [100, 200]) expect(expectOk(resolveCall(m, pid, PATCHED_FUNCTION)).lands.sequenceNumber).toBe(2);
  });
  it('a process with no patch registered maps the base alone', () => {
    const m = start(bootMachine([janDll]), 100);
    expect(patchNames(m, 100)).toEqual([]);
    expect(findModule(getSpace(m, 100)!, 'example.dll')?.HotPatchState).toBe('BaseImage');
  });
});

describe('baselineRestart', () => {
  const beforeApril = (): Machine => {
    let m = start(bootMachine([janDll]), 100);
    m = expectOk(applyHotpatch(m, exampleDllPatch(janDll, 1, 'jan')));
    return expectOk(applyHotpatch(m, exampleDllPatch(janDll, 2, 'jan')));
  };
  it('swaps the on-disk image, ends processes and clears the chain', () => {
    const m = baselineRestart(beforeApril(), [aprDll]);
    expect(m.disk.images.find((f) => f.name === 'example.dll')?.identity).toEqual(APR);
    expect(m.processes).toEqual([]);
    expect(m.nt.globalPatchList).toEqual([]);
    expect(m.disk.patches).toEqual([]);
    expect(m.restarts.at(-1)).toMatchObject({ kind: 'planned-baseline', boot: 2 });
    expect(patchNames(start(m, 300), 300)).toEqual([]);
  });
  it('lets the sequence start over for the new base, and refuses a patch for the old one', () => {
    const m = baselineRestart(beforeApril(), [aprDll]);
    const stale = applyHotpatch(m, exampleDllPatch(janDll, 3, 'jan'));
    expect(stale.ok ? 'accepted' : stale.refusal.code).toBe('base-identity-mismatch');
    const fresh = expectOk(applyHotpatch(start(m, 300), exampleDllPatch(aprDll, 1, 'apr')));
    expect(expectOk(resolveCall(fresh, 300, PATCHED_FUNCTION)).lands.module).toBe('example_apr_hp1.dll');
  });
  it('records an unplanned baseline as such', () => {
    expect(baselineRestart(beforeApril(), [aprDll], 'unplanned-baseline').restarts.at(-1)?.kind).toBe(
      'unplanned-baseline',
    );
  });
});

describe('unplannedRestart (inference: patches re-applied at boot)', () => {
  it('boots the same base and re-applies the newest kernel patch', () => {
    let m = bootMachine([exampleDriver()]);
    m = expectOk(applyHotpatch(m, exampleDriverPatch(1)));
    m = expectOk(applyHotpatch(m, exampleDriverPatch(2)));
    const after = expectOk(unplannedRestart(m));
    expect(after.boot).toBe(2);
    expect(after.restarts.at(-1)).toMatchObject({ kind: 'unplanned-restart', claim: { provenance: 'inference' } });
    expect(expectOk(resolveCall(after, 'kernel', PATCHED_FUNCTION)).lands.sequenceNumber).toBe(2);
    expect(after.kernel.modules.map((x) => x.name)).toEqual(['example.sys', 'example_hp2.sys']);
    expect(after.history).toHaveLength(2);
    const lower = applyHotpatch(after, exampleDriverPatch(1));
    expect(lower.ok).toBe(false);
  });
});
