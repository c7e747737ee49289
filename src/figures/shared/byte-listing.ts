/**
 * Byte-listing view data: turns a memory image plus labelled regions into the rows a byte view
 * draws (address │ bytes │ decoded instruction), and describes what changed between two images in
 * words generated from the bytes themselves. Shared by the old- and new-hotpatch figures.
 *
 * Shape for view authors:
 *   ByteListing {
 *     mode: 'x86' | 'x64'
 *     regions: [{ id, start, end, role, kind, label{en,ja}, illustrative, loaded, startText, endText }]
 *     rows: [{
 *       id: 'row-<ADDR>', address, addressText, regionId, role,
 *       bytes: ['8B','FF'],            // '??' for an unmapped byte
 *       byteIds: ['byte-<ADDR>', …],   // one per byte, stable across states (use them for highlights)
 *       text: 'mov edi, edi',          // decoded from the bytes ('(not loaded)' for an unmapped region)
 *       valid, changedBytes: [addresses that differ from `previous`], isTorn?, target?, slot?
 *     }]
 *     changedIds: ['byte-<ADDR>', …]   // every byte id whose value changed since `previous`
 *   }
 * Ids use upper-case hex without 0x (`byte-00476C7E`), padded to the mode's address width.
 *
 * Code regions are decoded as one linear sweep across adjacent regions: an instruction that runs
 * past the end of its region (e.g. a 5-byte jump written over a 2-byte entry) swallows the start of
 * the next one, as a disassembler would show it. Data regions are shown as `dq` (8 bytes) or `db`.
 */

import type { Localized } from '../../i18n/lang';
import { decodeAt, type Mode } from '../../model/x86/decode';
import { readUnsignedLE } from '../../model/x86/encode';
import { hexAddress, hexBytes, hex, masmHex } from '../../model/x86/hex';
import { changedAddresses, contiguousRuns, readByte, type Memory } from '../../model/x86/memory';

/** What a row is, for colour and legend. Extend the union if a figure needs a new role. */
export type RowRole = 'prev-tail' | 'padding' | 'entry' | 'body' | 'slot' | 'hpat' | 'patch' | 'caller' | 'leftover';

export interface ListingRegion {
  readonly id: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly role: RowRole;
  readonly kind: 'code' | 'data';
  readonly label: Localized;
  /** Made-up address or stand-in bytes: the view should mark it. */
  readonly illustrative?: boolean;
}

export interface ListingRegionView extends ListingRegion {
  readonly illustrative: boolean;
  /** False when no byte of the region is mapped (e.g. a module not loaded yet). */
  readonly loaded: boolean;
  readonly startText: string;
  /** Last address of the region (inclusive), formatted. */
  readonly endText: string;
}

export interface ByteRow {
  readonly id: string;
  readonly address: number;
  readonly addressText: string;
  readonly regionId: string;
  readonly role: RowRole;
  readonly bytes: readonly string[];
  readonly byteIds: readonly string[];
  readonly text: string;
  readonly valid: boolean;
  /** Addresses in this row whose byte differs from the previous image. */
  readonly changedBytes: readonly number[];
  /** Set when a thread decoded a torn instruction at an address inside this row. */
  readonly isTorn?: boolean;
  readonly target?: number;
  readonly slot?: number;
}

export interface ByteListing {
  readonly mode: Mode;
  readonly regions: readonly ListingRegionView[];
  readonly rows: readonly ByteRow[];
  readonly changedIds: readonly string[];
}

export interface ListingOptions {
  /** The image of the previous state; rows report `changedBytes` against it. */
  readonly previous?: Memory;
  /** Addresses where a thread decoded a torn instruction. */
  readonly torn?: readonly number[];
}

export function byteId(address: number, mode: Mode): string {
  return `byte-${hexAddress(address, mode)}`;
}

export function rowId(address: number, mode: Mode): string {
  return `row-${hexAddress(address, mode)}`;
}

function byteText(m: Memory, a: number): string {
  const b = readByte(m, a);
  return b === undefined ? '??' : hex(b, 2);
}

