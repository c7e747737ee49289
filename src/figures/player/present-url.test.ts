import { describe, expect, it } from 'vitest';
import {
  decodeOptions,
  deckEntryUrl,
  deckFromSearch,
  deckPosition,
  deckUrl,
  encodeOptions,
  notesUrl,
  optionsFromSearch,
  presentUrl,
  readDeck,
} from './present-url';
import { indexFromHash } from './steps';

// Shapes like the figures' own defaults (old-patch-bytes, servicing-calendar, new-lifecycle).
const BYTES = { arch: 'x86', functionAddress: 0x00476c7e, patchAddress: 0x10001000, fill: 0xcc };
const CALENDAR = { year: 2025, product: 'ws2022-ae-core', unplanned: [] as number[], compare: true };

/** Options as the present page reads them back from a URL it was given. */
function readBack<P extends object>(url: string, defaults: P): P {
  return decodeOptions(optionsFromSearch(new URL(url, 'https://x.test').search), defaults);
}

describe('options in a present URL', () => {
  it('carries only what differs from the defaults, and reads it back typed', () => {
    const params = { ...BYTES, arch: 'x64', fill: 0x90, x64Jump: 'direct' };
    const url = presentUrl({ lang: 'en', id: 'old-patch-bytes', options: encodeOptions(params, BYTES), step: 2 });
    expect(url).toBe('/en/present/old-patch-bytes/?arch=x64&fill=144&x64Jump=direct#old-patch-bytes-step-3');
    expect(readBack(url, BYTES)).toEqual(params);
  });
  it('round-trips booleans, numbers and number lists', () => {
    const params = { year: 2024, product: 'ws2025-arc', unplanned: [3, 7], compare: false };
    const url = presentUrl({ lang: 'ja', id: 'servicing-calendar', options: encodeOptions(params, CALENDAR) });
    expect(url).toBe('/ja/present/servicing-calendar/?year=2024&product=ws2025-arc&unplanned=3%2C7&compare=0');
    expect(readBack(url, CALENDAR)).toEqual(params);
  });
  it('a URL with no options opens the defaults', () => {
    expect(presentUrl({ lang: 'en', id: 'old-race' })).toBe('/en/present/old-race/');
    expect(readBack('/en/present/old-race/', { write: 'two-step' })).toEqual({ write: 'two-step' });
  });
  it('ignores values of the wrong type and keeps the default', () => {
    const bad = '?compare=maybe&year=20x5&unplanned=3,x&product=%3Cscript%3E&deck=old-race&at=1';
    expect(readBack(bad, CALENDAR)).toEqual(CALENDAR);
    expect(readBack('?functionAddress=1e400&fill=Infinity&arch=', BYTES)).toEqual(BYTES);
  });
  it('accepts hex numbers and true/false', () => {
    expect(readBack('?functionAddress=0x401000&compare=false', { ...BYTES, compare: true })).toEqual({
      ...BYTES,
      functionAddress: 0x401000,
      compare: false,
    });
  });
  it('never lets a parameter named like the deck travel as an option', () => {
    expect(encodeOptions({ deck: 'x', at: 3, write: 'naive' })).toEqual({ write: 'naive' });
  });
  it('the notes URL carries the same options and step', () => {
    const options = encodeOptions({ write: 'naive' }, { write: 'two-step' });
    expect(notesUrl({ lang: 'en', id: 'old-race', options, step: 4 })).toBe(
      '/en/present/old-race/notes/?write=naive#old-race-step-5',
    );
  });
  it('clamps a bad step to the first and can point at the last', () => {
    expect(presentUrl({ lang: 'en', id: 'old-race', step: -3 })).toBe('/en/present/old-race/#old-race-step-1');
    expect(presentUrl({ lang: 'en', id: 'old-race', step: Number.NaN })).toBe('/en/present/old-race/#old-race-step-1');
    const last = presentUrl({ lang: 'en', id: 'old-race', step: 'last' });
    expect(indexFromHash(new URL(last, 'https://x.test').hash, 'old-race', 9)).toBe(8);
  });
});

describe('a deck', () => {
  const deck = [
    { id: 'old-race', options: { write: 'naive' } },
    { id: 'new-redirect', options: {} },
    { id: 'old-patch-bytes', options: { arch: 'x64', fill: '144' } },
  ];
  const known = ['old-race', 'new-redirect', 'old-patch-bytes', 'servicing-calendar'];

  it('round-trips through the hub URL, in order, with each figure’s options', () => {
    const url = deckUrl('en', deck);
    expect(url).toBe('/en/present/?deck=old-race;write:naive&deck=new-redirect&deck=old-patch-bytes;arch:x64;fill:144');
    expect(deckFromSearch(new URL(url, 'https://x.test').search, known)).toEqual(deck);
  });
  it('a figure’s present URL carries the deck, its place and its own options', () => {
    const url = deckEntryUrl('ja', deck, 2);
    expect(url).toBe(
      '/ja/present/old-patch-bytes/?arch=x64&fill=144&deck=old-race;write:naive&deck=new-redirect&deck=old-patch-bytes;arch:x64;fill:144&at=3#old-patch-bytes-step-1',
    );
    const search = new URL(url!, 'https://x.test').search;
    expect(readDeck(search, 'old-patch-bytes', known)).toEqual({ deck, at: 2 });
    expect(readBack(url!, BYTES)).toEqual({ ...BYTES, arch: 'x64', fill: 144 });
    expect(deckEntryUrl('ja', deck, 3)).toBeNull();
  });
  it('drops unknown ids and malformed entries and options', () => {
    const search = '?deck=old-race;write:naive;bad&deck=nope&deck=../etc&deck=&deck=new-redirect;x:%3Cb%3E;deck:1';
    expect(deckFromSearch(search, known)).toEqual([
      { id: 'old-race', options: { write: 'naive' } },
      { id: 'new-redirect', options: {} },
    ]);
  });
  it('caps a deck at 40 figures', () => {
    expect(deckFromSearch('?' + Array(60).fill('deck=old-race').join('&'), known)).toHaveLength(40);
  });
  it('finds the figure’s place when `at` is missing, bad or names another figure', () => {
    const twice = [deck[0]!, deck[1]!, deck[0]!];
    expect(deckPosition(twice, 'old-race', '3')).toBe(2);
    expect(deckPosition(twice, 'old-race', '2')).toBe(0);
    expect(deckPosition(twice, 'old-race', '-1')).toBe(0);
    expect(deckPosition(twice, 'old-race', null)).toBe(0);
    expect(deckPosition(twice, 'new-redirect', '99')).toBe(1);
    expect(deckPosition(twice, 'servicing-calendar', '1')).toBeNull();
    expect(readDeck('?at=1', 'old-race')).toBeNull();
  });
});
