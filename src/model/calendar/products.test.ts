import { describe, expect, it } from 'vitest';
import {
  HOTPATCH_PRODUCTS,
  findProduct,
  firstAvailability,
  productAvailability,
  productSourceIds,
  resolveMilestones,
  type HotpatchProduct,
} from './products';

function product(id: string): HotpatchProduct {
  const found = findProduct(id);
  if (!found) throw new Error(`missing product ${id}`);
  return found;
}

const status = (id: string, year: number, month: number) => productAvailability(product(id), year, month).status;

describe('hotpatch products', () => {
  it('have unique ids and both languages', () => {
    const ids = HOTPATCH_PRODUCTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of HOTPATCH_PRODUCTS) {
      expect(p.name.en).not.toBe('');
      expect(p.name.ja).not.toBe('');
    }
  });

  it('resolve every milestone to a timeline event, with sources or an unverified flag', () => {
    for (const p of HOTPATCH_PRODUCTS) {
      for (const m of resolveMilestones(p)) {
        expect(m.sources.length > 0 || m.provenance === 'unverified', `${p.id}/${m.eventId}`).toBe(true);
      }
      expect(productSourceIds(p).length).toBeGreaterThan(0);
    }
  });

  it('keep milestones in date order', () => {
    for (const p of HOTPATCH_PRODUCTS) {
      const order = resolveMilestones(p).map((m) => m.effectiveMonth.year * 12 + m.effectiveMonth.month);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    }
  });
});

describe('availability by month', () => {
  it('WS2022 Azure Edition Core: preview from Nov 2021, GA in the month of 16 Feb 2022', () => {
    expect(status('ws2022-ae-core', 2021, 10)).toBe('not-available');
    expect(status('ws2022-ae-core', 2021, 11)).toBe('preview');
    expect(status('ws2022-ae-core', 2022, 1)).toBe('preview');
    expect(status('ws2022-ae-core', 2022, 2)).toBe('ga');
    expect(firstAvailability(product('ws2022-ae-core')).date).toBe('2021-11');
    const ga = resolveMilestones(product('ws2022-ae-core')).find((m) => m.status === 'ga');
    expect(ga?.date).toBe('2022-02-16');
  });

  it('WS2022 Azure Edition Desktop Experience: preview Apr 2023, GA Jul 2023', () => {
    expect(status('ws2022-ae-desktop', 2023, 3)).toBe('not-available');
    expect(status('ws2022-ae-desktop', 2023, 4)).toBe('preview');
    expect(status('ws2022-ae-desktop', 2023, 7)).toBe('ga');
  });

  it('marks WS2022 Azure Edition months after Oct 2026 as resting on the unverified extension', () => {
    const oct = productAvailability(product('ws2022-ae-core'), 2026, 10);
    const nov = productAvailability(product('ws2022-ae-core'), 2026, 11);
    expect(oct.milestone?.provenance).toBe('documented');
    expect(nov.status).toBe('ga');
    expect(nov.milestone?.provenance).toBe('unverified');
    expect(nov.milestone?.eventId).toBe('ws2022-ae-hotpatch-extended');
  });

  it('WS2025 via Arc: preview Sep 2024, paid Jul 2025 (1 vs 16 July), free from 19 May 2026', () => {
    expect(status('ws2025-arc', 2024, 8)).toBe('not-available');
    expect(status('ws2025-arc', 2024, 9)).toBe('preview');
    const paid = productAvailability(product('ws2025-arc'), 2025, 7).milestone;
    expect(paid?.status).toBe('ga');
    expect([paid?.date, paid?.dateAlt]).toEqual(['2025-07-01', '2025-07-16']);
    const free = productAvailability(product('ws2025-arc'), 2026, 5).milestone;
    expect(free?.date).toBe('2026-05-19');
    expect(free?.dateAlt).toBeNull();
    expect(free?.sources).toContain('arc-free-2026');
  });

  it('Windows 11 Enterprise 24H2: x64 GA 2 Apr 2025, Arm64 GA Jul 2025, Autopatch default May 2026', () => {
    expect(status('win11-ent-24h2-x64', 2024, 10)).toBe('not-available');
    expect(status('win11-ent-24h2-x64', 2024, 11)).toBe('preview');
    expect(status('win11-ent-24h2-x64', 2025, 3)).toBe('preview');
    expect(status('win11-ent-24h2-x64', 2025, 4)).toBe('ga');
    expect(status('win11-ent-24h2-arm64', 2025, 6)).toBe('not-available');
    expect(status('win11-ent-24h2-arm64', 2025, 7)).toBe('ga');
    expect(productAvailability(product('win11-ent-24h2-x64'), 2026, 5).milestone?.eventId).toBe('autopatch-default-on');
  });

  it('gives whole years before availability as not available', () => {
    for (let month = 1; month <= 12; month++) {
      expect(status('win11-ent-24h2-arm64', 2023, month)).toBe('not-available');
    }
  });

  it('rejects invalid months', () => {
    expect(() => productAvailability(product('ws2025-arc'), 2025, 13)).toThrow(RangeError);
  });
});
