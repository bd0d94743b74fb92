import { randomUUID } from 'node:crypto';
import type { JobResult, JobStatus } from '../../shared/contract/setup-types';
import { errorPayload, PanelisError } from '../../shared/errors';

export interface JobProgress {
  (phase: string, done: number, total: number): void;
}

/**
 * Long work (imports, later reports and backups) runs as a job: the request that starts it
 * returns a job id at once, and the screen polls `jobs.status` for progress. Jobs live in
 * memory only; locking the vault forgets them.
 */
export class Jobs {
  private readonly jobs = new Map<string, JobStatus & { owner: string }>();
  /** Jobs that hold a write transaction: nothing else may touch the vault until they end. */
  private readonly exclusive = new Set<Promise<unknown>>();
  private readonly running = new Set<Promise<unknown>>();

  /** Resolves when no writing job runs (queued requests wait for this). */
  async writersDone(): Promise<void> {
    while (this.exclusive.size) await Promise.allSettled([...this.exclusive]);
  }

  /** Resolves when no job runs at all (locking waits for this). */
  async allDone(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  start(
    owner: string,
    work: (progress: JobProgress) => Promise<JobResult>,
    log: (m: string, e: unknown) => void,
    opts: { writes?: boolean } = {},
  ): string {
    const jobId = randomUUID();
    // Keep the newest finished jobs only; a screen reads a result soon after it is done.
    for (const [id, j] of this.jobs) if (this.jobs.size >= 50 && j.state !== 'running') this.jobs.delete(id);
    const job: JobStatus & { owner: string } = {
      jobId,
      owner,
      state: 'running',
      phase: 'start',
      done: 0,
      total: 0,
      result: null,
      error: null,
    };
    this.jobs.set(jobId, job);
    const progress: JobProgress = (phase, done, total) => Object.assign(job, { phase, done, total });
    // Let the caller receive the job id before the work takes the event loop.
    let release: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (release = resolve));
    this.running.add(done);
    if (opts.writes) this.exclusive.add(done);
    void done.then(() => {
      this.running.delete(done);
      this.exclusive.delete(done);
    });
    setImmediate(() => {
      work(progress)
        .finally(release)
        .then(
          (result) => Object.assign(job, { state: 'done', phase: 'done', result }),
          (e: unknown) => {
            if (!(e instanceof PanelisError)) log('panelis: job failed', e);
            const payload = e instanceof PanelisError ? e.payload : errorPayload('INTERNAL');
            Object.assign(job, { state: 'failed', phase: 'failed', error: { code: payload.code, message: payload.message } });
          },
        );
    });
    return jobId;
  }

  /** A job is visible only to the person who started it. */
  status(jobId: string, owner: string): JobStatus {
    const job = this.jobs.get(jobId);
    if (!job || job.owner !== owner) throw new PanelisError('JOB_NOT_FOUND');
    const { owner: _owner, ...status } = job;
    return status;
  }

  clear(): void {
    this.jobs.clear();
  }
}
