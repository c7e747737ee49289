// `client:figure`: how a figure island hydrates (registered in astro.config.mjs).
// - Warm-up, on idle, once the reader scrolls and the figure is within about three screens (not at
//   page load: that work would compete with the page's own first render): fetch its scene JSON
//   (`data-scene-src` on its <figure>, src/pages/data/[lang]/[figure].json.ts) into
//   globalThis.__hxScenes (SCENE_STORE in src/figures/player/scene-payload.ts), then load the island's
//   modules (Astro's `load`: download, compile and evaluate the component and the renderer).
// - Hydration, when the figure is within 600 px: only the mount is left to do, in its own task
//   (a macrotask after the modules evaluated: a jump straight to the figure would otherwise
//   evaluate and mount in one long task). The player splits what follows the mount into later
//   tasks too (Player.svelte), so at 4× CPU no task blocks the page for long (issue #16).
// The JSON is fetched before the modules load because a figure's strings read it when they evaluate.
// Without IntersectionObserver (very old browsers) the figure hydrates at once.
/** @type {import('astro').ClientDirective} */
export default (load, _options, el) => {
  const figure = el.closest('[data-scene-src]');
  const src = figure?.getAttribute('data-scene-src');
  /** @type {Promise<() => Promise<void>> | undefined} */
  let ready;
  const warm = () =>
    (ready ??= (async () => {
      if (figure && src) {
        const store = (globalThis.__hxScenes ??= {});
        if (!store[figure.id]) {
          const response = await fetch(src);
          if (response.ok) store[figure.id] = await response.json();
        }
      }
      return load();
    })());
  const targets = [...el.children].length ? [...el.children] : [el];
  if (typeof IntersectionObserver !== 'function') {
    void warm().then((hydrate) => hydrate());
    return;
  }
  const watch = (rootMargin, then) => {
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        then();
      },
      { rootMargin },
    );
    for (const t of targets) io.observe(t);
    return io;
  };
  const idle = globalThis.requestIdleCallback ?? ((fn) => setTimeout(fn, 1));
  addEventListener('scroll', () => watch('300% 0px', () => idle(() => void warm(), { timeout: 1500 })), {
    once: true,
    passive: true,
  });
  const nextTask = (value) => new Promise((resolve) => setTimeout(() => resolve(value)));
  watch(
    '600px 0px',
    () =>
      void warm()
        .then(nextTask)
        .then((hydrate) => hydrate()),
  );
};
