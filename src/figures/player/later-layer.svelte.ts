/**
 * A figure's secondary layer (its detail: tables, sources, checks) drawn on the server, so the page
 * without JavaScript keeps it, and loaded in the browser only after the figure has hydrated: out of
 * the figure's first bundle and out of the hydrating task (issue #16). Until it arrives the browser
 * renders nothing in its place (the detail sits in a closed disclosure, or in the side rail that
 * appears after mounting); Svelte drops the server's copy as it hydrates.
 *
 *   import detailOnServer from './XDetail.svelte?server';   // the component on the server only
 *   const Detail = new LaterLayer<typeof XDetail>(detailOnServer, () => import('./XDetail.svelte'), shown);
 *   {#if Detail.current}<Detail.current … />{/if}
 *
 * Create it while the shell initialises (it starts an effect); while `shown()` is false (present
 * and notes modes, which show no detail) it does not load.
 */
export class LaterLayer<C> {
  current = $state.raw<C | undefined>();

  constructor(onServer: unknown, load: () => Promise<{ default: C }>, shown: () => boolean = () => true) {
    this.current = onServer as C | undefined;
    $effect(() => {
      if (shown() && !this.current) void load().then((m) => (this.current = m.default));
    });
  }
}
