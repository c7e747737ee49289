/**
 * The words this figure's view draws: the tables of strings.ts on the server, the page's copy in
 * its own language in the browser (player/page-text.ts). Views import from here, never strings.ts.
 */
// `?server`: the tables on the server, undefined in the browser (typed for scene modules: cast).
import server from './strings?server';
import type tables from './strings';
import { pageText } from '../player/page-text';

export const { LENS_TEXT, OPB_TEXT, THREAD_LABEL, THREAD_STATUS, PLACEHOLDER } = pageText(server as unknown as typeof tables | undefined, 'old-patch-bytes');
