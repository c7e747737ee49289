// Vite plugin: with HX_CHUNKS=1, the client build writes reports/chunks.md — every chunk with its gzip
// size and the modules in it (largest first, by minified rendered size), to see what a figure's JS is
// made of (issue #16). Off otherwise. Module sizes are before minification (what Rolldown reports).
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const name = (id) => relative(process.cwd(), id.replace(/^\0/, '').split('?')[0]).replace(/^node_modules\//, '~/');

export function chunkReport() {
  return {
    name: 'hotpatch-chunk-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (process.env.HX_CHUNKS !== '1' || this.environment?.name !== 'client') return;
      const chunks = Object.values(bundle)
        .filter((c) => c.type === 'chunk')
        .map((c) => ({
          file: c.fileName,
          gz: gzipSync(c.code, { level: 9 }).length,
          lazy: c.isDynamicEntry,
          modules: Object.entries(c.modules)
            .map(([id, m]) => ({ id: name(id), size: m.renderedLength ?? m.code?.length ?? 0 }))
            .filter((m) => m.size > 0)
            .sort((a, b) => b.size - a.size),
          raw: c.code.length,
        }))
        .sort((a, b) => b.gz - a.gz);
      const lines = ['# Client chunks (gzip KB; modules by rendered size in bytes, before minification)', ''];
      for (const c of chunks) {
        lines.push(
          `## ${c.file} — ${(c.gz / KB).toFixed(2)} KB gzip, ${c.raw} B${c.lazy ? ' (dynamic import)' : ''}`,
          '',
        );
        for (const m of c.modules) lines.push(`- ${m.size} ${m.id}`);
        lines.push('');
      }
      mkdirSync('reports', { recursive: true });
      writeFileSync('reports/chunks.md', lines.join('\n'));
    },
  };
}
