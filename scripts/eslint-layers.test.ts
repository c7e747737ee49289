import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import layers, { layerViolation } from './eslint-layers.mjs';

describe('layers/one-way', () => {
  it('lets the model import the model and i18n only', () => {
    expect(layerViolation('src/model/x86/decode.ts', 'src/model/x86/memory.ts')).toBeNull();
    expect(layerViolation('src/model/old/protocol.ts', 'src/i18n/lang.ts')).toBeNull();
    expect(layerViolation('src/model/old/protocol.ts', 'src/scenes/types.ts')).toMatch(/src\/model may import only/);
    expect(layerViolation('src/model/sources.test.ts', 'src/figures/registry.ts')).toMatch(/not src\/figures/);
  });

  it('keeps i18n at the bottom', () => {
    expect(layerViolation('src/i18n/ui.ts', 'src/i18n/lang.ts')).toBeNull();
    for (const top of ['model', 'scenes', 'figures', 'components', 'layouts', 'pages']) {
      expect(layerViolation('src/i18n/ui.ts', `src/${top}/x.ts`)).toMatch(/bottom layer/);
    }
  });

  it('keeps figures away from pages, components and layouts', () => {
    for (const top of ['pages', 'components', 'layouts']) {
      expect(layerViolation('src/figures/old-race/scene.ts', `src/${top}/x.astro`)).toMatch(/may not import src\//);
    }
    expect(layerViolation('src/figures/old-race/scene.ts', 'src/model/old/race.ts')).toBeNull();
  });

  it('lets a figure folder import its own files, player/ and shared/, never a sibling figure', () => {
    expect(layerViolation('src/figures/old-race/View.svelte', 'src/figures/old-race/sub/x.ts')).toBeNull();
    expect(layerViolation('src/figures/old-race/sub/x.ts', 'src/figures/old-race/y.ts')).toBeNull();
    expect(layerViolation('src/figures/old-race/View.svelte', 'src/figures/player/Player.svelte')).toBeNull();
    expect(layerViolation('src/figures/old-race/View.svelte', 'src/figures/shared/ByteListingView.svelte')).toBeNull();
    expect(layerViolation('src/figures/old-race/View.svelte', 'src/figures/figure-ids.json')).toBeNull();
    expect(layerViolation('src/figures/new-lifecycle/reserve.ts', 'src/figures/new-redirect/longest.ts')).toMatch(
      /sibling figure src\/figures\/new-redirect/,
    );
    // Files directly in src/figures/ (not in a figure's folder) may gather the figures.
    expect(layerViolation('src/figures/registry.ts', 'src/figures/old-race/definition.ts')).toBeNull();
  });

  it('leaves the other folders alone', () => {
    expect(layerViolation('src/pages/[lang]/index.astro', 'src/figures/old-race/View.svelte')).toBeNull();
    expect(layerViolation('src/components/Toc.astro', 'src/model/x86/hex.ts')).toBeNull();
  });

  it('resolves relative imports against the importing file', () => {
    const linter = new Linter({ cwd: '/project' });
    const config = [{ files: ['**/*.ts'], plugins: { layers }, rules: { 'layers/one-way': 'error' as const } }];
    const lint = (code: string, filename: string) => linter.verify(code, config, { filename }).map((m) => m.message);
    expect(lint("import { x } from '../../scenes/types';", '/project/src/model/old/protocol.ts')).toEqual([
      "src/model may import only src/model and src/i18n, not src/scenes ('../../scenes/types').",
    ]);
    expect(
      lint("import { x } from '../x86/decode';\nexport * from './y';", '/project/src/model/old/protocol.ts'),
    ).toEqual([]);
    expect(
      lint("export { y } from '../new-redirect/y';", '/project/src/figures/new-lifecycle/reserve.ts'),
    ).toHaveLength(1);
    expect(lint("const m = import('../../pages/x');", '/project/src/figures/old-race/a.ts')).toHaveLength(1);
    expect(lint("import { x } from '../../scenes/types';", '/project/scripts/a.ts')).toEqual([]);
  });
});
