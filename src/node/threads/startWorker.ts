import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread running `file`, its standard output and error copied to this process's
 * chunk by chunk.
 *
 * Not Node's default, which pipes each worker's streams into `process.stdout` and `process.stderr`:
 * every pipe adds an `error` (and `close`, `finish`, `unpipe`) listener to them, so with ten workers
 * or more the next listener anyone adds — the CLI's EPIPE handler, a user's own — trips Node's
 * MaxListenersExceededWarning on `process.stdout`. Copying adds listeners to the worker's streams only.
 *
 * @param file - the worker's script
 * @param workerData - what the script reads as `workerData`
 * @returns the started worker
 */
export function startWorker(file: URL, workerData?: unknown): Worker {
  const worker = new Worker(file, { workerData, stdout: true, stderr: true });
  worker.stdout.on('data', (chunk: Buffer) => process.stdout.write(chunk));
  worker.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  return worker;
}
