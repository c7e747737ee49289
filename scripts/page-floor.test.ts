import { describe, expect, it } from 'vitest';
import { floorHtml } from './page-floor.mjs';

describe('page floor', () => {
  const page = [
    '<!DOCTYPE html><html lang="ja" dir="ltr" data-astro-cid-x><head><meta charset="utf-8"><title>T</title>',
    '<script>var a=1</script><link rel="stylesheet" href="/a.css"></head>',
    '<body data-astro-cid-x><header class="site-header"><a class="brand" href="/ja/">ホーム</a>',
    '<dialog data-search-dialog><h2>検索</h2></dialog><svg viewBox="0 0 1 1"><path d="M0"/></svg></header>',
    '<!-- a comment --><main id="main"><p class="lede">本文 <sup class="cite"><a href="#source-a" aria-label="出典 1">[1]</a></sup></p>',
    '<span popover="auto" id="term-a-1" class="term-pop" role="note"><strong>用語</strong> <span>定義</span></span></main>',
    '</body></html>',
  ].join('\n');

  it('keeps every word a reader sees and every link target', () => {
    const floor = floorHtml(page);
    for (const word of ['ホーム', '本文', '[1]', '用語', '定義', 'href="#source-a"', 'href="/ja/"'])
      expect(floor).toContain(word);
    expect(floor).toMatch(/^<!doctype html><html lang="ja"><meta charset="utf-8">/);
    expect(floor).toContain('<title>T</title>');
  });

  it('drops scripts, styles, drawings, comments, hidden dialogs and every attribute but href', () => {
    const floor = floorHtml(page);
    for (const gone of ['var a=1', 'stylesheet', '<svg', 'a comment', '検索', 'class=', 'aria-label', 'data-', 'id='])
      expect(floor).not.toContain(gone);
    expect(floor.length).toBeLessThan(page.length);
  });
});
