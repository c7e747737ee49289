import { describe, expect, it } from 'vitest';
import { citationOrder } from './citations';

describe('citationOrder', () => {
  it('numbers sources by their first citation and ignores repeats', () => {
    const body = 'A <Cite id="chen11" /> B <Cite id="msvc-fpm" /> C <Cite id="chen11" /><Cite id="km"/>';
    expect(citationOrder(body)).toEqual(['chen11', 'msvc-fpm', 'km']);
  });
  it('returns nothing for an article without citations', () => {
    expect(citationOrder('plain text <Term id="x">x</Term>')).toEqual([]);
  });
});
