/** Every source id that figures and model data cite must exist in the bibliography. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../figures/registry';
import { TIMELINE_EVENTS } from './timeline/events';

const known = new Set((parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string }[]).map((s) => s.id));

/** Collects the strings of every `sources` array anywhere inside a value. */
function citedIds(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) citedIds(v, out);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'sources' || key === 'sourceIds') && Array.isArray(v)) {
        for (const id of v) if (typeof id === 'string') out.add(id);
      } else citedIds(v, out);
    }
  }
  return out;
}

describe('citations in model and scene data', () => {
  it('timeline events cite known sources', () => {
    const missing = [...citedIds(TIMELINE_EVENTS)].filter((id) => !known.has(id));
    expect(missing).toEqual([]);
  });

  for (const [id, definition] of Object.entries(FIGURES)) {
    it(`${id} cites known sources in every state`, () => {
      const missing = [...citedIds(definition.build(definition.defaults))].filter((s) => !known.has(s));
      expect(missing).toEqual([]);
    });
  }
});
