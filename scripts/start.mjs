// `npm start`: builds the site when dist/ is missing or older than the sources, then serves it on
// http://localhost:4321 with `astro preview` (kept in the foreground).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
const sources = Math.max(newest('src'), newest('content'), newest('public'), statSync('astro.config.mjs').mtimeMs);
if (built < sources) {
  console.log('Building the site…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const env = { ...process.env, ASTRO_PREVIEW_BACKGROUND: '0' };
const server = spawn('astro', ['preview', '--port', process.env.PORT ?? '4321', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
