/**
 * Where does a call to a function go? Walk the bytes from the function's entry with the x64
 * decoder, following jumps, until an instruction that is not a jump: that is the body that runs.
 *
 * Patched: entry `EB F9` → padding `E9 rel32` → HPAT stub → newest patch function. Every way in
 * (direct call, indirect call, function pointer) arrives at the entry, so no call site changes.
 */
import { decodeAt, type Instruction } from '../x86/decode';
import { baseFunction, functionAt, locate, readU64, type AddressSpace, type SpaceId } from './address-space';
import { run, type Execution, type Store } from './execute';
import { getSpace, withSpace, type Machine } from './machine';
import { refuse, success, type Outcome } from './outcome';

export type HopKind = 'entry' | 'padding' | 'hpat-stub' | 'base-function' | 'patch-function' | 'unknown';

export interface CallHop {
  readonly kind: HopKind;
  readonly address: number;
  readonly instruction: Instruction;
  /** The module the address belongs to (an HPAT belongs to its base module). */
  readonly module?: string;
}

export interface ResolvedCall {
  readonly functionName: string;
  readonly hops: readonly CallHop[];
  /** The body that runs. */
  readonly lands: {
    readonly module: string;
    readonly kind: 'base' | 'patch';
    readonly address: number;
    readonly sequenceNumber?: number;
  };
}

const MAX_HOPS = 8;

function classify(
  space: AddressSpace,
  address: number,
  isFirst: boolean,
  isJump: boolean,
): { kind: HopKind; module?: string } {
  const where = locate(space, address);
  if (where.kind === 'hpat') return { kind: 'hpat-stub', module: where.module.name };
  if (where.kind === 'none') return { kind: 'unknown' };
  const module = where.module.name;
  const inPadding = where.module.file.functions.some(
    (f) => address >= where.module.base + f.paddingRva && address < where.module.base + f.entryRva,
  );
  if (inPadding) return { kind: 'padding', module };
  if (isFirst && isJump) return { kind: 'entry', module };
  return { kind: where.module.kind === 'patch' ? 'patch-function' : 'base-function', module };
}

export function resolveCall(machine: Machine, spaceId: SpaceId, functionName: string): Outcome<ResolvedCall> {
  const space = getSpace(machine, spaceId);
  const fn = space ? baseFunction(space, functionName) : undefined;
  if (!space || !fn)
    return refuse({
      code: 'unknown',
      reason: `${functionName} is not mapped in ${String(spaceId)}`,
      provenance: 'documented',
    });
  const hops: CallHop[] = [];
  let address = fn.entry;
  for (let i = 0; i < MAX_HOPS; i++) {
    const instruction = decodeAt(space.memory, address, 'x64');
    const isJump = instruction.flow === 'jmp' || instruction.flow === 'jmp-indirect';
    const { kind, module } = classify(space, address, i === 0, isJump);
    hops.push({ kind, address, instruction, ...(module ? { module } : {}) });
    if (instruction.flow === 'jmp' && instruction.target !== undefined) address = instruction.target;
    else if (instruction.flow === 'jmp-indirect' && instruction.slot !== undefined)
      address = readU64(space, instruction.slot);
    else {
      const body = functionAt(space, address);
      if (!body)
        return refuse({
          code: 'unknown',
          reason: `${functionName} lands outside any function`,
          provenance: 'documented',
        });
      const sequenceNumber = body.module.sequenceNumber;
      return success({
        functionName,
        hops,
        lands: {
          module: body.module.name,
          kind: body.module.kind,
          address,
          ...(sequenceNumber !== undefined ? { sequenceNumber } : {}),
        },
      });
    }
  }
  return refuse({ code: 'unknown', reason: `${functionName}: more than ${MAX_HOPS} jumps`, provenance: 'documented' });
}

export interface CallResult {
  readonly machine: Machine;
  readonly call: ResolvedCall;
  readonly execution: Execution;
  readonly stores: readonly Store[];
}

/** Calls a function with one argument (in rcx) and runs it to its return. */
export function callFunction(
  machine: Machine,
  spaceId: SpaceId,
  functionName: string,
  argument: number,
): Outcome<CallResult> {
  const resolved = resolveCall(machine, spaceId, functionName);
  if (!resolved.ok) return resolved;
  const space = getSpace(machine, spaceId);
  const fn = space ? baseFunction(space, functionName) : undefined;
  if (!space || !fn) return refuse({ code: 'unknown', reason: `${functionName} vanished`, provenance: 'documented' });
  const execution = run(space, fn.entry, { rcx: argument });
  if (execution.halted !== 'ret') {
    return refuse({ code: 'unknown', reason: `${functionName} halted: ${execution.halted}`, provenance: 'documented' });
  }
  return success({
    machine: withSpace(machine, execution.space),
    call: resolved.value,
    execution,
    stores: execution.stores,
  });
}
