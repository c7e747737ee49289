/**
 * Figure `new-redirect`: the example the story runs (one driver, one process, two threads) and the
 * snapshot the story records at each step, which project.ts turns into view data.
 */
import { exampleDriverPatch, type Machine, type Refusal, type ResolvedCall } from '../../model/vbs/index';
import type { RedirectStepId, StoreView, ThreadView, VerificationView, VtlAttemptView } from './data';

/** Illustrative: the process whose threads call into the driver. */
export const PROCESS = { name: 'app.exe', pid: 4242 } as const;
/** Arguments the two threads pass to SetState (illustrative). */
export const T1_ARGUMENT = 7;
export const T2_ARGUMENT = 9;

export const PATCH = exampleDriverPatch(1);
export const MODE = 'x64' as const;

export interface Snapshot {
  readonly step: RedirectStepId;
  readonly machine: Machine;
  readonly verification?: VerificationView;
  readonly refusal?: Refusal;
  readonly attempt?: VtlAttemptView;
  readonly call?: ResolvedCall;
  readonly stores?: readonly StoreView[];
  readonly t1?: ThreadView['status'];
  readonly t2?: ThreadView['status'];
}
