/**
 * Bibliography entries a reader can't find fail the build: no locator (URL, or ISBN + pages), no
 * author or publisher, no date ("n.d." only with a note). Messages name the file, the id and the field.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from './content-checks.mjs';
import { checkSources, isValidIsbn } from './source-checks.mjs';

const ok = {
  id: 'chen11',
  title: 'T',
  url: 'https://example.org/',
  publisher: 'P',
  date: '2011-09-21',
  kind: 'microsoft',
};
const F = 'content/sources.yaml';

describe('bibliography locator checks', () => {
  it('passes a complete entry, and a book with ISBN and pages but no URL', () => {
    expect(checkSources([ok])).toEqual([]);
    const book = {
      id: 'wi6',
      title: 'Windows Internals',
      isbn: '9780735671294',
      pages: '300–302',
      author: 'A',
      date: '2012',
      kind: 'book',
    };
    expect(checkSources([book])).toEqual([]);
  });

  it('fails an entry with no URL and no ISBN, naming the id and the field', () => {
    const { url: _u, ...noUrl } = ok;
    expect(checkSources([noUrl])).toEqual([
      `${F}: id "chen11": no locator: field "url" is missing (or, for a book, "isbn" with "pages")`,
    ]);
  });

  it('treats an empty URL as missing', () => {
    expect(checkSources([{ ...ok, url: '  ' }])[0]).toMatch(/id "chen11": no locator: field "url"/);
  });

  it('fails a book with an ISBN but no pages', () => {
    const { url: _u, ...noUrl } = ok;
    expect(checkSources([{ ...noUrl, isbn: '9780735671294' }])).toEqual([
      `${F}: id "chen11": field "pages" is missing (an ISBN needs the page or pages cited)`,
    ]);
  });

  it('fails an ISBN with a wrong check digit', () => {
    expect(checkSources([{ ...ok, isbn: '978-0-7356-7129-0', pages: '1' }])).toEqual([
      `${F}: id "chen11": field "isbn": "978-0-7356-7129-0" is not a valid ISBN-10 or ISBN-13`,
    ]);
  });

  it('fails an entry with neither author nor publisher; either one is enough', () => {
    const { publisher: _p, ...noPublisher } = ok;
    expect(checkSources([noPublisher])).toEqual([`${F}: id "chen11": field "author" or "publisher" is missing`]);
    expect(checkSources([{ ...noPublisher, author: 'Raymond Chen' }])).toEqual([]);
  });

  it('fails an entry without a date', () => {
    const { date: _d, ...noDate } = ok;
    expect(checkSources([noDate])).toEqual([
      `${F}: id "chen11": field "date" is missing (use "n.d." with a "note" if the source has none)`,
    ]);
  });

  it('allows "n.d." only with a note saying why', () => {
    expect(checkSources([{ ...ok, date: 'n.d.' }])).toEqual([
      `${F}: id "chen11": field "date" is "n.d.": add a "note" saying why the source has no date`,
    ]);
    expect(checkSources([{ ...ok, date: 'n.d.', note: 'The page shows no date.' }])).toEqual([]);
  });

  it('names an entry without an id by its position', () => {
    const { id: _i, url: _u, ...anon } = ok;
    expect(checkSources([ok, anon])).toEqual([
      `${F}: entry 2: no locator: field "url" is missing (or, for a book, "isbn" with "pages")`,
    ]);
  });

  it('reports every missing field of one entry', () => {
    expect(checkSources([{ id: 'x', title: 'T', kind: 'press' }])).toHaveLength(3);
  });
});

describe('ISBN check digits', () => {
  it('accepts valid ISBN-10 and ISBN-13, with or without hyphens', () => {
    expect(isValidIsbn('0-7356-2530-1')).toBe(true);
    expect(isValidIsbn('9780735625303')).toBe(true);
    expect(isValidIsbn('080442957X')).toBe(true);
  });
  it('rejects wrong lengths and check digits', () => {
    expect(isValidIsbn('978073562530')).toBe(false);
    expect(isValidIsbn('9780735625304')).toBe(false);
    expect(isValidIsbn('0-7356-2530-2')).toBe(false);
  });
});

describe('wired into the content check', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('fails the content check on an entry without a locator', () => {
    const root = mkdtempSync(join(tmpdir(), 'hx-sources-'));
    dirs.push(root);
    mkdirSync(join(root, 'content'), { recursive: true });
    writeFileSync(
      join(root, 'content/sources.yaml'),
      '- id: a\n  title: T\n  publisher: P\n  date: "2011"\n  kind: press\n',
    );
    expect(checkContent(root)).toContain(
      `${F}: id "a": no locator: field "url" is missing (or, for a book, "isbn" with "pages")`,
    );
  });

  it('passes the project bibliography', () => {
    const entries = parse(readFileSync('content/sources.yaml', 'utf8'));
    expect(checkSources(entries)).toEqual([]);
  });
});
