/**
 * Every figure's definition, found by convention: each folder `src/figures/{id}/` with a `scene.ts`
 * is a figure (registered nowhere else). Pages (home, present, notes, handout, embed), the figure
 * frame and tests use it on the server; a figure's island imports only its own scene.
 */
import type { FigureDefinition } from './shared/scene-types';

// Definitions differ in their data and parameter types; the registry only needs the common shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDefinition = FigureDefinition<any, any>;

const scenes = import.meta.glob<AnyDefinition>('./*/scene.ts', { eager: true, import: 'default' });
const definitions = Object.entries(scenes)
  .map(([path, definition]) => {
    const folder = path.split('/')[1];
    if (definition.id !== folder)
      throw new Error(`${path}: the figure's id "${definition.id}" must be its folder's name`);
    return definition;
  })
  .sort((a, b) => a.order - b.order);

export const FIGURE_IDS: readonly string[] = definitions.map((d) => d.id);
export const FIGURES: Readonly<Record<string, AnyDefinition>> = Object.fromEntries(definitions.map((d) => [d.id, d]));

export function figureById(id: string): AnyDefinition | undefined {
  return FIGURES[id];
}
