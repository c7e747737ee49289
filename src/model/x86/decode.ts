/**
 * A small table-driven x86/x64 decoder for the opcodes the hotpatch figures show. It reads real
 * bytes from a Memory image, so a torn instruction (a thread decoding from the middle of freshly
 * written bytes) comes out exactly as a CPU would see it: as whatever those bytes happen to encode.
 *
 * Coverage (one-byte opcode map only): REX prefixes (x64), 40–4F inc/dec (x86), 50–57 push,
 * 58–5F pop, 89/8B mov with a full ModRM/SIB/displacement decoder, 90 nop, A3 mov moffs, B8–BF mov
 * reg, imm, C2 ret imm16, C3 ret, CC int 3, E8 call rel32, E9 jmp rel32, EB jmp rel8 and group FF
 * (/2 call, /4 jmp, /6 push). Anything else decodes as `(bad)` with valid=false: "(bad)" means the
 * byte is not an instruction this model decodes, which is how garbage shows up in the figures.
 */

import { masmHex } from './hex';
import { readByte, type Memory } from './memory';
import { readSignedLE, readUnsignedLE } from './encode';

export type Mode = 'x86' | 'x64';

/** How an instruction moves the instruction pointer (used by the thread model). */
export type Flow = 'next' | 'jmp' | 'jmp-indirect' | 'call' | 'call-indirect' | 'ret' | 'trap' | 'invalid';

export interface Instruction {
  readonly address: number;
  readonly length: number;
  readonly bytes: number[];
  readonly mnemonic: string;
  readonly operands: string;
  /** `mnemonic operands`, e.g. `mov edi, edi`, `jmp 10001000h`, `ret 0Ch`. */
  readonly text: string;
  /** Absolute target of a direct jump or call (rel8/rel32 resolved against the next address). */
  readonly target?: number;
  /** Absolute address of the memory slot an indirect jump/call reads its target from. */
  readonly slot?: number;
  /** Bytes popped after the return address by `ret imm16`. */
  readonly popBytes?: number;
  readonly flow: Flow;
  /** False for bytes this decoder does not recognise, or for an instruction cut off by unmapped memory. */
  readonly valid: boolean;
}

type OperandKind =
  | 'Ev' // ModRM r/m, operand size
  | 'Gv' // ModRM reg, operand size
  | 'Zv' // register in the opcode's low three bits (+ REX.B)
  | 'Iw' // 16-bit immediate
  | 'Iv' // 32-bit immediate, 64-bit with REX.W (mov reg, imm)
  | 'Jb' // rel8
  | 'Jz' // rel32
  | 'Ov' // absolute memory offset (moffs), address-size wide
  | 'rAX'; // eax / rax

interface OpcodeEntry {
  readonly mnemonic: string;
  readonly operands: readonly OperandKind[];
  readonly flow?: Flow;
  /** In x64 the operand size is 64 bits without REX.W (push, pop, near jmp/call through memory). */
  readonly default64?: boolean;
}

interface GroupEntry {
  /** Instructions selected by the ModRM reg field. */
  readonly group: Readonly<Record<number, OpcodeEntry>>;
}

type TableEntry = OpcodeEntry | GroupEntry;

function plusR(base: number, entry: OpcodeEntry): Array<[number, TableEntry]> {
  return Array.from({ length: 8 }, (_, r) => [base + r, entry] as [number, TableEntry]);
}

/** Entries valid in both modes. */
const COMMON: ReadonlyMap<number, TableEntry> = new Map<number, TableEntry>([
  ...plusR(0x50, { mnemonic: 'push', operands: ['Zv'], default64: true }),
  ...plusR(0x58, { mnemonic: 'pop', operands: ['Zv'], default64: true }),
  [0x89, { mnemonic: 'mov', operands: ['Ev', 'Gv'] }],
  [0x8b, { mnemonic: 'mov', operands: ['Gv', 'Ev'] }],
  [0x90, { mnemonic: 'nop', operands: [] }],
  [0xa3, { mnemonic: 'mov', operands: ['Ov', 'rAX'] }],
  ...plusR(0xb8, { mnemonic: 'mov', operands: ['Zv', 'Iv'] }),
  [0xc2, { mnemonic: 'ret', operands: ['Iw'], flow: 'ret' }],
  [0xc3, { mnemonic: 'ret', operands: [], flow: 'ret' }],
  [0xcc, { mnemonic: 'int', operands: [], flow: 'trap' }],
  [0xe8, { mnemonic: 'call', operands: ['Jz'], flow: 'call' }],
  [0xe9, { mnemonic: 'jmp', operands: ['Jz'], flow: 'jmp' }],
  [0xeb, { mnemonic: 'jmp', operands: ['Jb'], flow: 'jmp' }],
  [
    0xff,
    {
      group: {
        2: { mnemonic: 'call', operands: ['Ev'], flow: 'call-indirect', default64: true },
        4: { mnemonic: 'jmp', operands: ['Ev'], flow: 'jmp-indirect', default64: true },
        6: { mnemonic: 'push', operands: ['Ev'], default64: true },
      },
    },
  ],
]);

