/** Inputs of the byte listing view besides the listing itself. Plain data, drawn as given. */

/** A thread's instruction pointer, drawn as `▶ T1` at the row holding that address. */
export interface ThreadMarker {
  /** Matches `thread-<id>` in a state's `changed` list. */
  readonly id: string;
  /** Short, e.g. `T1`; the figure explains it in its own panel. */
  readonly label: string;
  readonly address: number;
  /** Formatted address, shown when the pointer is outside the listed rows. */
  readonly addressText: string;
  /** `done`: finished or left the listing; `torn`: executed a torn instruction. */
  readonly state?: 'waiting' | 'running' | 'done' | 'torn';
}

/** A run of bytes to mark, e.g. the bytes a thread decoded as one torn instruction. */
export interface ByteSpan {
  readonly address: number;
  readonly length: number;
}
