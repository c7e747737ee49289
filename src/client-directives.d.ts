// A module augmentation (this file imports), not an ambient declaration that would replace 'astro'.
import 'astro';

/** `client:figure` (scripts/client-figure.mjs): a figure island warms up on idle, hydrates near view. */
declare module 'astro' {
  interface AstroClientDirectives {
    'client:figure'?: boolean;
  }
}
