/**
 * Runs the example code for real, one decoded instruction at a time, so "the patched function
 * writes the base's global" is something the bytes do, not something the model asserts.
 *
 * Only what the example functions use is executed: mov between registers and memory (RIP-relative,
 * through a register, or a stack slot — the stack itself is not modelled, so rsp-based moves are
 * skipped), nop, jmp (direct and through a slot) and ret. Anything else halts as 'unsupported'.
 */
import { readBytes, writeBytes } from '../x86/memory';
import { littleEndian, readUnsignedLE } from '../x86/encode';
import { decodeAt, type Instruction } from '../x86/decode';
import { locate, type AddressSpace } from './address-space';

export interface Registers {
  readonly [name: string]: number;
}

/** A data write the code performed. */
export interface Store {
  readonly address: number;
  readonly value: number;
  readonly size: 4 | 8;
}

export type Halt = 'ret' | 'unsupported' | 'access-violation' | 'step-limit';

export interface Execution {
  readonly space: AddressSpace;
  readonly trace: readonly Instruction[];
  readonly stores: readonly Store[];
  readonly halted: Halt;
  /** Address of the instruction it halted on (for 'step-limit': the next one to run). */
  readonly ip: number;
  readonly registers: Registers;
}

const REG64 = ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi'];
const REG32 = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'];

function registerName(operand: string): { name: string; size: 4 | 8 } | undefined {
  const i64 = REG64.indexOf(operand);
  if (i64 >= 0) return { name: operand, size: 8 };
  const i32 = REG32.indexOf(operand);
  const wide = REG64[i32];
  return i32 >= 0 && wide ? { name: wide, size: 4 } : undefined;
}

type Operand =
  | { kind: 'reg'; name: string; size: 4 | 8 }
  | { kind: 'mem'; address: number; size: 4 | 8 }
  | { kind: 'stack' }
  | { kind: 'unknown' };

function parseOperand(text: string, ins: Instruction, regs: Registers): Operand {
  const reg = registerName(text);
  if (reg) return { kind: 'reg', ...reg };
  const m = /^(dword|qword) ptr \[(.+)\]$/.exec(text);
  if (!m) return { kind: 'unknown' };
  const size = m[1] === 'qword' ? 8 : 4;
  const inside = m[2] ?? '';
  if (inside.startsWith('rip'))
    return ins.slot !== undefined ? { kind: 'mem', address: ins.slot, size } : { kind: 'unknown' };
  if (inside.startsWith('rsp')) return { kind: 'stack' };
  const base = registerName(inside);
  if (base && base.size === 8) return { kind: 'mem', address: regs[base.name] ?? 0, size };
  return { kind: 'unknown' };
}

const truncate = (value: number, size: 4 | 8): number => (size === 4 ? value % 2 ** 32 : value);

/**
 * Executes from `ip` until `ret` (or a halt), with the given registers. Data writes need an RW
 * page. With a small `stepLimit` it runs just that many instructions (a thread part-way in).
 */
export function run(space: AddressSpace, ip: number, registers: Registers, stepLimit = 64): Execution {
  let memory = space.memory;
  let regs: Record<string, number> = { ...registers };
  const trace: Instruction[] = [];
  const stores: Store[] = [];
  const current = (): AddressSpace => ({ ...space, memory });
  const halt = (halted: Halt, at: number): Execution => ({
    space: current(),
    trace,
    stores,
    halted,
    ip: at,
    registers: regs,
  });

  for (let step = 0; step < stepLimit; step++) {
    const ins = decodeAt(memory, ip, 'x64');
    trace.push(ins);
    if (!ins.valid) return halt('unsupported', ip);
    if (ins.flow === 'ret') return halt('ret', ip);
    if (ins.flow === 'jmp' && ins.target !== undefined) {
      ip = ins.target;
      continue;
    }
    if (ins.flow === 'jmp-indirect' && ins.slot !== undefined) {
      ip = readUnsignedLE(readBytes(memory, ins.slot, 8));
      continue;
    }
    if (ins.mnemonic === 'nop') {
      ip += ins.length;
      continue;
    }
    if (ins.mnemonic !== 'mov') return halt('unsupported', ip);
    const [dstText = '', srcText = ''] = ins.operands.split(', ');
    const dst = parseOperand(dstText, ins, regs);
    const src = parseOperand(srcText, ins, regs);
    if (dst.kind === 'stack' || src.kind === 'stack') {
      // Saving or restoring a register on the stack: the stack is not modelled.
    } else if (dst.kind === 'reg' && src.kind === 'mem') {
      regs = { ...regs, [dst.name]: readUnsignedLE(readBytes(memory, src.address, dst.size)) };
    } else if (dst.kind === 'mem' && src.kind === 'reg') {
      const where = locate(current(), dst.address);
      if (where.kind === 'none' || where.protection !== 'RW') return halt('access-violation', ip);
      const value = truncate(regs[src.name] ?? 0, src.size);
      memory = writeBytes(memory, dst.address, littleEndian(value, src.size));
      stores.push({ address: dst.address, value, size: src.size });
    } else if (dst.kind === 'reg' && src.kind === 'reg') {
      regs = { ...regs, [dst.name]: truncate(regs[src.name] ?? 0, src.size) };
    } else {
      return halt('unsupported', ip);
    }
    ip += ins.length;
  }
  return halt('step-limit', ip);
}
