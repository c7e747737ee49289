// Vite plugin: `import x from './module?server'` is the real module when rendering on the server
// and `undefined` in the browser bundle. Figures use it to render their scene on the server while
// the browser starts from the states embedded in the page (src/figures/player/scene-payload.ts).
const SUFFIX = '?server';
const EMPTY = '\0server-only-empty';

export function serverOnly() {
  return {
    name: 'hotpatch-server-only',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith(SUFFIX)) return null;
      const isClient = this.environment ? this.environment.config.consumer === 'client' : !options?.ssr;
      if (isClient) return EMPTY;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, { ...options, skipSelf: true });
      return resolved;
    },
    load(id) {
      return id === EMPTY ? 'export default undefined;' : null;
    },
  };
}
