// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { contentChecks } from './scripts/content-checks.mjs';
import { serverOnly } from './scripts/vite-server-only.mjs';
import { pageWords } from './scripts/vite-page-words.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { figureImports } from './scripts/figure-imports.mjs';
import { islandCss } from './scripts/vite-island-css.mjs';
import { oneStylesheet } from './scripts/one-stylesheet.mjs';
import { cspTrim } from './scripts/csp-trim.mjs';
import { trainerRoutes } from './scripts/trainer-routes.mjs';
import { figureIslands } from './scripts/figure-islands.mjs';
import { chunkReport } from './scripts/vite-chunk-report.mjs';

const site = process.env.SITE_URL ?? 'https://hotpatch.example.org';

// The no-flash theme script must run before first paint, so it is inline; CSP allows it by hash.
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
const themeInitHash = 'sha256-' + createHash('sha256').update(themeInit).digest('base64');

const hexdump = JSON.parse(readFileSync(new URL('./src/shiki/hexdump.tmLanguage.json', import.meta.url), 'utf8'));

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    contentChecks(),
    figureIslands(),
    trainerRoutes(),
    mdx(),
    svelte(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', ja: 'ja' } },
      filter: (page) => !/\/(embed|present)\//.test(page) && !page.endsWith('/404/'),
    }),
    oneStylesheet(),
    cspTrim(),
    {
      // Figure islands: warm up on idle, hydrate near view (scripts/client-figure.mjs).
      name: 'hotpatch-client-figure',
      hooks: {
        'astro:config:setup': ({ addClientDirective }) => {
          addClientDirective({ name: 'figure', entrypoint: './scripts/client-figure.mjs' });
        },
      },
    },
  ],
  markdown: {
    processor: satteri({ mdastPlugins: [figureImports] }),
    shikiConfig: {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
      langs: [hexdump],
      langAlias: { hex: 'hexdump' },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind's search index is WebAssembly: it needs wasm-unsafe-eval, never unsafe-inline.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [/** @type {`sha256-${string}`} */ (themeInitHash)],
      },
      styleDirective: {
        // Shiki colours tokens with style attributes and figures position shapes with them.
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
  vite: {
    plugins: [serverOnly(), islandCss(), pageWords(), chunkReport()],
    build: {
      assetsInlineLimit: 0,
    },
  },
});
