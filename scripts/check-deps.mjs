// Dependencies are honest: every package the code imports is declared in package.json, and every
// declared package is imported somewhere or run by an npm script (its binary). Scans import
// specifiers in src/, scripts/, e2e/, content/ and the root config files. Fails naming each package.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const SOURCE = /\.(?:[cm]?[jt]s|svelte|astro|mdx|css)$/;
const ROOTS = ['src', 'scripts', 'e2e', 'content'];
/** Its fixtures are import lines naming made-up packages. */
const SKIP = new Set(['scripts/check-deps.test.ts']);

/**
 * Declared packages no file imports, that are still needed; each with the reason. Packages whose
 * binary an npm script runs need no entry here (see `binariesRun`).
 */
export const USED_WITHOUT_IMPORT = {
  node: 'the Node 24 binary npm scripts run on (the machines have Node 20; Astro 7 needs ≥ 22.12)',
  '@types/node': 'tsconfig.json "types": ["node"]',
  typescript: 'the compiler astro check, svelte-check and typescript-eslint load',
  '@astrojs/check': 'what `astro check` runs',
  'prettier-plugin-astro': 'named in .prettierrc.json "plugins"',
  'prettier-plugin-svelte': 'named in .prettierrc.json "plugins"',
};

/** Import specifiers in one file's text: static and dynamic imports, re-exports, require, CSS @import. */
export function specifiersOf(code) {
  const out = new Set();
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /@import\s+(?:url\()?['"]([^'"]+)['"]/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) out.add(m[1]);
  return [...out];
}

/** The npm package a specifier names, or null for relative paths, node builtins and virtual modules. */
export function packageOf(specifier) {
  const spec = specifier.split('?')[0];
  if (!spec || /^[./]/.test(spec) || /^[a-z]+:/i.test(spec)) return null; // ./x, /x, node:fs, astro:content, virtual:…
  if (builtinModules.includes(spec.split('/')[0])) return null;
  const parts = spec.split('/');
  if (spec.startsWith('@')) return parts.length >= 2 ? `${parts[0]}/${parts[1]}` : null;
  return /^[a-z0-9][\w.-]*$/i.test(parts[0]) ? parts[0] : null;
}

/** Names of declared packages whose binary appears as a command in one of the npm scripts. */
export function binariesRun(scripts, binsOf) {
  const words = new Set(
    Object.values(scripts)
      .flatMap((s) => s.split(/&&|\|\||[;|]/))
      .flatMap((cmd) =>
        cmd
          .trim()
          .split(/\s+/)
          .filter((w) => !/^[A-Z_]+=/.test(w))
          .slice(0, 1),
      ),
  );
  return Object.entries(binsOf)
    .filter(([, bins]) => bins.some((b) => words.has(b)))
    .map(([name]) => name);
}

/**
 * Undeclared imports and unused declarations. `@types/x` counts as used when `x` is imported.
 * @param {{ declared: string[], imported: string[], run?: string[], allowed?: string[] }} input
 */
export function dependencyProblems({ declared, imported, run = [], allowed = [] }) {
  const decl = new Set(declared);
  const used = new Set([...imported, ...run, ...allowed]);
  const undeclared = [...new Set(imported)].filter((p) => !decl.has(p) && !decl.has(`@types/${p}`)).sort();
  const unused = declared
    .filter((p) => {
      if (used.has(p)) return false;
      const typed = p.match(/^@types\/(.+)$/)?.[1];
      if (!typed) return true;
      const pkg = typed.includes('__') ? `@${typed.replace('__', '/')}` : typed;
      return !used.has(pkg);
    })
    .sort();
  return { undeclared, unused };
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : walk(path);
    return SOURCE.test(e.name) && !SKIP.has(path) ? [path] : [];
  });
}

function binsOf(name) {
  try {
    const { bin } = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8'));
    if (!bin) return [];
    return typeof bin === 'string' ? [name.split('/').pop()] : Object.keys(bin);
  } catch {
    return [];
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const declared = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  const configs = readdirSync('.').filter((f) => /\.config\.[cm]?[jt]s$/.test(f));
  const files = [...ROOTS.flatMap(walk), ...configs];
  const imported = new Map();
  for (const file of files) {
    for (const spec of specifiersOf(readFileSync(file, 'utf8'))) {
      const name = packageOf(spec);
      if (name && !imported.has(name)) imported.set(name, file);
    }
  }
  const run = binariesRun(pkg.scripts ?? {}, Object.fromEntries(declared.map((d) => [d, binsOf(d)])));
  const { undeclared, unused } = dependencyProblems({
    declared,
    imported: [...imported.keys()],
    run,
    allowed: Object.keys(USED_WITHOUT_IMPORT),
  });
  for (const name of undeclared)
    console.error(`imported but not declared in package.json: ${name} (first in ${imported.get(name)})`);
  for (const name of unused) console.error(`declared in package.json but imported nowhere: ${name}`);
  if (undeclared.length || unused.length) process.exit(1);
  console.log(
    `Dependencies: ${declared.length} declared, all used; ${imported.size} imported, all declared (${files.length} files)`,
  );
}
