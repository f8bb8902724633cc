import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { keys } from '../api/keys';
import { connectLive, type LiveStatus } from '../api/live';
import { applyLiveEvent } from './live-cache';

/** Keeps the workspace's live connection open while mounted and feeds it into the cache. */
export function useLiveUpdates(workspaceId: string | undefined, myUserId: string | undefined): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const userId = useRef(myUserId);
  userId.current = myUserId;

  useEffect(() => {
    if (!workspaceId) return;
    return connectLive(workspaceId, {
      onEvent: (event) => applyLiveEvent(queryClient, workspaceId, event, userId.current),
      onStatus: setStatus,
      onRefused: () => {
        setStatus('offline');
        void queryClient.invalidateQueries({ queryKey: keys.me });
      },
    });
  }, [workspaceId, queryClient]);

  return status;
}
