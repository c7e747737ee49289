// Sätteri mdast plugin for the articles: `<Figure id="{id}" />` becomes that figure's own wrapper
// (generated for src/figures/{id}/ by scripts/figure-islands.mjs), imported by the article itself. Each article page then carries
// only its own figures' code and CSS, instead of every figure's through one shared <Figure>. An unknown or missing id fails the build, naming file and line.
import { fileURLToPath } from 'node:url';
import { FIGURE_IDS, islandPath } from './figure-ids.mjs';

const localName = (id) => 'Figure_' + id.replace(/-/g, '_');

function rename(node, ctx) {
  if (node.name !== 'Figure') return;
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'an article';
  const where = `${file}${node.position ? `:${node.position.start.line}` : ''}`;
  const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
  if (typeof id !== 'string') throw new Error(`${where}: <Figure> needs a literal id="…" attribute`);
  if (!FIGURE_IDS.includes(id))
    throw new Error(`${where}: <Figure id="${id}">: unknown figure id (known: ${FIGURE_IDS.join(', ')})`);
  ctx.setProperty(node, 'name', localName(id));
  (ctx.data.figureIds ??= new Set()).add(id);
}

export const figureImports = {
  name: 'hotpatch-figure-imports',
  options: { position: true },
  mdxJsxFlowElement: rename,
  mdxJsxTextElement: rename,
  after(root, ctx) {
    const ids = [...(ctx.data.figureIds ?? [])];
    if (ids.length === 0) return;
    ctx.prependChild(
      root,
      ids.map((id) => ({ type: 'mdxjsEsm', value: `import ${localName(id)} from ${JSON.stringify(islandPath(id))};` })),
    );
  },
};
