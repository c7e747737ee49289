/**
 * Figure `old-patch-bytes`: the 2003-era hotpatch, byte by byte.
 *
 * Params (`OldPatchBytesParams`): { arch: 'x86' | 'x64', functionAddress, patchAddress,
 * fill: 0x90 | 0xCC, x64Jump?: 'indirect' | 'rel32' }. Defaults: the research's worked example
 * (calc!SetRadix layout, entry 00476C7E, replacement at the made-up address 10001000, CC padding).
 *
 * Eight states, `data: OldPatchBytesData`:
 *   phase      'start' | 'loaded' | 'validated' | 'long-jump' | 'short-jump' | 'new-call' | 'old-thread' | 'undo'
 *   arch       'x86' | 'x64'
 *   listing    ByteListing (see shared/byte-listing.ts): rows with bytes, decoded text, role, changedBytes
 *   diff       DiffRun[]: runs of bytes changed since the previous state ("A–B: old → new")
 *   validation? (phase 'validated') { ok, checks: [{ address, addressText, expected, found, ok, hookType }] }
 *   longJump?  JumpMath (from 'long-jump' on): how the padding jump's displacement is computed
 *   shortJump? JumpMath (from 'short-jump' on): the entry jump's displacement
 *   threads    [{ id: 'caller' | 'inside', label, ip, ipText, status }]: the two example threads
 *   path?      PathStep[] ('new-call', 'old-thread'): the instructions the thread executed, in order
 *   error?     { kind: 'layout' | 'reach', message, loaderMessage?, provenance? }: set when the chosen
 *              addresses cannot be laid out or encoded; build() never throws, states say why instead
 *   flags      { x64BytesUnconfirmed, writeOrderUnconfirmed, illustrativeRegions }: things the view
 *              must label ([?] in the research, or made up for the example)
 *   sources    source keys (content/sources.yaml ids) supporting the state
 *
 * Drawn element ids used in `changed`: `byte-<ADDR>`, `region-<id>`, `thread-<id>`, `panel-validation`,
 * `panel-long-jump`, `panel-short-jump`, `panel-path`, `panel-error`.
 */

import type { Localized } from '../../i18n/lang';
import type { Mode } from '../../model/x86/decode';
import type { X64Jump } from '../../model/old/layout';
import type { ByteListing, DiffRun } from '../shared/byte-listing';
import { OLD_PATCH_BYTES_PHASES, type OldPatchBytesPhase } from './phases';

// ── Parameters and the data the view draws ──────────────────────────────────────────────

export interface OldPatchBytesParams {
  readonly arch: Mode;
  readonly functionAddress: number;
  readonly patchAddress: number;
  readonly fill: 0x90 | 0xcc;
  /** x64 only; see X64Jump in model/old/layout.ts. Default 'indirect'. */
  readonly x64Jump?: X64Jump;
}
export { OLD_PATCH_BYTES_PHASES, type OldPatchBytesPhase };

export interface ValidationCheck {
  readonly address: number;
  readonly addressText: string;
  readonly expected: string;
  readonly found: string;
  readonly ok: boolean;
  readonly hookType: string;
}

/** How a jump's displacement is computed: displacement = target − (site + length). */
export interface JumpMath {
  readonly kind: 'rel32' | 'rel8' | 'rip-indirect';
  readonly site: number;
  readonly siteText: string;
  readonly length: number;
  readonly target: number;
  readonly targetText: string;
  readonly displacement: number;
  /** e.g. `10001000 − (00476C79 + 5) = 0FB8A382` or `00476C79 − (00476C7E + 2) = −7`. */
  readonly formula: string;
  /** The displacement as stored (little-endian): `82 A3 B8 0F`, `F9`. */
  readonly displacementBytes: string;
  /** The whole instruction: `E9 82 A3 B8 0F`. */
  readonly bytes: string;
  readonly text: string;
  /** rip-indirect only: the slot the jump reads, and the 8-byte value stored there. */
  readonly slot?: number;
  readonly slotText?: string;
  readonly slotValueText?: string;
}

export interface ThreadView {
  readonly id: 'caller' | 'inside';
  readonly label: Localized;
  readonly ip: number;
  readonly ipText: string;
  readonly status: 'waiting' | 'running' | 'returned' | 'in-replacement' | 'trapped' | 'faulted';
}

export interface PathStep {
  readonly address: number;
  readonly addressText: string;
  readonly bytes: string;
  readonly text: string;
  readonly role: string;
}

export interface SceneError {
  readonly kind: 'layout' | 'reach';
  readonly message: Localized;
  readonly loaderMessage?: string;
  readonly provenance?: 'reverse-engineered';
}

export interface OldPatchBytesData {
  readonly phase: OldPatchBytesPhase;
  readonly arch: Mode;
  readonly listing: ByteListing;
  readonly diff: readonly DiffRun[];
  readonly validation?: { readonly ok: boolean; readonly checks: readonly ValidationCheck[] };
  readonly longJump?: JumpMath;
  readonly shortJump?: JumpMath;
  readonly threads: readonly ThreadView[];
  readonly path?: readonly PathStep[];
  readonly error?: SceneError;
  readonly flags: {
    readonly x64BytesUnconfirmed: boolean;
    readonly writeOrderUnconfirmed: true;
    readonly illustrativeRegions: readonly string[];
  };
  readonly sources: readonly string[];
}

export const OLD_PATCH_BYTES_DEFAULTS: OldPatchBytesParams = {
  arch: 'x86',
  functionAddress: 0x00476c7e,
  patchAddress: 0x10001000,
  fill: 0xcc,
};

// ---------------------------------------------------------------------------------------------
// Model → view data
