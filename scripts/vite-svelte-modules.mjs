// Vite plugin for the unit tests: compiles rune modules (`*.svelte.ts`, e.g. the player's cursor)
// with Svelte's own compiler, after Vite has stripped the TypeScript, so vitest can run them
// without the full Svelte plugin (the site's build uses @astrojs/svelte for this).
import { compileModule } from 'svelte/compiler';

export function svelteModules() {
  return {
    name: 'hotpatch-svelte-modules',
    transform(code, id) {
      if (!/\.svelte\.(ts|js)$/.test(id.split('?')[0])) return null;
      const { js } = compileModule(code, { filename: id, generate: 'client' });
      return { code: js.code, map: js.map };
    },
  };
}
