// The figure ids, for node scripts and e2e specs: every folder of src/figures/ with a scene.ts is a
// figure, named by its folder (src/figures/registry.ts finds the same folders by glob).
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIGURES = fileURLToPath(new URL('../src/figures/', import.meta.url));
/** Where the generated figure wrappers go (scripts/figure-islands.mjs). */
export const ISLANDS = fileURLToPath(new URL('../.astro/figure-islands/', import.meta.url));

/** @type {readonly string[]} sorted by name (the site orders them by each definition's `order`). */
export const FIGURE_IDS = readdirSync(FIGURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${FIGURES}${d.name}/scene.ts`))
  .map((d) => d.name)
  .sort();

/** The generated Astro wrapper of a figure (scripts/figure-islands.mjs), which articles import. */
export const islandPath = (id) => `${ISLANDS}${id}.astro`;
