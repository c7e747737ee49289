/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Source ids in order of first citation on the page being rendered (set by the article page). */
    citations?: string[];
    /** Counter giving each glossary popover on the page a unique id. */
    termCount?: number;
  }
}

declare module '*?raw' {
  const text: string;
  export default text;
}

/** A module imported for server rendering only; `undefined` in the browser (scripts/vite-server-only.mjs). */
declare module '*?server' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const definition: import('./figures/shared/scene-types').FigureDefinition<any, any> | undefined;
  export default definition;
}
