/**
 * The fixed skeleton a byte listing is drawn on, computed from every state of a scene.
 *
 * A row set can change between steps (five `CC` rows become one 5-byte `jmp` row; an unloaded module
 * is one "(not loaded)" row before it becomes five instruction rows). Giving every row address that
 * appears in ANY state its own fixed slot keeps each row at the same height on the page in every
 * step, so nothing jumps while the reader steps through — a slot is simply empty when its address
 * does not start a row in the current state.
 */
import type { ByteListing, RowRole } from './byte-listing';
import type { Localized } from '../../i18n/lang';

export interface FrameRegion {
  readonly kind: 'region';
  readonly id: string;
  readonly role: RowRole;
  /** Union of the region's extent over every state. */
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** The label from the first state that has the region (kept so absent regions reserve its space). */
  readonly label: Localized;
  readonly illustrative: boolean;
  /** Row start addresses, ascending: one fixed slot each. */
  readonly slots: readonly number[];
}

/** Unlisted address space between two regions that do not touch. */
export interface FrameGap {
  readonly kind: 'gap';
  readonly id: string;
}

export type FrameGroup = FrameRegion | FrameGap;

export interface ListingFrame {
  readonly groups: readonly FrameGroup[];
  /** Hex digits of an address (8 on x86, 16 on x64). */
  readonly addressChars: number;
  /** Most bytes in any row of any state (sizes the bytes column). */
  readonly maxBytes: number;
  /** Longest decoded text of any row of any state, in characters (sizes the text column). */
  readonly maxTextChars: number;
  /** Number of row slots. */
  readonly slotCount: number;
}

const EMPTY: ListingFrame = { groups: [], addressChars: 8, maxBytes: 0, maxTextChars: 0, slotCount: 0 };

/** Builds the frame from the listings of every state of one scene (any order). */
export function listingFrame(listings: readonly ByteListing[]): ListingFrame {
  if (listings.length === 0) return EMPTY;
  const regions = new Map<
    string,
    {
      id: string;
      role: RowRole;
      start: number;
      end: number;
      label: Localized;
      illustrative: boolean;
      slots: Set<number>;
    }
  >();
  let addressChars = 0;
  let maxBytes = 0;
  let maxTextChars = 0;

  for (const listing of listings) {
    for (const r of listing.regions) {
      const seen = regions.get(r.id);
      if (seen) {
        seen.start = Math.min(seen.start, r.start);
        seen.end = Math.max(seen.end, r.end);
      } else {
        regions.set(r.id, {
          id: r.id,
          role: r.role,
          start: r.start,
          end: r.end,
          label: r.label,
          illustrative: r.illustrative,
          slots: new Set(),
        });
      }
    }
    for (const row of listing.rows) {
      regions.get(row.regionId)?.slots.add(row.address);
      addressChars = Math.max(addressChars, row.addressText.length);
      maxBytes = Math.max(maxBytes, row.bytes.length);
      maxTextChars = Math.max(maxTextChars, row.text.length);
    }
  }

  const sorted = [...regions.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: FrameGroup[] = [];
  let previousEnd: number | undefined;
  let slotCount = 0;
  for (const r of sorted) {
    // Regions that overlap or touch (an entry split into jump + leftover) read as one stretch.
    if (previousEnd !== undefined && r.start > previousEnd) groups.push({ kind: 'gap', id: `gap-${r.id}` });
    const slots = [...r.slots].sort((a, b) => a - b);
    slotCount += slots.length;
    groups.push({
      kind: 'region',
      id: r.id,
      role: r.role,
      start: r.start,
      end: r.end,
      label: r.label,
      illustrative: r.illustrative,
      slots,
    });
    previousEnd = Math.max(previousEnd ?? r.end, r.end);
  }
  return { groups, addressChars: addressChars || 8, maxBytes, maxTextChars, slotCount };
}
