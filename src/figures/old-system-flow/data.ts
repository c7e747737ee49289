/**
 * Figure `old-system-flow`: who does what when a 2003-era hotpatch package is installed.
 *
 * No params. Swim lanes (administrator/package, NT kernel, process A, process B, a process
 * started later, disk) with boxes and arrows that appear step by step.
 *
 * `data: OldSystemFlowData`:
 *   stepId    a stable name for the step ('run-package', 'coldpatch-files', …)
 *   lanes     [{ id, label }]
 *   boxes     [{ id, lane, label, detail, code?, provenance, sources, visible, active }]
 *   arrows    [{ id, from, to, label, provenance, sources, visible, active }]
 *             visible = introduced at this step or earlier; active = the subject of this step
 * Every box and arrow carries `provenance`: 'documented' (stated in the cited sources),
 * 'reverse-engineered' (third-party reverse engineering or debugger observation, [RE] in the
 * research) or 'unconfirmed' ([?]: not confirmed in public text). The view should mark anything
 * that is not 'documented'; the captions say so in words. `sources` are content/sources.yaml ids.
 *
 * Drawn element ids used in `changed`: `box-<id>`, `arrow-<id>`.
 */

import type { Localized } from '../../i18n/lang';

// ── The data the view draws ─────────────────────────────────────────────────────────────

export type Provenance = 'documented' | 'reverse-engineered' | 'unconfirmed';

export type LaneId = 'admin' | 'kernel' | 'process-a' | 'process-b' | 'process-later' | 'disk';

export interface FlowLane {
  readonly id: LaneId;
  readonly label: Localized;
}

export interface FlowBox {
  readonly id: string;
  readonly lane: LaneId;
  readonly label: Localized;
  readonly detail: Localized;
  /** Identifiers shown in code style (ASCII). */
  readonly code?: string;
  readonly provenance: Provenance;
  readonly sources: readonly string[];
}

export interface FlowArrow {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly label: Localized;
  readonly provenance: Provenance;
  readonly sources: readonly string[];
}

export interface OldSystemFlowData {
  readonly stepId: string;
  readonly lanes: readonly FlowLane[];
  readonly boxes: readonly (FlowBox & { readonly visible: boolean; readonly active: boolean })[];
  readonly arrows: readonly (FlowArrow & { readonly visible: boolean; readonly active: boolean })[];
}
