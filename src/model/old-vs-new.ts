/**
 * The same call, two engines: the route a call takes through a hotpatched function in the 2003-era
 * engine (model/old, the research's x86 worked example) and in today's VBS-era engine (model/vbs,
 * the kernel driver example), each computed by running that engine's own operations and decoding
 * the bytes they wrote. Nothing here writes a byte of its own: every byte comes from the two models.
 *
 * 2003: caller → entry `EB F9` → padding `E9 rel32` → the replacement function in the patch module.
 * Today: caller → entry `EB F9` → padding `E9 rel32` → HPAT stub → the function in the patch image.
 */
import { decodeAt, type Instruction, type Mode } from './x86/decode';
import type { Memory } from './x86/memory';
import { buildOldLayout, WORKED_EXAMPLE, type OldLayout } from './old/layout';
import { patchRecordFor } from './old/patch-record';
import { applyHotpatch } from './old/protocol';
import {
  bootMachine,
  deliverPatch,
  EXAMPLE_GLOBAL,
  EXAMPLE_REF_SLOT,
  exampleDriver,
  exampleDriverPatch,
  expectOk,
  findModule,
  globalAddress,
  KERNEL_IDENTITY,
  loadPatchImage,
  PATCHED_FUNCTION,
  readU64,
  registerPatch,
  resolveCall,
  secureKernelVerify,
  wireReversePatches,
  writeRedirect,
  type Machine,
  type Vtl,
} from './vbs/index';

export type Engine = 'old' | 'new';

/** What a hop is, the same words for both engines: `new-code` is the replacement / patch function. */
export type HopKind = 'caller' | 'entry' | 'padding' | 'hpat-stub' | 'new-code';

export interface EngineHop {
  readonly kind: HopKind;
  readonly address: number;
  /** The instruction there, decoded from the engine's memory after the patch. */
  readonly instruction: Instruction;
  /** Where the address belongs: the base image, or the patch module / image. */
  readonly module: string;
}

export interface EngineRoute {
  readonly engine: Engine;
  readonly arch: Mode;
  readonly functionName: string;
  readonly baseModule: string;
  /** The patch image's name (today); the 2003 patch module has no name in the model. */
  readonly patchModule?: string;
  /** caller, entry, padding, [hpat-stub], new-code. */
  readonly hops: readonly EngineHop[];
}

// ── 2003: the x86 worked example (calc!SetRadix layout, made-up replacement address) ─────────

export interface OldEngine {
  readonly layout: OldLayout;
  readonly memory: Memory;
  readonly route: EngineRoute;
}

const MAX_JUMPS = 6;

/** Follows direct jumps from `start` until an instruction that is not a jump. */
function walkJumps(memory: Memory, start: number, mode: Mode): Instruction[] {
  const out: Instruction[] = [];
  let address = start;
  for (let i = 0; i < MAX_JUMPS; i++) {
    const ins = decodeAt(memory, address, mode);
    out.push(ins);
    if (ins.flow !== 'jmp' || ins.target === undefined) break;
    address = ins.target;
  }
  return out;
}

export function oldEngine(): OldEngine {
  const built = buildOldLayout(WORKED_EXAMPLE);
  if (!built.ok) throw new Error('two engines: the worked example no longer lays out');
  const layout = built.layout;
  const applied = applyHotpatch(layout.loaded, patchRecordFor(layout));
  if (!applied.ok) throw new Error('two engines: the worked example no longer applies');
  const memory = applied.memory;
  const mode = layout.arch;
  const caller = decodeAt(memory, layout.callSite, mode);
  const chain = walkJumps(memory, layout.entry, mode);
  const kinds: HopKind[] = ['entry', 'padding', 'new-code'];
  if (chain.length !== kinds.length || chain[2]?.address !== layout.patchEntry)
    throw new Error('two engines: the 2003 route is not entry → padding → replacement');
  const base = 'calc.exe';
  return {
    layout,
    memory,
    route: {
      engine: 'old',
      arch: mode,
      functionName: 'SetRadix',
      baseModule: base,
      hops: [
        { kind: 'caller', address: caller.address, instruction: caller, module: base },
        ...chain.map((instruction, i) => ({
          kind: kinds[i]!,
          address: instruction.address,
          instruction,
          module: kinds[i] === 'new-code' ? '' : base,
        })),
      ],
    },
  };
}

