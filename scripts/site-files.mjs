// Reads the built site (dist/): pages, the assets each page loads, and their gzip sizes.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = 'dist';

export function walk(dir, filter = () => true) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path, filter));
    else if (filter(path)) out.push(path);
  }
  return out;
}

export function htmlPages() {
  return walk(DIST, (p) => p.endsWith('.html') && !p.includes(`${DIST}/pagefind/`)).sort();
}

/** The URL path a dist HTML file is served at. */
export function urlOf(file) {
  const rel = '/' + relative(DIST, file).split('\\').join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

const gzCache = new Map();
export function gzipBytes(file) {
  if (!gzCache.has(file)) gzCache.set(file, existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
  return gzCache.get(file);
}

export function rawBytes(file) {
  return existsSync(file) ? statSync(file).size : 0;
}

/** A site-absolute or page-relative URL → the dist file it names (or null for other hosts). */
export function fileFor(url, fromUrl = '/') {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return null;
  const clean = url.split('#')[0].split('?')[0];
  if (!clean) return null;
  const path = clean.startsWith('/')
    ? clean
    : posix.join(posix.dirname(fromUrl.endsWith('/') ? fromUrl + 'x' : fromUrl), clean);
  let file = join(DIST, decodeURIComponent(path));
  if (path.endsWith('/')) file = join(file, 'index.html');
  return file;
}

/** Static imports of a built JS module (what loads with it), recursively. */
export function moduleGraph(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) {
    const spec = m[1];
    const target = spec.startsWith('/') ? join(DIST, spec) : join(dirname(file), spec);
    moduleGraph(target, seen);
  }
  return seen;
}

/** The text of inline scripts that run (not JSON data blocks such as figure payloads). */
export function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc=/.test(m[1]) && !/type="application\/(ld\+)?json"/.test(m[1]))
    .map((m) => m[2])
    .join('\n');
}

/** Bytes of JSON data blocks (figure states shipped as data, not code). */
export function jsonBlocks(html) {
  return [...html.matchAll(/<script\b[^>]*type="application\/json"[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1])
    .join('\n');
}

export function attr(tag, name) {
  const m = tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

/** Everything a page loads before interaction, by kind. */
export function pageAssets(file) {
  const html = readFileSync(file, 'utf8');
  const url = urlOf(file);
  const css = new Set();
  const siteJs = new Set();
  const islandJs = new Set();
  const external = [];
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = attr(tag, 'rel') ?? '';
    const href = attr(tag, 'href');
    if (!href) continue;
    if (/^https?:\/\//.test(href) && !['canonical', 'alternate'].includes(rel)) external.push(href);
    if (rel === 'stylesheet') css.add(fileFor(href, url));
    if (rel === 'modulepreload') for (const f of moduleGraph(fileFor(href, url))) siteJs.add(f);
  }
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attr(tag, 'src');
    if (!src) continue;
    if (/^https?:\/\//.test(src)) external.push(src);
    else for (const f of moduleGraph(fileFor(src, url))) siteJs.add(f);
  }
  // Inline module scripts that import bundles.
  for (const m of html.matchAll(/<script\b[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const imp of m[1].matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) {
      for (const f of moduleGraph(fileFor(imp[1], url))) siteJs.add(f);
    }
  }
  const islands = html.match(/<astro-island\b[^>]*>/gi) ?? [];
  /** Per island: the files its hydration downloads (runtime and player included). */
  const islandGraphs = [];
  for (const tag of islands) {
    const files = new Set();
    for (const name of ['component-url', 'renderer-url']) {
      const src = attr(tag, name);
      if (src) for (const f of moduleGraph(fileFor(src.replace(/&#38;|&amp;/g, '&'), url))) files.add(f);
    }
    islandGraphs.push({
      component: (attr(tag, 'component-url') ?? '').split('/').pop(),
      eager: attr(tag, 'client') === 'load',
      files: [...files],
    });
    for (const f of files) islandJs.add(f);
  }
  for (const tag of html.match(/<(?:img|iframe|audio|video|source)\b[^>]*>/gi) ?? []) {
    const src = attr(tag, 'src');
    if (src && /^https?:\/\//.test(src)) external.push(src);
  }
  const fonts = fontsUsed(html, [...css].filter(Boolean));
  const inlineScriptBytes = inlineScripts(html).length;
  return {
    url,
    html,
    htmlFile: file,
    css: [...css].filter(Boolean),
    siteJs: [...siteJs].filter((f) => !islandJs.has(f)),
    islandJs: [...islandJs],
    islandGraphs,
    fonts,
    islands: islands.length,
    external,
    inlineScriptBytes,
  };
}

/**
 * The web fonts a page makes the browser download: faces declared by its stylesheets (@font-face)
 * whose family a rule names for an element the page has. A declared but unused face is not fetched.
 * A rule counts when every class its selector names is on the page (":root", "html", "body" and
 * bare element selectors count when such an element exists). Server-rendered markup only: figures
 * draw their byte listings on the server too.
 */
export function fontsUsed(html, cssFiles) {
  const css = cssFiles.map((f) => (existsSync(f) ? readFileSync(f, 'utf8') : '')).join('\n');
  const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => ({
    family: m[1].match(/font-family:\s*["']?([^;"'}]+)["']?/)?.[1].trim(),
    urls: [...m[1].matchAll(/url\(["']?([^)"']+)["']?\)/g)].map((u) => u[1]),
  }));
  if (faces.length === 0) return [];
  const classes = new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)));
  const tags = new Set([...html.matchAll(/<([a-z][a-z0-9-]*)\b/gi)].map((m) => m[1].toLowerCase()));
  const rules = [...css.replace(/@font-face\s*\{[^}]*\}/g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)];
  const matches = (selector) => {
    const needed = [...selector.matchAll(/\.([\w-]+)/g)].map((m) => m[1]);
    if (needed.length) return needed.every((c) => classes.has(c));
    const tag = selector
      .trim()
      .match(/^([a-z][a-z0-9-]*|:root|\*)/i)?.[1]
      ?.toLowerCase();
    return tag === ':root' || tag === '*' || (tag !== undefined && tags.has(tag));
  };
  const files = new Set();
  for (const face of faces) {
    if (!face.family) continue;
    const used = rules.some(([, selectors, body]) => body.includes(face.family) && selectors.split(',').some(matches));
    if (used) for (const u of face.urls) files.add(fileFor(u));
  }
  return [...files].filter((f) => f && existsSync(f));
}