/** Builds the listing. Pure: same inputs, same rows. */
export function byteListing(
  memory: Memory,
  regions: readonly ListingRegion[],
  mode: Mode,
  options: ListingOptions = {},
): ByteListing {
  const sorted = [...regions].sort((a, b) => a.start - b.start);
  const changed = options.previous ? new Set(changedAddresses(options.previous, memory)) : new Set<number>();
  const torn = options.torn ?? [];
  const rows: ByteRow[] = [];
  const views: ListingRegionView[] = [];
  let carry = -1; // end of the last decoded instruction (for sweeps across adjacent regions)

  const makeRow = (
    r: ListingRegion,
    address: number,
    length: number,
    text: string,
    valid: boolean,
    extra: Partial<ByteRow> = {},
  ): ByteRow => {
    const addrs = Array.from({ length }, (_, i) => address + i);
    const isTorn = torn.some((t) => t >= address && t < address + Math.max(length, 1));
    return {
      id: rowId(address, mode),
      address,
      addressText: hexAddress(address, mode),
      regionId: r.id,
      role: r.role,
      bytes: addrs.map((a) => byteText(memory, a)),
      byteIds: addrs.map((a) => byteId(a, mode)),
      text,
      valid,
      changedBytes: addrs.filter((a) => changed.has(a)),
      ...(isTorn ? { isTorn } : {}),
      ...extra,
    };
  };

  for (const r of sorted) {
    let loaded = false;
    for (let a = r.start; a < r.end; a++) if (readByte(memory, a) !== undefined) loaded = true;
    views.push({
      ...r,
      illustrative: r.illustrative ?? false,
      loaded,
      startText: hexAddress(r.start, mode),
      endText: hexAddress(r.end - 1, mode),
    });
    if (!loaded) {
      rows.push({
        ...makeRow(r, r.start, 0, '(not loaded)', false),
        changedBytes: [...changed].filter((a) => a >= r.start && a < r.end),
      });
      continue;
    }
    if (r.kind === 'data') {
      const len = r.end - r.start;
      const bytes = Array.from({ length: len }, (_, i) => readByte(memory, r.start + i) ?? 0);
      const text = len === 8 ? `dq ${masmHex(readUnsignedLE(bytes))}` : `db ${bytes.map((b) => masmHex(b)).join(', ')}`;
      rows.push(makeRow(r, r.start, len, text, true));
      continue;
    }
    let a = carry > r.start && carry <= r.end ? carry : r.start;
    if (carry > r.end) continue; // swallowed whole by the previous instruction
    while (a < r.end) {
      const ins = decodeAt(memory, a, mode);
      const len = Math.max(ins.length, 1);
      rows.push(
        makeRow(r, a, len, ins.text, ins.valid, {
          ...(ins.target !== undefined ? { target: ins.target } : {}),
          ...(ins.slot !== undefined ? { slot: ins.slot } : {}),
        }),
      );
      a += len;
    }
    carry = a;
  }
  return { mode, regions: views, rows, changedIds: [...changed].sort((x, y) => x - y).map((a) => byteId(a, mode)) };
}

/** One contiguous run of changed bytes, with its caption text generated from the bytes. */
export interface DiffRun {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** The bytes as hex, or "(not loaded)" in each language for bytes not mapped. */
  readonly before: Localized;
  readonly after: Localized;
  /** `00476C7E–00476C7F: 8B FF → EB F9` (a single address when the run is one byte). */
  readonly text: Localized;
}

const NOT_LOADED: Localized = { en: '(not loaded)', ja: '（未読み込み）' };

function runBytes(m: Memory, start: number, end: number): Localized {
  const bytes: number[] = [];
  for (let a = start; a < end; a++) {
    const b = readByte(m, a);
    if (b === undefined) return NOT_LOADED;
    bytes.push(b);
  }
  const text = hexBytes(bytes);
  return { en: text, ja: text };
}

/** The changed runs between two images, ascending. */
export function memoryDiff(before: Memory, after: Memory, mode: Mode): DiffRun[] {
  return contiguousRuns(changedAddresses(before, after)).map(({ start, end }) => {
    const b = runBytes(before, start, end);
    const a = runBytes(after, start, end);
    const range =
      end - start === 1 ? hexAddress(start, mode) : `${hexAddress(start, mode)}–${hexAddress(end - 1, mode)}`;
    return {
      start,
      end,
      before: b,
      after: a,
      text: { en: `${range}: ${b.en} → ${a.en}`, ja: `${range}: ${b.ja} → ${a.ja}` },
    };
  });
}

/** Runs joined for a caption: `A: x → y; B: z → w`. Empty text when nothing changed. */
export function joinRuns(runs: readonly DiffRun[]): Localized {
  return { en: runs.map((r) => r.text.en).join('; '), ja: runs.map((r) => r.text.ja).join('; ') };
}

/** Every changed run between two images, joined for a caption. */
export function diffText(before: Memory, after: Memory, mode: Mode): Localized {
  return joinRuns(memoryDiff(before, after, mode));
}