/** 40–4F: one-byte inc/dec in 32-bit mode (they became REX prefixes in 64-bit mode). */
const X86_ONLY: ReadonlyMap<number, TableEntry> = new Map<number, TableEntry>([
  ...plusR(0x40, { mnemonic: 'inc', operands: ['Zv'] }),
  ...plusR(0x48, { mnemonic: 'dec', operands: ['Zv'] }),
]);

const REG32 = [
  'eax',
  'ecx',
  'edx',
  'ebx',
  'esp',
  'ebp',
  'esi',
  'edi',
  'r8d',
  'r9d',
  'r10d',
  'r11d',
  'r12d',
  'r13d',
  'r14d',
  'r15d',
];
const REG64 = [
  'rax',
  'rcx',
  'rdx',
  'rbx',
  'rsp',
  'rbp',
  'rsi',
  'rdi',
  'r8',
  'r9',
  'r10',
  'r11',
  'r12',
  'r13',
  'r14',
  'r15',
];

function reg(index: number, size: 32 | 64): string {
  return (size === 64 ? REG64 : REG32)[index] ?? '?';
}

function isGroup(e: TableEntry): e is GroupEntry {
  return 'group' in e;
}

/** Reads bytes sequentially; `undefined` marks unmapped memory (a cut-off instruction). */
class ByteReader {
  pos: number;
  readonly bytes: number[] = [];
  truncated = false;
  constructor(
    private readonly m: Memory,
    readonly start: number,
  ) {
    this.pos = start;
  }
  next(): number {
    const b = readByte(this.m, this.pos);
    if (b === undefined) {
      this.truncated = true;
      return 0;
    }
    this.bytes.push(b);
    this.pos++;
    return b;
  }
  take(n: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < n && !this.truncated; i++) out.push(this.next());
    return out;
  }
}

interface ModRm {
  readonly mod: number;
  readonly reg: number; // already extended by REX.R
  /** Register operand (mod = 3), extended by REX.B. */
  readonly rmReg?: number;
  /** Memory operand text inside the brackets, e.g. `rsp+8`, `rip+7Ah`. */
  readonly memText?: string;
  /** For [disp32] (x86) and [rip+disp32] (x64): where the slot is (rip form resolved later). */
  readonly absolute?: number;
  readonly ripDisp?: number;
}

function formatDisp(base: string, disp: number): string {
  if (base === '') return masmHex(disp >>> 0);
  if (disp === 0) return base;
  return disp < 0 ? `${base}-${masmHex(-disp)}` : `${base}+${masmHex(disp)}`;
}

function readModRm(r: ByteReader, mode: Mode, rex: number): ModRm {
  const byte = r.next();
  const mod = byte >> 6;
  const regField = ((byte >> 3) & 7) | (rex & 4 ? 8 : 0);
  const rm = byte & 7;
  if (mod === 3) return { mod, reg: regField, rmReg: rm | (rex & 1 ? 8 : 0) };
  const addr = mode === 'x64' ? 64 : 32;
  let base = '';
  if (rm === 4) {
    const sib = r.next();
    const scale = 1 << (sib >> 6);
    const index = ((sib >> 3) & 7) | (rex & 2 ? 8 : 0);
    const baseField = sib & 7;
    const parts: string[] = [];
    const noBase = baseField === 5 && mod === 0;
    if (!noBase) parts.push(reg(baseField | (rex & 1 ? 8 : 0), addr));
    if (index !== 4) parts.push(scale === 1 ? reg(index, addr) : `${reg(index, addr)}*${scale}`);
    base = parts.join('+');
    const disp = noBase || mod === 2 ? readSignedLE(r.take(4)) : mod === 1 ? readSignedLE(r.take(1)) : 0;
    return { mod, reg: regField, memText: formatDisp(base, disp) };
  }
  if (mod === 0 && rm === 5) {
    const disp = readSignedLE(r.take(4));
    if (mode === 'x64') return { mod, reg: regField, memText: formatDisp('rip', disp), ripDisp: disp };
    return { mod, reg: regField, memText: masmHex(disp >>> 0), absolute: disp >>> 0 };
  }
  base = reg(rm | (rex & 1 ? 8 : 0), addr);
  const disp = mod === 2 ? readSignedLE(r.take(4)) : mod === 1 ? readSignedLE(r.take(1)) : 0;
  return { mod, reg: regField, memText: formatDisp(base, disp) };
}

