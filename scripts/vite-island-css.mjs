// Vite plugin: keep figure CSS off pages that draw no figure (issue #16).
//
// Why figure CSS reached every page (home and 404 included): Astro's build analyzer records which
// pages hydrate which component by walking module importers upwards from the component that uses
// the island, and that walk does not stop at content collections. A figure wrapper is imported by an
// article's MDX, the MDX by `.astro/content-modules.mjs`, that by `astro:content`, and
// `astro:content` by every page that queries a collection — the site header lists the articles, so
// every page. Astro then links the client build's CSS of every chunk under a "hydrated" component to
// all those pages: the figures' shared CSS (player, byte listing, tags) and the CSS of the lazily
// loaded help dialog and presenter notes. Article pages got the same rules twice: once from the
// server build (Astro propagates an MDX entry's CSS to the page that renders it — correct) and once
// from the client build.
//
// Islands on this site are always server-rendered (`client:visible`/`client:load`, never
// `client:only`), so the server build's CSS already reaches exactly the pages that render each figure.
// In the client build this plugin therefore
//  - drops the CSS of chunks that load statically with an island: the server build's copy is linked
//    by the pages that render the figure (the build fails if a dropped Svelte style was not in the
//    server build, i.e. if a client-only component appears);
//  - keeps the CSS of chunks reached through a dynamic import (help dialog, presenter notes): Vite's
//    preloader links it when the chunk is imported. It is hidden from Astro's page linking.
import { isCSSRequest } from 'vite';

export function islandCss() {
  /** CSS module ids the server builds (ssr, prerender) bundled: those styles are linked per page. */
  const serverCss = new Set();
  return {
    name: 'hotpatch-island-css',
    enforce: 'pre',
    generateBundle(_options, bundle) {
      const env = this.environment?.name;
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      if (env !== 'client') {
        for (const c of chunks) for (const id of Object.keys(c.modules)) if (isCSSRequest(id)) serverCss.add(id);
        return;
      }
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      // Chunks a dynamic import loads (and their static imports): their CSS is fetched by Vite's preloader.
      const lazy = new Set();
      const visit = (name) => {
        if (lazy.has(name) || !byName.has(name)) return;
        lazy.add(name);
        for (const dep of byName.get(name).imports) visit(dep);
      };
      for (const c of chunks) if (c.isDynamicEntry) visit(c.fileName);

      for (const c of chunks) {
        const meta = c.viteMetadata;
        if (!meta || meta.importedCss.size === 0) continue;
        const cssModules = Object.keys(c.modules).filter((id) => isCSSRequest(id));
        if (lazy.has(c.fileName)) {
          for (const id of cssModules) {
            const vite = this.getModuleInfo(id)?.meta?.vite;
            if (vite) delete vite.cssScopeTo; // Astro links cssScopeTo styles to "hydrating" pages
          }
          // Astro deletes CSS no page links unless a chunk lists it as an asset: this one is loaded by the chunk.
          for (const css of meta.importedCss) meta.importedAssets.add(css);
          continue;
        }
        if (cssModules.length === 0) continue;
        const missing = cssModules.filter((id) => !serverCss.has(id));
        if (missing.length) {
          // Not server-rendered anywhere: only the client copy can style it, keep Astro's linking.
          this.warn(`island CSS kept in the client build (not server-rendered): ${missing.join(', ')}`);
          continue;
        }
        for (const css of meta.importedCss) delete bundle[css];
        meta.importedCss.clear();
      }
    },
  };
}
