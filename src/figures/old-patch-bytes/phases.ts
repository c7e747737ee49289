/** The steps of the old-patch-bytes figure, in order (a module of its own so views can use it without the model). */
export type OldPatchBytesPhase =
  'start' | 'loaded' | 'validated' | 'long-jump' | 'short-jump' | 'new-call' | 'old-thread' | 'undo';

export const OLD_PATCH_BYTES_PHASES: readonly OldPatchBytesPhase[] = [
  'start',
  'loaded',
  'validated',
  'long-jump',
  'short-jump',
  'new-call',
  'old-thread',
  'undo',
];
