/**
 * Exhaustive interleaving check: one thread's steps against the patch writes.
 *
 * For every starting point (before the call, and every instruction boundary of the old function)
 * and every way to place the writes between the thread's steps, run the thread on the memory as it
 * is at each fetch and record what it executed. Threads do not interact with each other (only the
 * writes change memory), so a multi-thread schedule is safe iff each thread's projection is, and
 * checking one thread exhaustively covers every multi-thread schedule too.
 *
 * Used as proof in the tests (the real two-write protocol never yields a torn instruction; the
 * naive 5-byte overwrite does) and by the race figure to pick its schedule.
 */

import type { Instruction } from '../x86/decode';
import { writeBytes, type Memory } from '../x86/memory';
import { regionAt, type OldLayout, type RegionRole } from './layout';
import type { PatchWrite } from './protocol';
import { step, type Thread } from './thread';
import { newCodeVersion, oldCodeVersion, wholeness, type CodeVersion, type Wholeness } from './whole-instruction';

export interface ThreadStart {
  /** e.g. `before the call`, `entry+2`. */
  readonly label: string;
  readonly ip: number;
  readonly stack: readonly number[];
}

export interface ExecutedStep {
  readonly instruction: Instruction;
  /** How many writes had landed when this instruction was fetched. */
  readonly writesApplied: number;
  readonly wholeness: Wholeness;
  readonly role: RegionRole | undefined;
}

export type Ending = 'returned' | 'trapped' | 'faulted' | 'torn' | 'budget';

export interface ScheduleOutcome {
  readonly start: ThreadStart;
  /** For each write, how many thread steps ran before it (clamped to the steps the thread took). */
  readonly writesBefore: readonly number[];
  /** The order played out: `T` a thread step, `W1`… a write. */
  readonly order: readonly string[];
  readonly trace: readonly ExecutedStep[];
  readonly ending: Ending;
  /** The first torn instruction, if any (the thread stops there: what follows is undefined). */
  readonly torn?: ExecutedStep;
  /** Region roles the thread executed in, in first-visit order. */
  readonly visited: readonly RegionRole[];
  readonly ranReplacement: boolean;
  /** Executed an original padding byte (a NOP or int 3 that was never meant to run). */
  readonly executedPadding: boolean;
}

export interface InterleavingSpec {
  readonly layout: OldLayout;
  /** Memory when the schedule starts (normally `layout.loaded`). */
  readonly before: Memory;
  /** The stores, in order; each lands atomically. */
  readonly writes: readonly PatchWrite[];
  /** The whole instructions these stores add up to (defaults to `writes`; differs for byte-wise stores). */
  readonly intended?: readonly PatchWrite[];
  readonly starts?: readonly ThreadStart[];
  /** Step budget per thread (default 12: enough to return through either function). */
  readonly maxSteps?: number;
}

/** Every starting point: before the call, and every old instruction boundary of the function. */
export function threadStarts(layout: OldLayout): ThreadStart[] {
  const old = oldCodeVersion(layout.loaded, layout.regions, layout.arch);
  const inside = [...old.instructions.keys()]
    .filter((a) => a >= layout.entry && a < layout.functionEnd)
    .sort((a, b) => a - b);
  return [
    { label: 'before the call', ip: layout.callSite, stack: [] },
    ...inside.map((ip) => ({
      label: ip === layout.entry ? 'entry' : `entry+${ip - layout.entry}`,
      ip,
      stack: [layout.returnAddress],
    })),
  ];
}

interface Versions {
  readonly oldCode: CodeVersion;
  readonly newCode: CodeVersion;
}

function versions(spec: InterleavingSpec): Versions {
  const { layout, before } = spec;
  const intended = spec.intended ?? spec.writes;
  const after = intended.reduce((m, w) => writeBytes(m, w.address, w.bytes), before);
  const oldCode = oldCodeVersion(before, layout.regions, layout.arch);
  return { oldCode, newCode: newCodeVersion(oldCode, after, intended, layout.arch) };
}

