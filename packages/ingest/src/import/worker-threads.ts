import { statSync } from 'node:fs';
import type { Store } from '@callqa/store';

/** Below this size starting a thread (and compiling the scorecards in it) costs more than it saves. */
const THREADS_FROM_BYTES = 4 * 1024 * 1024;

/**
 * Whether an import runs part of its work on worker threads: never with `workers: 0` or an
 * in-memory database (a thread cannot open it), always when a number of workers is asked for,
 * and otherwise for files of a few megabytes or more (and for standard input, whose size is unknown).
 */
export function usesWorkerThreads(store: Store, file: string, workers: number | undefined): boolean {
  if (workers === 0 || store.sqlite.memory) return false;
  if (workers !== undefined || file === '-') return true;
  try {
    return statSync(file).size >= THREADS_FROM_BYTES;
  } catch {
    return false;
  }
}
