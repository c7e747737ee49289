/**
 * How sure the research is about a step of the VBS-era design.
 *
 * - documented: stated by Microsoft (Learn, SDK/phnt headers, an engineer's PR or post) or seen in a
 *   real capture (the CodeMaxx post).
 * - inference: deduced in /work/shared/research/new-hotpatch.md, not stated anywhere.
 * - unverified: a claim the research could not confirm, or something explicitly "not documented".
 *
 * Pages must label anything that is not 'documented'; the scenes carry these flags in their data.
 */
import type { Provenance as SiteProvenance } from '../../i18n/provenance';

export type Provenance = Extract<SiteProvenance, 'documented' | 'inference' | 'unverified'>;

/** A modelled step or value, with how sure we are of it and where it comes from (plain words). */
export interface Claim {
  readonly provenance: Provenance;
  /** Which research item this rests on, e.g. "CodeMaxx capture" or "llvm/llvm-project PR #151008". */
  readonly basis: string;
  /** Bibliography ids (content/sources.yaml) to cite next to it. */
  readonly sources: readonly string[];
}

export const claim = (provenance: Provenance, basis: string, sources: readonly string[] = []): Claim => ({
  provenance,
  basis,
  sources,
});
