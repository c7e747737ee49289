/**
 * A thread already inside the old body when the entry flips.
 *
 * It is past the first instruction, so it never sees `EB F9`: the rest of the old body is intact
 * (only redirect bytes change) and it runs to its return there. New calls meanwhile go to the
 * patch. Both touch the same global, because there is only one copy.
 */
import { disassemble } from '../x86/decode';
import { baseFunction, type SpaceId } from './address-space';
import { run, type Execution } from './execute';
import { getSpace, withSpace, type Machine, type Thread } from './machine';
import { refuse, success, type Outcome } from './outcome';

export interface ThreadStart {
  readonly id: string;
  /** Whose thread it is, when a user thread runs a kernel function. */
  readonly pid?: number;
  readonly space: SpaceId;
  readonly functionName: string;
  readonly argument: number;
  /** How many instructions of the (unpatched) body it has already executed; ≥ 1 means "inside". */
  readonly instructionsDone: number;
}

/** Places a thread inside a base function's body, after `instructionsDone` instructions. */
export function startThreadInside(machine: Machine, start: ThreadStart): Outcome<Machine> {
  const space = getSpace(machine, start.space);
  const fn = space ? baseFunction(space, start.functionName) : undefined;
  if (!space || !fn)
    return refuse({ code: 'unknown', reason: `${start.functionName} is not mapped`, provenance: 'documented' });
  const body = disassemble(space.memory, fn.entry, fn.end, 'x64');
  if (start.instructionsDone < 1 || start.instructionsDone >= body.length) {
    return refuse({
      code: 'unknown',
      reason: `${start.functionName} has ${body.length} instructions; cannot stop after ${start.instructionsDone}`,
      provenance: 'documented',
    });
  }
  // Really run the first instructions, so the thread's registers are what the code made them.
  const partial = run(space, fn.entry, { rcx: start.argument }, start.instructionsDone);
  if (partial.halted !== 'step-limit')
    return refuse({
      code: 'unknown',
      reason: `${start.functionName} halted early: ${partial.halted}`,
      provenance: 'documented',
    });
  const thread: Thread = {
    id: start.id,
    ...(start.pid !== undefined ? { pid: start.pid } : {}),
    space: start.space,
    ip: partial.ip,
    registers: partial.registers,
    status: 'running',
  };
  const next = withSpace(machine, partial.space);
  return success({ ...next, threads: [...next.threads.filter((t) => t.id !== start.id), thread] });
}

export interface FinishedThread {
  readonly machine: Machine;
  readonly execution: Execution;
}

/** Runs a thread from where it is to its return. */
export function finishThread(machine: Machine, id: string): Outcome<FinishedThread> {
  const thread = machine.threads.find((t) => t.id === id);
  const space = thread ? getSpace(machine, thread.space) : undefined;
  if (!thread || !space) return refuse({ code: 'unknown', reason: `no thread ${id}`, provenance: 'documented' });
  if (thread.status === 'returned')
    return refuse({ code: 'out-of-order', reason: `thread ${id} has already returned`, provenance: 'documented' });
  const execution = run(space, thread.ip, thread.registers);
  if (execution.halted !== 'ret')
    return refuse({ code: 'unknown', reason: `thread ${id} halted: ${execution.halted}`, provenance: 'documented' });
  const next = withSpace(machine, execution.space);
  const threads = next.threads.map((t) =>
    t.id === id ? { ...t, ip: execution.ip, registers: execution.registers, status: 'returned' as const } : t,
  );
  return success({ machine: { ...next, threads }, execution });
}