function bad(m: Memory, address: number): Instruction {
  const b = readByte(m, address);
  if (b === undefined) {
    return {
      address,
      length: 0,
      bytes: [],
      mnemonic: '(unmapped)',
      operands: '',
      text: '(unmapped)',
      flow: 'invalid',
      valid: false,
    };
  }
  const operands = `db ${masmHex(b)}`;
  return {
    address,
    length: 1,
    bytes: [b],
    mnemonic: '(bad)',
    operands,
    text: `(bad) ${operands}`,
    flow: 'invalid',
    valid: false,
  };
}

/** Decodes the one instruction starting at `address`. Never throws. */
export function decodeAt(m: Memory, address: number, mode: Mode): Instruction {
  const r = new ByteReader(m, address);
  let rex = 0;
  let op = r.next();
  if (r.truncated) return bad(m, address);
  if (mode === 'x64' && op >= 0x40 && op <= 0x4f) {
    rex = op;
    op = r.next();
    if (r.truncated) return bad(m, address);
  }
  const found = COMMON.get(op) ?? (mode === 'x86' ? X86_ONLY.get(op) : undefined);
  if (found === undefined) return bad(m, address);

  let entry: OpcodeEntry;
  let modrm: ModRm | undefined;
  if (isGroup(found)) {
    modrm = readModRm(r, mode, rex);
    const sub = found.group[modrm.reg & 7];
    if (sub === undefined || r.truncated) return bad(m, address);
    entry = sub;
  } else {
    entry = found;
    if (entry.operands.includes('Ev') || entry.operands.includes('Gv')) modrm = readModRm(r, mode, rex);
  }

  const size: 32 | 64 = mode === 'x64' && (entry.default64 || rex & 8) ? 64 : 32;
  const ptr = size === 64 ? 'qword ptr' : 'dword ptr';
  const texts: string[] = [];
  let target: number | undefined;
  let slot: number | undefined;
  let popBytes: number | undefined;
  let ripDisp: number | undefined;

  for (const kind of entry.operands) {
    switch (kind) {
      case 'Ev':
        if (modrm?.rmReg !== undefined) texts.push(reg(modrm.rmReg, size));
        else {
          texts.push(`${ptr} [${modrm?.memText ?? '?'}]`);
          if (modrm?.absolute !== undefined) slot = modrm.absolute;
          if (modrm?.ripDisp !== undefined) ripDisp = modrm.ripDisp;
        }
        break;
      case 'Gv':
        texts.push(reg(modrm?.reg ?? 0, size));
        break;
      case 'Zv':
        texts.push(reg((op & 7) | (rex & 1 ? 8 : 0), size));
        break;
      case 'Iw':
        popBytes = readUnsignedLE(r.take(2));
        texts.push(masmHex(popBytes));
        break;
      case 'Iv':
        texts.push(masmHex(readUnsignedLE(r.take(size === 64 ? 8 : 4))));
        break;
      case 'Jb':
      case 'Jz': {
        const disp = readSignedLE(r.take(kind === 'Jb' ? 1 : 4));
        const next = address + r.bytes.length;
        // In 32-bit mode EIP wraps around at 4 GB.
        target = mode === 'x86' ? (next + disp) >>> 0 : next + disp;
        texts.push(target >= 0 ? masmHex(target) : `-${masmHex(-target)}`);
        break;
      }
      case 'Ov': {
        const abs = readUnsignedLE(r.take(mode === 'x64' ? 8 : 4));
        texts.push(`${ptr} [${masmHex(abs)}]`);
        break;
      }
      case 'rAX':
        texts.push(size === 64 ? 'rax' : 'eax');
        break;
    }
  }
  if (r.truncated) return bad(m, address);
  if (ripDisp !== undefined) slot = address + r.bytes.length + ripDisp;

  const mnemonic = entry.mnemonic;
  const operands = op === 0xcc ? '3' : texts.join(', ');
  const base = {
    address,
    length: r.bytes.length,
    bytes: r.bytes,
    mnemonic,
    operands,
    text: operands ? `${mnemonic} ${operands}` : mnemonic,
    flow: entry.flow ?? 'next',
    valid: true,
  };
  return {
    ...base,
    ...(target !== undefined ? { target } : {}),
    ...(slot !== undefined ? { slot } : {}),
    ...(popBytes !== undefined ? { popBytes } : {}),
  };
}

/**
 * Linear sweep from `from` up to (not including) `to`. An undecodable byte yields a one-byte
 * `(bad)` entry and the sweep continues with the next byte; an instruction may extend past `to`.
 */
export function disassemble(m: Memory, from: number, to: number, mode: Mode): Instruction[] {
  const out: Instruction[] = [];
  let a = from;
  while (a < to) {
    const ins = decodeAt(m, a, mode);
    out.push(ins);
    a += Math.max(ins.length, 1);
  }
  return out;
}
