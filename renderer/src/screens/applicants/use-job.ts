import { useCallback, useState } from 'react';
import type { JobResult, JobStatus } from '../../../../shared/contract';
import { errorPayload, type ErrorCode } from '../../../../shared/errors';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useGeneration } from '../../data/generation';

const POLL_MS = 250;

/**
 * Follows one long job in main (reading or storing a spreadsheet): `follow(jobId)` polls
 * jobs.status until the job ends, exposing the latest progress, and resolves with the
 * result or throws the job's error as an ApiError, like any other call.
 */
export function useJob() {
  const [progress, setProgress] = useState<JobStatus | null>(null);
  const generation = useGeneration();

  const follow = useCallback(
    async (jobId: string): Promise<JobResult> => {
      for (;;) {
        const status = await api.jobs.status({ jobId });
        if (!generation.alive()) throw new Error('left the screen');
        setProgress(status);
        if (status.state === 'done' && status.result) return status.result;
        if (status.state === 'failed') {
          const e = status.error;
          throw new ApiError(e ? { code: e.code as ErrorCode, message: e.message, details: {} } : errorPayload('INTERNAL'));
        }
        await new Promise((r) => window.setTimeout(r, POLL_MS));
      }
    },
    [generation],
  );

  const reset = useCallback(() => setProgress(null), []);
  return { progress, follow, reset };
}
