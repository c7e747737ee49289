/**
 * Whether a figure draws a byte listing, read from its scene data rather than from markup or class
 * names (which views may rename): some state's data holds, at most three levels down, a value of the
 * ByteListing shape (figures/shared/byte-listing.ts: `rows` whose items carry `bytes` and
 * `addressText`). FigureFrame then marks the figure `data-mono-font`, the only place the self-hosted
 * mono face is named (FigureFrame.astro's styles), so only pages with such a figure download it.
 */
import type { Scene } from '../../figures/shared/scene-types';

function isListing(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const rows = (value as { rows?: unknown }).rows;
  if (!Array.isArray(rows) || rows.length === 0) return false;
  const row = rows[0] as { bytes?: unknown; addressText?: unknown } | null;
  return !!row && Array.isArray(row.bytes) && typeof row.addressText === 'string';
}

function holdsListing(value: unknown, depth: number): boolean {
  if (isListing(value)) return true;
  if (depth === 0 || !value || typeof value !== 'object') return false;
  const children = Array.isArray(value) ? value.slice(0, 4) : Object.values(value);
  return children.some((child) => holdsListing(child, depth - 1));
}

export function drawsByteListing(states: Scene<unknown>): boolean {
  return states.some((state) => holdsListing(state.data, 3));
}
