import { useCallback, useMemo, useRef, useState } from 'react';
import type { DeskQueue, DeskStatus } from '../../../../shared/contract';
import { api } from '../../api/client';
import type { useSerialMutation } from '../../data/use-serial';
import { orderedCriteria } from './criteria-order';

type Enqueue = ReturnType<typeof useSerialMutation>['enqueue'];

/**
 * The member's queue for one round and the rubric's criteria in desk order. Read through the
 * desk's serial queue, so it always reflects every save asked before it.
 */
export function useDeskQueue(roundId: string, enqueue: Enqueue) {
  const [queue, setQueue] = useState<DeskQueue | null>(null);
  const [queueError, setQueueError] = useState<unknown>(null);
  // Read by callbacks between renders (keys pressed faster than React renders).
  const queueRef = useRef<DeskQueue | null>(null);
  queueRef.current = queue;

  const criteria = useMemo(() => (queue ? orderedCriteria(queue.rubric) : []), [queue]);
  const criteriaRef = useRef(criteria);
  criteriaRef.current = criteria;

  const setItemStatus = useCallback((id: string, status: DeskStatus) => {
    setQueue((q) => (q ? { ...q, items: q.items.map((i) => (i.applicantId === id && i.status !== status ? { ...i, status } : i)) } : q));
  }, []);

  const reloadQueue = useCallback(async (): Promise<DeskQueue | null> => {
    const r = await enqueue(() => api.desk.queue({ roundId }));
    if (!r) return null;
    if (!r.ok) {
      setQueueError(r.error);
      return null;
    }
    setQueueError(null);
    setQueue(r.value);
    return r.value;
  }, [enqueue, roundId]);

  return { queue, queueError, queueRef, criteria, criteriaRef, setItemStatus, reloadQueue };
}

export type DeskQueueState = ReturnType<typeof useDeskQueue>;
