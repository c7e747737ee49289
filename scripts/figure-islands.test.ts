import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURE_IDS, FIGURES } from './figure-ids.mjs';
import { componentName, islandSource } from './figure-islands.mjs';

describe('generated figure wrappers', () => {
  it('names the island component after the folder', () => {
    expect(componentName('new-redirect')).toBe('NewRedirectFigure.svelte');
    expect(componentName('old-vs-new')).toBe('OldVsNewFigure.svelte');
  });

  it('every figure folder has its island component and gets the same wrapper', () => {
    expect(FIGURE_IDS.length).toBeGreaterThanOrEqual(7);
    for (const id of FIGURE_IDS) {
      expect(existsSync(`${FIGURES}${id}/${componentName(id)}`), id).toBe(true);
      const source = islandSource(id);
      expect(source).toContain(`${FIGURES}${id}/${componentName(id)}`);
      // Article and embed hydrate when near; present and notes at once; the handout never.
      expect(source).toContain('<Island client:figure lang={lang} mode={mode} />');
      expect(source).toContain('<Island client:load lang={lang} mode={mode} />');
      expect(source).toContain("{mode === 'handout' && <Island lang={lang} mode={mode} />}");
    }
  });

  it('a folder without its island component fails with a message naming the file', () => {
    expect(() => islandSource('player')).toThrow(/PlayerFigure\.svelte/);
  });
});
