// Astro integration: each page's CSP names only the inline scripts that page runs (issue #16).
//
// Astro's CSP meta carries the hash of every inline script the build emits (the theme script, the
// island runtime, each client directive) on every page: nine 44-character hashes, a text page
// included, that has none of the island scripts. After the build, each page's `script-src` keeps
// its sources ('self', 'wasm-unsafe-eval') and only the hashes of inline scripts in that page
// (data blocks such as `application/json` do not run, and need none). External scripts stay
// covered by 'self'; nothing here inserts inline scripts at run time.
//
// Pages without islands (text pages: no framework JavaScript, nothing that could insert a <style>
// at run time) also keep only the `style-src` hashes of the <style> elements they carry: Astro
// names the island runtime's style and an empty style on every page (0.1 KB gzip of a 12 KB page).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (path.endsWith('.html')) out.push(path);
  }
  return out;
}

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The CSP hashes of the inline scripts that run in this HTML. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc=/.test(m[1]) || /type="application\/(ld\+)?json"/i.test(m[1])) continue;
    hashes.add(`'sha256-${createHash('sha256').update(m[2]).digest('base64')}'`);
  }
  return hashes;
}

/** The CSP hashes of the inline <style> elements in this HTML. */
export function inlineStyleHashes(html) {
  const hashes = new Set();
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    hashes.add(`'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  }
  return hashes;
}

/** The CSP with the hashes of directive `name` (script-src by default) limited to `keep`. */
export function trimScriptHashes(csp, keep, name = 'script-src') {
  return csp
    .split(';')
    .map((directive) => {
      const parts = directive.trim().split(/\s+/);
      if (parts[0] !== name) return directive;
      return ' ' + parts.filter((p) => !p.startsWith("'sha256-") || keep.has(p)).join(' ');
    })
    .join(';');
}

export function cspTrim() {
  return {
    name: 'hotpatch-csp-trim',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let removed = 0;
        const files = walk(fileURLToPath(dir));
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          const m = html.match(META);
          if (!m) continue;
          let csp = trimScriptHashes(m[2], inlineScriptHashes(html));
          if (!/<astro-island\b/.test(html)) csp = trimScriptHashes(csp, inlineStyleHashes(html), 'style-src');
          if (csp === m[2]) continue;
          removed += (m[2].match(/'sha256-/g)?.length ?? 0) - (csp.match(/'sha256-/g)?.length ?? 0); // scripts and styles
          writeFileSync(
            file,
            html.replace(META, (_, a, _b, c) => a + csp + c),
          );
        }
        logger.info(`${files.length} pages: ${removed} CSP hashes of scripts and styles a page does not carry removed`);
      },
    },
  };
}
