/**
 * The stage's shared shape (issue #12): what the player tells a figure's view about the drawing box,
 * and the snippet types a figure hands to FigureShell.
 */
import type { Snippet } from 'svelte';
import type { Scene, SceneState } from '../shared/scene-types';

/** The drawing box's size in CSS px, and which arrangement the view should draw. */
export interface StageBox {
  width: number;
  height: number;
  /** 'tall' when the box is narrower than TALL_BELOW_PX (phones): stack the drawing vertically. */
  layout: 'wide' | 'tall';
  /**
   * True in present mode: the drawing is projected to a room. Views draw their projection arrangement
   * (fewer, larger labels) so no text renders under 18 px at 1280×720 / 1024×768, or 24 px at 1920×1080.
   */
  projecting?: boolean;
}

/** Below this drawing-box width a view draws its tall (phone) arrangement. */
export const TALL_BELOW_PX = 560;

/** The box on the server and before hydration (no measurement yet). */
export const DEFAULT_STAGE_BOX: StageBox = Object.freeze({ width: 720, height: 420, layout: 'wide' });

/** The box for a measured size; sizes are rounded so sub-pixel jitter does not re-render views. */
export function stageBox(width: number, height: number, projecting = false): StageBox {
  const w = Math.max(0, Math.round(width));
  const h = Math.max(0, Math.round(height));
  const layout = w > 0 && w < TALL_BELOW_PX ? 'tall' : 'wide';
  return projecting ? { width: w, height: h, layout, projecting } : { width: w, height: h, layout };
}

/** Whether two boxes would draw the same (avoids re-rendering on identical measurements). */
export function sameBox(a: StageBox, b: StageBox): boolean {
  return a.width === b.width && a.height === b.height && a.layout === b.layout && !a.projecting === !b.projecting;
}

/** The view: draws one state inside the drawing box. The 4th argument is optional to use. */
export type ViewSnippet<D> = Snippet<[SceneState<D>, number, Scene<D>, StageBox]>;
/** Secondary detail (bytes, arithmetic, provenance): shown outside the stage as a layer to open. */
export type DetailSnippet<D> = Snippet<[SceneState<D>, number, Scene<D>]>;