// ── Today: the kernel driver example, patched by the Secure Kernel ──────────────────────────

export interface NewEngineGlobals {
  readonly name: string;
  readonly slotName: string;
  /** Where `__ref_g_state` sits in the patch image's read-only data, and the pointer it holds. */
  readonly slot: number;
  readonly slotValue: number;
  /** g_state in the base image (the one copy in use) and the patch image's own, unused copy. */
  readonly baseGlobal: number;
  readonly patchGlobal: number;
}

export interface NewEngine {
  readonly machine: Machine;
  readonly route: EngineRoute;
  readonly globals: NewEngineGlobals;
  /** Who wrote each kind of redirect byte (the model's write log). */
  readonly writers: Readonly<Partial<Record<'entry' | 'padding' | 'hpat-stub' | 'ref-slot', Vtl>>>;
}

export function newEngine(): NewEngine {
  const patch = exampleDriverPatch(1);
  const booted = bootMachine([exampleDriver(KERNEL_IDENTITY)]);
  const registered = expectOk(
    registerPatch(deliverPatch(booted, patch), { path: patch.path, baseIdentity: KERNEL_IDENTITY }),
  );
  const verified = expectOk(secureKernelVerify(registered, patch.path));
  const loaded = expectOk(loadPatchImage(verified, 'kernel', patch.path));
  const wired = expectOk(wireReversePatches(loaded, 'kernel', patch.path));
  const machine = expectOk(writeRedirect(wired, 'kernel', patch.path));
  const call = expectOk(resolveCall(machine, 'kernel', PATCHED_FUNCTION));
  const kinds: HopKind[] = ['entry', 'padding', 'hpat-stub', 'new-code'];
  const expected = ['entry', 'padding', 'hpat-stub', 'patch-function'];
  if (call.hops.map((h) => h.kind).join() !== expected.join())
    throw new Error('two engines: the VBS-era route is not entry → padding → HPAT stub → patch');
  const base = findModule(machine.kernel, patch.baseName);
  const patched = findModule(machine.kernel, patch.name);
  const slotRva = patch.refSlots[0]?.rva;
  const baseGlobal = base ? globalAddress(base, EXAMPLE_GLOBAL) : undefined;
  const patchGlobal = patched ? globalAddress(patched, EXAMPLE_GLOBAL) : undefined;
  if (!base || !patched || slotRva === undefined || baseGlobal === undefined || patchGlobal === undefined)
    throw new Error('two engines: the example images are incomplete');
  const slot = patched.base + slotRva;
  const writers: Partial<Record<'entry' | 'padding' | 'hpat-stub' | 'ref-slot', Vtl>> = {};
  for (const w of machine.writes)
    if (w.target in { entry: 1, padding: 1, 'hpat-stub': 1, 'ref-slot': 1 }) {
      writers[w.target as keyof typeof writers] = w.by;
    }
  return {
    machine,
    route: {
      engine: 'new',
      arch: 'x64',
      functionName: PATCHED_FUNCTION,
      baseModule: patch.baseName,
      patchModule: patch.name,
      hops: [
        // The model keeps no caller bytes: every way in (call, pointer, table) reaches the entry.
        {
          kind: 'caller',
          address: 0,
          instruction: {
            address: 0,
            length: 0,
            bytes: [],
            mnemonic: 'call',
            operands: PATCHED_FUNCTION,
            text: `call ${PATCHED_FUNCTION}`,
            flow: 'call',
            valid: true,
          },
          module: '',
        },
        ...call.hops.map((h, i) => ({
          kind: kinds[i]!,
          address: h.address,
          instruction: h.instruction,
          module: h.module ?? '',
        })),
      ],
    },
    globals: {
      name: EXAMPLE_GLOBAL,
      slotName: EXAMPLE_REF_SLOT,
      slot,
      slotValue: readU64(machine.kernel, slot),
      baseGlobal,
      patchGlobal,
    },
    writers,
  };
}

/** The hop of a kind in a route (the old route has no HPAT stub). */
export function hopOf(route: EngineRoute, kind: HopKind): EngineHop | undefined {
  return route.hops.find((h) => h.kind === kind);
}
