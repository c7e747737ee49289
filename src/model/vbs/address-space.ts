/**
 * An address space — the kernel's, or one user process's — with the images mapped into it.
 *
 * Bytes live in one sparse, immutable Memory (from the x86 model), so "not mapped" stays visible.
 * Each loaded module keeps the page protection of its sections, because who may write where is
 * the point of the VBS-era design. Loader-entry fields are named after phnt `ntldr.h`
 * (ActivePatchImageBase, HotPatchState, LoadReasonPatchImage).
 */
import { EMPTY_MEMORY, readBytes, writeBytes, type Memory } from '../x86/memory';
import { littleEndian, readUnsignedLE } from '../x86/encode';
import {
  findFunction,
  findGlobal,
  isPatchFile,
  type FunctionLayout,
  type ImageFile,
  type ImageMode,
  type Protection,
  type SectionName,
} from './image-file';
import type { ImageIdentity } from './identity';

/** 'kernel' for the kernel's address space, otherwise a process id. */
export type SpaceId = 'kernel' | number;

/**
 * _LDR_HOT_PATCH_STATE values from phnt `ntldr.h`. Our reading (not documented): a base image's
 * entry says BaseImage; a patch image's entry moves NotApplied → AppliedReverse → AppliedForward.
 */
export type HotPatchState = 'BaseImage' | 'NotApplied' | 'AppliedReverse' | 'AppliedForward' | 'FailedToPatch';

/** The Hotpatch Address Table region reserved right after the end of a base image (CodeMaxx). */
export interface HpatRegion {
  readonly start: number;
  readonly size: number;
}

/** Bytes per HPAT stub in this model (the real stub layout is not public). */
export const HPAT_STUB_SIZE = 16;
export const HPAT_SIZE = 0x1000;

export interface LoadedModule {
  readonly name: string;
  readonly kind: 'base' | 'patch';
  readonly file: ImageFile;
  readonly base: number;
  readonly identity: ImageIdentity;
  readonly protections: Readonly<Partial<Record<SectionName, Protection>>>;
  readonly HotPatchState: HotPatchState;
  /** On a base module: the load address of the patch image its redirects currently reach. */
  readonly ActivePatchImageBase?: number;
  /** On a patch module mapped into a process: phnt's LoadReasonPatchImage. */
  readonly LoadReason?: 'LoadReasonPatchImage';
  /** On a base module: its HPAT. */
  readonly hpat?: HpatRegion;
  /** On a patch module: its sequence number, and whether a newer patch has taken over. */
  readonly sequenceNumber?: number;
  readonly superseded?: boolean;
  /** On a patch module: how it got here — at boot/registration, by the loader's query, or into a running process. */
  readonly appliedVia?: PatchRoute;
}

/**
 * How a patch reached an address space: 'kernel' (the Secure Kernel patches a kernel image),
 * 'load-time-query' (the loader asks LdrpQueryCurrentPatch → NtManageHotPatch when it maps the DLL;
 * libpeconv #59) or 'running-process' (already running — not documented how).
 */
export type PatchRoute = 'kernel' | 'load-time-query' | 'running-process';

export interface AddressSpace {
  readonly id: SpaceId;
  readonly mode: ImageMode;
  readonly memory: Memory;
  readonly modules: readonly LoadedModule[];
}

export function emptySpace(id: SpaceId): AddressSpace {
  return { id, mode: id === 'kernel' ? 'kernel' : 'user', memory: EMPTY_MEMORY, modules: [] };
}

/**
 * Maps a file at its preferred base: copies its bytes, applies initial protections and, like the
 * loader's relocation, points each `__ref_` slot at the image's OWN global (the compiled default).
 */
