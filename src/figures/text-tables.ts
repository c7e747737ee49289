/**
 * Every figure's word tables (its strings.ts) by figure id. FigureFrame puts the page's language of
 * them into the scene payload, where the figure's text.ts finds them in the browser (page-text.ts).
 */
import oldPatchBytes from './old-patch-bytes/strings';
import oldRace from './old-race/strings';
import oldSystemFlow from './old-system-flow/strings';
import newRedirect from './new-redirect/strings';
import newLifecycle from './new-lifecycle/strings';
import servicingCalendar from './servicing-calendar/strings';
import hotpatchTimeline from './hotpatch-timeline/strings';

export const FIGURE_TEXT: Readonly<Record<string, object>> = {
  'old-patch-bytes': oldPatchBytes,
  'old-race': oldRace,
  'old-system-flow': oldSystemFlow,
  'new-redirect': newRedirect,
  'new-lifecycle': newLifecycle,
  'servicing-calendar': servicingCalendar,
  'hotpatch-timeline': hotpatchTimeline,
};
