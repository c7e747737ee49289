/**
 * The one door through which hotpatching changes code or read-only data.
 *
 * Why VTL1: under memory integrity (HVCI) kernel pages become executable only after code-integrity
 * checks inside VBS, and executable pages are never writable (Learn, code-integrity-checking). So
 * the NT kernel (VTL0) cannot rewrite kernel code; the Secure Kernel applies the patch after
 * verifying it. In user processes, which component writes the redirect is not documented; the model
 * sends those writes through the same door and flags the writer as unverified.
 */
import { readBytes, isMapped, writeBytes } from '../x86/memory';
import { locate, type SpaceId } from './address-space';
import { getSpace, withSpace, type Machine, type Vtl, type WriteRecord, type WriteTarget } from './machine';
import { refuse, success, type Outcome } from './outcome';
import { CLAIMS } from './claims';
import type { Claim } from './provenance';

export interface ProtectedWrite {
  readonly space: SpaceId;
  readonly address: number;
  readonly bytes: readonly number[];
  readonly by: Vtl;
  readonly target: WriteTarget;
  readonly patchPath: string;
  readonly claim: Claim;
  /** For `__ref_` slots: make the page writable for the write, then read-only again. */
  readonly briefUnprotect?: boolean;
}

/** Who writes, and how sure the research is. */
export function writerClaim(space: SpaceId, target: WriteTarget): Claim {
  if (space !== 'kernel') return CLAIMS.runningProcessPatch;
  if (target === 'ref-slot') return CLAIMS.refSlotWriter;
  return CLAIMS.vtl0CannotWriteCode;
}

/**
 * Writes bytes on behalf of VTL0 or VTL1. A VTL0 attempt on a non-writable page (code, HPAT or
 * read-only data) is refused and recorded; memory is unchanged.
 */
export function protectedWrite(machine: Machine, w: ProtectedWrite): Outcome<Machine> {
  const space = getSpace(machine, w.space);
  if (!space)
    return refuse({ code: 'unknown', reason: `no address space ${String(w.space)}`, provenance: 'documented' });
  const where = locate(space, w.address);
  if (where.kind === 'none') {
    return refuse({
      code: 'unknown',
      reason: `address ${w.address.toString(16)} is not in any image or HPAT`,
      provenance: 'documented',
    });
  }
  if (w.by === 'VTL0' && where.protection !== 'RW') {
    const executable = where.protection === 'RX';
    return refuse({
      code: 'vtl0-code-write',
      reason: executable
        ? 'VTL0 may not write executable pages: under memory integrity they are never writable; the Secure Kernel (VTL1) applies patches'
        : 'VTL0 may not write read-only pages holding __ref_ slots; the hotpatch subsystem flips them itself',
      provenance: w.space === 'kernel' ? 'documented' : 'unverified',
    });
  }
  const before = isMapped(space.memory, w.address, w.bytes.length)
    ? readBytes(space.memory, w.address, w.bytes.length)
    : [];
  const record: WriteRecord = {
    boot: machine.boot,
    space: w.space,
    target: w.target,
    address: w.address,
    before,
    after: [...w.bytes],
    by: w.by,
    patchPath: w.patchPath,
    writer: writerClaim(w.space, w.target),
    claim: w.claim,
    ...(w.briefUnprotect ? { protectionDance: ['R → RW', 'write', 'RW → R'] } : {}),
  };
  const next = withSpace(machine, { ...space, memory: writeBytes(space.memory, w.address, w.bytes) });
  return success({ ...next, writes: [...next.writes, record] });
}

/** Same as protectedWrite, but a refusal is also remembered in machine.refusedWrites. */
export function attemptWrite(machine: Machine, w: ProtectedWrite): { machine: Machine; outcome: Outcome<Machine> } {
  const outcome = protectedWrite(machine, w);
  if (outcome.ok) return { machine: outcome.value, outcome };
  return {
    machine: {
      ...machine,
      refusedWrites: [
        ...machine.refusedWrites,
        { space: w.space, address: w.address, by: w.by, code: outcome.refusal.code },
      ],
    },
    outcome,
  };
}
