/**
 * A machine running virtualization-based security: VTL0 (the NT kernel and user processes) and
 * VTL1 (the Secure Kernel), plus the files on disk.
 *
 * Immutable: every operation returns a new Machine (or a refusal). The machine is assumed to run
 * with memory integrity (HVCI) on, where executable kernel pages are never writable from VTL0
 * (Learn, code-integrity-checking). Hotpatch itself requires VBS; HVCI is not listed as a requirement.
 */
import { emptySpace, mapImage, type AddressSpace, type SpaceId } from './address-space';
import type { Claim } from './provenance';
import type { ImageFile, PatchImageFile } from './image-file';
import type { ImageIdentity } from './identity';
import type { RefusalCode } from './outcome';

export type Vtl = 'VTL0' | 'VTL1';

/** What a registration is doing now. */
export type RegistrationStatus = 'registered' | 'active' | 'superseded';

/** One NtManageHotPatch(ManageHotPatchLoadPatch, …) call the NT kernel remembers. */
export interface Registration {
  readonly path: string;
  readonly patchName: string;
  readonly baseName: string;
  /** The base identity the servicing component passed in. */
  readonly baseIdentity: ImageIdentity;
  readonly sequenceNumber: number;
  readonly status: RegistrationStatus;
}

/**
 * The NT kernel's MI_HOT_PATCH_STATE (symbol-derived headers of Windows 11 24H2 ntoskrnl). Only the
 * global patch list is modelled; the per-user and "previously registered" lists are left out.
 */
export interface NtHotPatchState {
  readonly HotPatchingEnabled: boolean;
  readonly globalPatchList: readonly Registration[];
}

/** A patch the Secure Kernel accepted: it tracks the highest sequence applied per base (CodeMaxx). */
export interface AcceptedPatch {
  readonly boot: number;
  /** Which baseline the machine was on (counts baseline restarts, from 1). */
  readonly baseline: number;
  readonly path: string;
  readonly baseName: string;
  readonly baseIdentity: ImageIdentity;
  readonly sequenceNumber: number;
}

export interface SecureKernelState {
  /** Highest accepted sequence number per base identity (key from identityKey()). */
  readonly highestSequence: Readonly<Record<string, number>>;
  readonly accepted: readonly AcceptedPatch[];
}

export type WriteTarget = 'hpat-stub' | 'padding' | 'entry' | 'ref-slot';

/** A write to code or read-only data: what, where, by which trust level, and how sure we are. */
export interface WriteRecord {
  readonly boot: number;
  readonly space: SpaceId;
  readonly target: WriteTarget;
  readonly address: number;
  readonly before: readonly number[];
  readonly after: readonly number[];
  readonly by: Vtl;
  readonly patchPath: string;
  /** For ref-slot writes: the page went R → RW → R around the write (PR #151008). */
  readonly protectionDance?: readonly string[];
  /** Provenance of the fact that this component writes these bytes. */
  readonly writer: Claim;
  /** Provenance of the write itself (e.g. its position in the ordering). */
  readonly claim: Claim;
}

/** A write that was attempted and refused (kept so the invariants can be checked and drawn). */
export interface RefusedWrite {
  readonly space: SpaceId;
  readonly address: number;
  readonly by: Vtl;
  readonly code: RefusalCode;
}

/**
 * A thread executing in an address space. A user thread that calls into a kernel image runs in the
 * kernel space (pid says whose thread it is). Registers are the few the example code uses; the
 * instruction pointer is what the figures follow.
 */
export interface Thread {
  readonly id: string;
  readonly pid?: number;
  readonly space: SpaceId;
  readonly ip: number;
  readonly registers: Readonly<Record<string, number>>;
  readonly status: 'running' | 'returned';
}

export interface Process {
  readonly pid: number;
  readonly name: string;
  /** The boot it was started in (every restart ends all processes). */
  readonly boot: number;
  readonly space: AddressSpace;
}

export type RestartKind = 'planned-baseline' | 'unplanned-baseline' | 'unplanned-restart';

export interface RestartMarker {
  readonly boot: number;
  readonly kind: RestartKind;
  readonly claim: Claim;
}

export interface Disk {
  /** The base images on disk: kernel images and DLLs. Replaced only by a baseline. */
  readonly images: readonly ImageFile[];
  /** Delivered patch files (Windows Update, Autopatch, Azure Update Manager or Arc). */
  readonly patches: readonly PatchImageFile[];
}

export interface Machine {
  readonly boot: number;
  /** Counts baselines installed since the model started (1 = the first). Sequences rise within one. */
  readonly baseline: number;
  readonly disk: Disk;
  readonly kernel: AddressSpace;
  readonly processes: readonly Process[];
  readonly threads: readonly Thread[];
  readonly nt: NtHotPatchState;
  readonly secureKernel: SecureKernelState;
  readonly writes: readonly WriteRecord[];
  readonly refusedWrites: readonly RefusedWrite[];
  readonly restarts: readonly RestartMarker[];
  /** Every patch VTL1 accepted, across boots (for the sequence invariant). */
  readonly history: readonly AcceptedPatch[];
}

/** Loads the kernel-mode images from disk into a fresh kernel address space. */
export function bootKernel(images: readonly ImageFile[]): AddressSpace {
  return images.filter((f) => f.mode === 'kernel').reduce(mapImage, emptySpace('kernel'));
}

/** A machine freshly booted from the given on-disk images, with no patch registered. */
export function bootMachine(images: readonly ImageFile[]): Machine {
  return {
    boot: 1,
    baseline: 1,
    disk: { images, patches: [] },
    kernel: bootKernel(images),
    processes: [],
    threads: [],
    nt: { HotPatchingEnabled: true, globalPatchList: [] },
    secureKernel: { highestSequence: {}, accepted: [] },
    writes: [],
    refusedWrites: [],
    restarts: [],
    history: [],
  };
}

export function getSpace(machine: Machine, id: SpaceId): AddressSpace | undefined {
  if (id === 'kernel') return machine.kernel;
  return machine.processes.find((p) => p.pid === id)?.space;
}

export function withSpace(machine: Machine, space: AddressSpace): Machine {
  if (space.id === 'kernel') return { ...machine, kernel: space };
  return { ...machine, processes: machine.processes.map((p) => (p.pid === space.id ? { ...p, space } : p)) };
}

/** The on-disk base image with this name. */
export function diskImage(machine: Machine, name: string): ImageFile | undefined {
  return machine.disk.images.find((f) => f.name === name);
}

export function diskPatch(machine: Machine, path: string): PatchImageFile | undefined {
  return machine.disk.patches.find((f) => f.path === path);
}

/** Delivery: the patch file lands on disk. Nothing runs yet. */
export function deliverPatch(machine: Machine, file: PatchImageFile): Machine {
  if (diskPatch(machine, file.path)) return machine;
  return { ...machine, disk: { ...machine.disk, patches: [...machine.disk.patches, file] } };
}

/** Every space id in the machine: the kernel first, then processes by pid order of creation. */
export function spaceIds(machine: Machine): SpaceId[] {
  return ['kernel', ...machine.processes.map((p) => p.pid)];
}
