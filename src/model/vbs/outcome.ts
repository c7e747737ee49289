/**
 * Every operation on the machine either succeeds with a new machine or is refused with a reason.
 * Refusals are values, not exceptions: the figures draw them (the mismatch branch of the redirect
 * figure stops on one), and the tests assert them.
 */
import type { ImageIdentity } from './identity';
import type { Provenance } from './provenance';

export type RefusalCode =
  /** Secure Kernel: the loaded base's CheckSum/TimeDateStamp differ from the patch's target. */
  | 'base-identity-mismatch'
  /** Secure Kernel: the patch is not Microsoft-signed. */
  | 'bad-signature'
  /** Sequence number not higher than the highest already applied to this base. */
  | 'sequence-not-higher'
  /** A VTL0 component tried to write executable code. */
  | 'vtl0-code-write'
  /** An operation needs an earlier step first (e.g. flip the entry before the HPAT stub exists). */
  | 'out-of-order'
  /** Something named does not exist (patch, process, image, function). */
  | 'unknown';

export interface Refusal {
  readonly code: RefusalCode;
  /** One plain English sentence for logs and tests; figures build their own bilingual text. */
  readonly reason: string;
  /** For an identity mismatch: what the patch targets and what is loaded. */
  readonly expected?: ImageIdentity;
  readonly found?: ImageIdentity;
  /** For a sequence refusal: the offered and the highest applied sequence numbers. */
  readonly offeredSequence?: number;
  readonly highestSequence?: number;
  /** How sure the research is that Windows refuses in this way. */
  readonly provenance: Provenance;
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: Refusal };

export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const refuse = <T = never>(refusal: Refusal): Outcome<T> => ({ ok: false, refusal });

/** For callers (scenes, tests) that know a step must succeed: returns the value or throws the reason. */
export function expectOk<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`refused (${outcome.refusal.code}): ${outcome.refusal.reason}`);
  return outcome.value;
}