/** Runs one schedule: `writesBefore[j]` thread steps happen before write j. */
export function runSchedule(
  spec: InterleavingSpec,
  start: ThreadStart,
  writesBefore: readonly number[],
  v: Versions = versions(spec),
): ScheduleOutcome {
  const { layout } = spec;
  const maxSteps = spec.maxSteps ?? 12;
  let memory = spec.before;
  let thread: Thread = {
    id: 'T',
    ip: start.ip,
    stack: start.stack,
    exitAddress: layout.returnAddress,
    status: 'running',
  };
  let applied = 0;
  let ending: Ending = 'budget';
  let torn: ExecutedStep | undefined;
  const trace: ExecutedStep[] = [];
  const order: string[] = [];
  const effective: number[] = [];
  const landWritesDue = (steps: number) => {
    while (applied < spec.writes.length && (writesBefore[applied] ?? 0) <= steps) {
      const w = spec.writes[applied];
      if (w) memory = writeBytes(memory, w.address, w.bytes);
      effective.push(steps);
      applied++;
      order.push(`W${applied}`);
    }
  };
  for (let steps = 0; ; steps++) {
    landWritesDue(steps);
    if (steps >= maxSteps) break;
    const result = step(thread, memory, layout.arch);
    thread = result.thread;
    order.push('T');
    const executed: ExecutedStep = {
      instruction: result.executed,
      writesApplied: applied,
      wholeness: wholeness(result.executed, v.oldCode, v.newCode),
      role: regionAt(layout, result.executed.address)?.role,
    };
    trace.push(executed);
    if (!executed.wholeness.whole) {
      torn = executed;
      ending = 'torn';
      break;
    }
    if (thread.status !== 'running') {
      ending = thread.status;
      break;
    }
  }
  // Writes after the thread stopped cannot affect it; record them as landing at the end.
  while (effective.length < spec.writes.length) effective.push(trace.length);
  const visited: RegionRole[] = [];
  for (const s of trace) if (s.role && !visited.includes(s.role)) visited.push(s.role);
  return {
    start,
    writesBefore: effective,
    order,
    trace,
    ending,
    ...(torn ? { torn } : {}),
    visited,
    ranReplacement: visited.includes('patch'),
    executedPadding: trace.some(
      (s) => s.role === 'padding' && s.wholeness.whole && !s.wholeness.matches.includes('new'),
    ),
  };
}

/** All non-decreasing placements of `w` writes among the gaps 0..k. */
function* placements(w: number, k: number, from = 0): Generator<number[]> {
  if (w === 0) {
    yield [];
    return;
  }
  for (let p = from; p <= k; p++) for (const rest of placements(w - 1, k, p)) yield [p, ...rest];
}

/** Every distinct schedule for every start, in a stable order (start, then placements ascending). */
export function enumerateInterleavings(spec: InterleavingSpec): ScheduleOutcome[] {
  const v = versions(spec);
  const k = spec.maxSteps ?? 12;
  const out: ScheduleOutcome[] = [];
  for (const start of spec.starts ?? threadStarts(spec.layout)) {
    const seen = new Set<string>();
    for (const placement of placements(spec.writes.length, k)) {
      const outcome = runSchedule(spec, start, placement, v);
      const key = outcome.writesBefore.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(outcome);
    }
  }
  return out;
}

/** The first schedule (in enumeration order) satisfying `predicate`. */
export function findSchedule(
  spec: InterleavingSpec,
  predicate: (o: ScheduleOutcome) => boolean,
): ScheduleOutcome | undefined {
  return enumerateInterleavings(spec).find(predicate);
}

/** One line per schedule, for test failure messages and reports. */
export function describeOutcome(o: ScheduleOutcome): string {
  const steps = o.trace.map(
    (s) =>
      `${s.instruction.address.toString(16).toUpperCase()}:${s.instruction.text}${s.wholeness.whole ? '' : ' [TORN]'}`,
  );
  return `${o.start.label} | ${o.order.join(' ')} | ${steps.join(' ; ')} | ${o.ending}`;
}
