/**
 * Figure `old-system-flow`: the steps of the flow in order, and what each focuses — boxes and arrows
 * of diagram.ts. The scene adds each step's words (words.ts); the view's layout needs only this.
 */

const STEPS = [
  { id: 'run-package', boxes: ['run-package', 'package-files'], arrows: [] },
  { id: 'coldpatch-files', boxes: ['nt-set-1-2', 'coldpatch'], arrows: ['run-to-set12', 'set12-to-coldpatch'] },
  { id: 'apply-call', boxes: ['nt-set-3'], arrows: ['run-to-set3'] },
  { id: 'ldr-thread', boxes: ['ldr-thread-a', 'ldr-thread-b'], arrows: ['set3-to-a', 'set3-to-b'] },
  { id: 'load-patch', boxes: ['load-patch-a'], arrows: [] },
  { id: 'prepare', boxes: ['prepare-a'], arrows: [] },
  { id: 'kernel-writes', boxes: ['ask-kernel-a', 'ex-apply', 'cpu-quiesce'], arrows: ['a-to-kernel', 'b-to-kernel'] },
  { id: 'patched', boxes: ['free-a', 'patched-a', 'patched-b'], arrows: ['kernel-writes-a', 'kernel-writes-b'] },
  { id: 'later-process', boxes: ['later-start'], arrows: ['coldpatch-to-later'] },
  { id: 'uninstall', boxes: ['uninstall'], arrows: ['uninstall-a', 'uninstall-b'] },
] as const satisfies readonly FlowStepShape[];

export interface FlowStepShape {
  readonly id: string;
  readonly boxes: readonly string[];
  readonly arrows: readonly string[];
}

export type FlowStepId = (typeof STEPS)[number]['id'];

/** The steps, in order. */
export const FLOW: readonly (FlowStepShape & { readonly id: FlowStepId })[] = STEPS;
