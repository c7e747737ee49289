import { describe, expect, it } from 'vitest';
import { binariesRun, dependencyProblems, packageOf, specifiersOf } from './check-deps.mjs';

describe('check-deps', () => {
  it('finds static, type-only, multi-line, dynamic, re-exported, required and CSS imports', () => {
    const code = [
      "import a from 'alpha';",
      "import type { B } from '@scope/beta/sub';",
      'import {\n  c,\n  d,\n} from "gamma";',
      "import 'side-effect';",
      "const e = await import('delta');",
      "export { f } from './local';",
      "const g = require('epsilon');",
      "@import 'zeta/theme.css';",
      'const text = \'follows from "a quoted phrase"\';',
    ].join('\n');
    expect(specifiersOf(code).sort()).toEqual(
      ['./local', '@scope/beta/sub', 'alpha', 'delta', 'epsilon', 'gamma', 'side-effect', 'zeta/theme.css'].sort(),
    );
  });

  it('maps a specifier to its package, ignoring paths, builtins and virtual modules', () => {
    expect(packageOf('d3-scale')).toBe('d3-scale');
    expect(packageOf('@astrojs/markdown-satteri')).toBe('@astrojs/markdown-satteri');
    expect(packageOf('astro/config')).toBe('astro');
    expect(packageOf('@scope/pkg/deep/file.js')).toBe('@scope/pkg');
    expect(packageOf('./strings?server')).toBeNull();
    expect(packageOf('../x')).toBeNull();
    expect(packageOf('/abs')).toBeNull();
    expect(packageOf('node:fs')).toBeNull();
    expect(packageOf('fs')).toBeNull();
    expect(packageOf('astro:content')).toBeNull();
    expect(packageOf('a quoted phrase')).toBeNull();
  });

  it('counts a binary run by an npm script as a use', () => {
    const scripts = {
      build: 'astro build && pagefind --site dist',
      e2e: 'FOO=1 playwright test',
      x: 'node scripts/a.mjs',
    };
    const bins = { astro: ['astro'], pagefind: ['pagefind'], '@playwright/test': ['playwright'], vitest: ['vitest'] };
    expect(binariesRun(scripts, bins).sort()).toEqual(['@playwright/test', 'astro', 'pagefind']);
  });

  it('reports undeclared imports and unused declarations; @types/x follows x', () => {
    const result = dependencyProblems({
      declared: [
        'astro',
        'd3-scale',
        '@types/d3-scale',
        '@types/d3-zoom',
        'd3-zoom',
        'pagefind',
        'node',
        'chalk',
        '@types/babel__core',
      ],
      imported: ['astro', 'd3-scale', 'chrome-launcher', 'chalk', 'lodash', '@babel/core'],
      run: ['pagefind'],
      allowed: ['node'],
    });
    expect(result.undeclared).toEqual(['@babel/core', 'chrome-launcher', 'lodash']);
    expect(result.unused).toEqual(['@types/d3-zoom', 'd3-zoom']);
  });

  it('accepts a package declared only through its @types entry (types-only import)', () => {
    expect(dependencyProblems({ declared: ['@types/estree'], imported: ['estree'] })).toEqual({
      undeclared: [],
      unused: [],
    });
  });
});
