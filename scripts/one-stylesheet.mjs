// Astro integration: one stylesheet per page type (issue #16).
//
// Astro links one CSS file per server chunk (site styles, header, the page's own styles, player,
// shared figure parts, each figure group…): a text page linked 3 files, an article with figures 6,
// a present page 9 — each a render-blocking request. After the build, every page's stylesheets are
// replaced by one file holding the same CSS in the same order (so the cascade is unchanged). Pages
// that link the same set share the file, so all text pages share one cached stylesheet, every
// article with figures has its own, and so has each trainer page type. CSS files no page links and
// no script loads any more are removed. Runs before Pagefind (which reads only the HTML).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function walk(dir, ext) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path, ext));
    else if (path.endsWith(ext)) out.push(path);
  }
  return out;
}

const LINK = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"\s*\/?>/g;

export function oneStylesheet() {
  return {
    name: 'hotpatch-one-stylesheet',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const merged = new Map(); // joined hrefs → merged href
        let pages = 0;
        for (const file of walk(root, '.html')) {
          const html = readFileSync(file, 'utf8');
          const hrefs = [...html.matchAll(LINK)].map((m) => m[1]);
          if (hrefs.length < 2) continue;
          const key = hrefs.join('\n');
          if (!merged.has(key)) {
            const css = hrefs.map((h) => readFileSync(join(root, h), 'utf8').trim()).join('\n');
            const hash = createHash('sha256').update(css).digest('base64url').slice(0, 10);
            const href = `/_astro/page.${hash}.css`;
            writeFileSync(join(root, href), css + '\n');
            merged.set(key, href);
          }
          let first = true;
          const out = html.replace(LINK, () => {
            if (!first) return '';
            first = false;
            return `<link rel="stylesheet" href="${merged.get(key)}">`;
          });
          writeFileSync(file, out);
          pages++;
        }
        // Drop CSS that nothing references any more (scripts keep theirs: lazy chunks load their CSS).
        const referenced = walk(root, '.html')
          .concat(walk(join(root, '_astro'), '.js'))
          .map((f) => readFileSync(f, 'utf8'))
          .join('\n');
        let removed = 0;
        for (const css of walk(join(root, '_astro'), '.css')) {
          const name = css.slice(css.lastIndexOf('/') + 1);
          if (!referenced.includes(name)) {
            rmSync(css);
            removed++;
          }
        }
        logger.info(
          `${pages} pages: stylesheets merged into ${merged.size} files; ${removed} unreferenced CSS files removed`,
        );
      },
    },
  };
}