export function mapImage(space: AddressSpace, file: ImageFile): AddressSpace {
  let memory = space.memory;
  for (const chunk of file.content) memory = writeBytes(memory, file.preferredBase + chunk.rva, chunk.bytes);
  for (const slot of file.refSlots) {
    const own = findGlobal(file, slot.global);
    if (!own) throw new Error(`${file.name}: ${slot.name} names unknown global ${slot.global}`);
    memory = writeBytes(memory, file.preferredBase + slot.rva, littleEndian(file.preferredBase + own.rva, 8));
  }
  const protections: Partial<Record<SectionName, Protection>> = {};
  for (const s of file.sections) protections[s.name] = s.protection;
  const patch = isPatchFile(file);
  const module: LoadedModule = {
    name: file.name,
    kind: patch ? 'patch' : 'base',
    file,
    base: file.preferredBase,
    identity: file.identity,
    protections,
    HotPatchState: patch ? 'NotApplied' : 'BaseImage',
    ...(patch
      ? {
          sequenceNumber: file.hotPatchInfo.SequenceNumber,
          ...(space.mode === 'user' ? { LoadReason: 'LoadReasonPatchImage' as const } : {}),
        }
      : { hpat: { start: file.preferredBase + file.size, size: HPAT_SIZE } }),
  };
  return { ...space, memory, modules: [...space.modules, module] };
}

export function findModule(space: AddressSpace, name: string): LoadedModule | undefined {
  return space.modules.find((m) => m.name === name);
}

export function replaceModule(
  space: AddressSpace,
  name: string,
  update: (m: LoadedModule) => LoadedModule,
): AddressSpace {
  return { ...space, modules: space.modules.map((m) => (m.name === name ? update(m) : m)) };
}

/** What an address belongs to: a module's section, a base module's HPAT, or nothing mapped. */
export type Location =
  | {
      readonly kind: 'section';
      readonly module: LoadedModule;
      readonly section: SectionName;
      readonly protection: Protection;
    }
  | { readonly kind: 'hpat'; readonly module: LoadedModule; readonly protection: Protection }
  | { readonly kind: 'none' };

export function locate(space: AddressSpace, address: number): Location {
  for (const m of space.modules) {
    if (m.hpat && address >= m.hpat.start && address < m.hpat.start + m.hpat.size) {
      // HPAT stubs are code: executable, never writable from VTL0.
      return { kind: 'hpat', module: m, protection: 'RX' };
    }
    if (address < m.base || address >= m.base + m.file.size) continue;
    const section = m.file.sections.find((s) => address >= m.base + s.rva && address < m.base + s.rva + s.size);
    if (section)
      return {
        kind: 'section',
        module: m,
        section: section.name,
        protection: m.protections[section.name] ?? section.protection,
      };
  }
  return { kind: 'none' };
}

export function isExecutable(space: AddressSpace, address: number): boolean {
  const where = locate(space, address);
  return where.kind !== 'none' && where.protection === 'RX';
}

/** Absolute addresses of a function in a loaded module. */
export interface FunctionAddresses {
  readonly module: LoadedModule;
  readonly layout: FunctionLayout;
  readonly padding: number;
  readonly entry: number;
  readonly end: number;
}

export function functionAddresses(module: LoadedModule, name: string): FunctionAddresses | undefined {
  const layout = findFunction(module.file, name);
  if (!layout) return undefined;
  return {
    module,
    layout,
    padding: module.base + layout.paddingRva,
    entry: module.base + layout.entryRva,
    end: module.base + layout.endRva,
  };
}

/** The base module (not a patch) that defines a function, if any. */
export function baseFunction(space: AddressSpace, name: string): FunctionAddresses | undefined {
  for (const m of space.modules) {
    if (m.kind !== 'base') continue;
    const f = functionAddresses(m, name);
    if (f) return f;
  }
  return undefined;
}

/** The function (in any module) whose body contains an address. */
export function functionAt(space: AddressSpace, address: number): FunctionAddresses | undefined {
  for (const m of space.modules) {
    for (const layout of m.file.functions) {
      const f = functionAddresses(m, layout.name);
      if (f && address >= f.entry && address < f.end) return f;
    }
  }
  return undefined;
}

export function globalAddress(module: LoadedModule, name: string): number | undefined {
  const g = findGlobal(module.file, name);
  return g ? module.base + g.rva : undefined;
}

export function readU32(space: AddressSpace, address: number): number {
  return readUnsignedLE(readBytes(space.memory, address, 4));
}

export function readU64(space: AddressSpace, address: number): number {
  return readUnsignedLE(readBytes(space.memory, address, 8));
}
