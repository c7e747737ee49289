/**
 * Threads for the race figures. A thread's instruction pointer is always the address it will fetch
 * next; `step` fetches and decodes the instruction there from the memory *as it is now* and
 * executes its control flow. Each instruction is fetched atomically when executed, so a write
 * between two steps is seen in full by the next fetch. A torn instruction therefore appears exactly
 * when a thread's IP points into the middle of what is now a different instruction.
 *
 * Only control flow is modelled (jmp, call, ret, int 3); other instructions just advance the IP.
 * The call stack holds return addresses only.
 */

import { decodeAt, type Instruction, type Mode } from '../x86/decode';
import { readUnsignedLE } from '../x86/encode';
import { isMapped, readBytes, type Memory } from '../x86/memory';

export type ThreadStatus = 'running' | 'returned' | 'trapped' | 'faulted';

export interface Thread {
  readonly id: string;
  readonly ip: number;
  /** Return addresses, innermost last. */
  readonly stack: readonly number[];
  /** When a `ret` lands here the thread has left the function under study: it is done. */
  readonly exitAddress: number;
  readonly status: ThreadStatus;
}

export interface StepResult {
  readonly thread: Thread;
  readonly executed: Instruction;
}

/** Executes one instruction. Throws if the thread is not running (a caller bug, not a model state). */
export function step(thread: Thread, memory: Memory, mode: Mode): StepResult {
  if (thread.status !== 'running') throw new Error(`thread ${thread.id} is ${thread.status}; it cannot step`);
  const executed = decodeAt(memory, thread.ip, mode);
  const at = (next: Partial<Thread>): StepResult => ({ thread: { ...thread, ...next }, executed });
  const fallThrough = thread.ip + executed.length;
  switch (executed.flow) {
    case 'invalid':
      return at({ status: 'faulted' });
    case 'trap':
      // int 3 raises a breakpoint exception; with no debugger attached the process dies.
      return at({ ip: fallThrough, status: 'trapped' });
    case 'jmp':
      return at({ ip: executed.target ?? fallThrough });
    case 'call':
      return at({ ip: executed.target ?? fallThrough, stack: [...thread.stack, fallThrough] });
    case 'jmp-indirect':
    case 'call-indirect': {
      const size = mode === 'x64' ? 8 : 4;
      if (executed.slot === undefined || !isMapped(memory, executed.slot, size)) return at({ status: 'faulted' });
      const ip = readUnsignedLE(readBytes(memory, executed.slot, size));
      return executed.flow === 'jmp-indirect' ? at({ ip }) : at({ ip, stack: [...thread.stack, fallThrough] });
    }
    case 'ret': {
      const ip = thread.stack[thread.stack.length - 1];
      if (ip === undefined) return at({ status: 'faulted' });
      return at({ ip, stack: thread.stack.slice(0, -1), status: ip === thread.exitAddress ? 'returned' : 'running' });
    }
    case 'next':
      return at({ ip: fallThrough });
  }
}
