/**
 * Every figure's definition, by its public id. Pages (present, notes, handout, embed) and tests
 * use it; a figure's island imports only its own definition so pages ship one figure's code.
 */
import ids from './figure-ids.json';
import type { FigureDefinition } from '../scenes/types';
import oldPatchBytes from '../scenes/old-patch-bytes';
import oldRace from '../scenes/old-race';
import oldSystemFlow from '../scenes/old-system-flow';
import newRedirect from '../scenes/new-redirect';
import newLifecycle from '../scenes/new-lifecycle';
import servicingCalendar from '../scenes/servicing-calendar';
import hotpatchTimeline from '../scenes/hotpatch-timeline';

export type FigureId = (typeof ids)[number];
export const FIGURE_IDS = ids as readonly string[];

// Definitions differ in their data and parameter types; the registry only needs the common shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDefinition = FigureDefinition<any, any>;

export const FIGURES: Readonly<Record<string, AnyDefinition>> = {
  'old-patch-bytes': oldPatchBytes,
  'old-race': oldRace,
  'old-system-flow': oldSystemFlow,
  'new-redirect': newRedirect,
  'new-lifecycle': newLifecycle,
  'servicing-calendar': servicingCalendar,
  'hotpatch-timeline': hotpatchTimeline,
};

export function figureById(id: string): AnyDefinition | undefined {
  return FIGURES[id];
}
