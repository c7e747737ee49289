// ESLint rule `layers/one-way`: data flows one way (ARCHITECTURE.md). Resolves each relative import
// against the importing file, so `../../figures/x` and `../x` are judged by where they land:
//  - src/model/** imports only src/model/** and src/i18n/** (packages are fine: the model is pure TS)
//  - src/i18n/** is the bottom vocabulary: nothing from model, scenes, figures, components, layouts, pages
//  - src/figures/** never imports src/pages, src/components or src/layouts
//  - src/figures/{id}/ never imports another figure's folder; only its own, player/ and shared/
import { dirname, relative, resolve } from 'node:path';

const SHARED_FIGURE_FOLDERS = new Set(['player', 'shared']);

/** The `src/…` path (posix) of a file, or null outside src/. */
function srcPath(file, root) {
  const rel = relative(root, file).split('\\').join('/');
  return rel.startsWith('src/') ? rel : null;
}

/**
 * Why importing `target` from `from` breaks the one-way flow, or null. Both are paths relative to
 * the project root (`src/model/x86/decode.ts`).
 */
export function layerViolation(from, target) {
  const [, fromTop, fromSub] = from.split('/');
  const [, toTop, toSub] = target.split('/');
  if (fromTop === 'model' && toTop !== 'model' && toTop !== 'i18n') {
    return `src/model may import only src/model and src/i18n, not src/${toTop}`;
  }
  if (fromTop === 'i18n' && ['model', 'scenes', 'figures', 'components', 'layouts', 'pages'].includes(toTop)) {
    return `src/i18n is the bottom layer: it may not import src/${toTop}`;
  }
  if (fromTop === 'figures') {
    if (['pages', 'components', 'layouts'].includes(toTop)) return `src/figures may not import src/${toTop}`;
    const fromFolder = from.split('/').length > 3 ? fromSub : null;
    const toFolder = target.split('/').length > 3 ? toSub : null;
    if (
      toTop === 'figures' &&
      fromFolder &&
      toFolder &&
      toFolder !== fromFolder &&
      !SHARED_FIGURE_FOLDERS.has(toFolder)
    ) {
      return `src/figures/${fromFolder} may not import the sibling figure src/figures/${toFolder}: move what both need to src/figures/shared`;
    }
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const oneWay = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the one-way layering of ARCHITECTURE.md' },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const from = srcPath(context.filename, root);
    if (!from) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = srcPath(resolve(dirname(context.filename), spec.split('?')[0]), root);
      if (!target) return;
      const why = layerViolation(from, target);
      if (why) context.report({ node: node.source, message: `${why} ('${spec}').` });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { meta: { name: 'layers' }, rules: { 'one-way': oneWay } };
