/**
 * What the new-lifecycle view must make room for in every step, from all states of the scene: the
 * longest patch chain, the most processes in a month, the most patches one process maps, and the
 * claim list that takes the most room. The drawing's height follows from these, once per scene.
 */
import type { SceneState } from '../shared/scene-types';
import type { Lang } from '../../i18n/lang';
import type { NewLifecycleData } from './data';
import { longestClaims, type ClaimLike } from '../shared/longest-claims';

export interface LifecycleReserve {
  readonly chainSlots: number;
  readonly processSlots: number;
  readonly patchSlots: number;
  readonly claims: readonly ClaimLike[];
}

export function lifecycleReserve(states: readonly SceneState<NewLifecycleData>[], lang: Lang): LifecycleReserve {
  const data = states.map((s) => s.data);
  const max = (values: readonly number[]) => values.reduce((a, b) => Math.max(a, b), 0);
  return {
    chainSlots: Math.max(1, max(data.map((d) => d.chain.length))),
    processSlots: Math.max(1, max(data.map((d) => d.processes.length))),
    patchSlots: max(data.flatMap((d) => d.processes.map((p) => p.maps.filter((m) => m.kind === 'patch').length))),
    claims: longestClaims(data.map((d) => d.claims), lang),
  };
}
