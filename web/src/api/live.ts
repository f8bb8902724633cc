import type { LiveEvent } from '../../../worker/contracts';
import { ws } from './client';
import { ApiError, unwrap } from './problem';

export type { LiveEvent };
export type LiveStatus = 'connecting' | 'open' | 'offline';

const PING_EVERY_MS = 30_000;
const MAX_BACKOFF_MS = 30_000;
/** Close codes after which reconnecting would be refused: removed from, or deleted, workspace. */
const REFUSED_CLOSE_CODES = new Set([4403, 4404]);

interface Handlers {
  onEvent: (event: LiveEvent) => void;
  onStatus: (status: LiveStatus) => void;
  /** The server will not let us back in (removed from the workspace, session gone). */
  onRefused: () => void;
}

function isLiveEvent(value: unknown): value is LiveEvent {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  return value.type === 'job' || value.type === 'entity';
}

/**
 * Keeps a WebSocket to the workspace's live events open: each connection uses a fresh
 * one-minute ticket, pings every 30 s, and reconnects with jittered exponential backoff.
 * Returns a function that closes it for good.
 */
export function connectLive(workspaceId: string, handlers: Handlers): () => void {
  let socket: WebSocket | null = null;
  let ping: ReturnType<typeof setInterval> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let waiting = false;
  let stopped = false;

  const scheduleReconnect = () => {
    if (stopped) return;
    handlers.onStatus('offline');
    const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** failures) * (0.5 + Math.random() / 2);
    failures++;
    waiting = true;
    retry = setTimeout(connect, delay);
  };

  async function connect() {
    clearTimeout(retry);
    waiting = false;
    if (stopped) return;
    handlers.onStatus('connecting');
    let url: string;
    try {
      url = (await unwrap(ws.live.tickets.$post({ param: { workspaceId } }))).url;
    } catch (error) {
      if (error instanceof ApiError && [401, 403, 404].includes(error.status)) {
        stop();
        handlers.onRefused();
      } else {
        scheduleReconnect();
      }
      return;
    }
    if (stopped) return;
    const current = new WebSocket(url);
    socket = current;
    current.onopen = () => {
      failures = 0;
      handlers.onStatus('open');
      ping = setInterval(() => current.send('ping'), PING_EVERY_MS);
    };
    current.onmessage = (message) => {
      if (typeof message.data !== 'string' || message.data === 'pong') return;
      try {
        const event: unknown = JSON.parse(message.data);
        if (isLiveEvent(event)) handlers.onEvent(event);
      } catch {
        // Not an event (future message types are ignored by design).
      }
    };
    current.onclose = (event) => {
      clearInterval(ping);
      if (socket !== current || stopped) return;
      socket = null;
      if (REFUSED_CLOSE_CODES.has(event.code)) {
        stop();
        handlers.onRefused();
        return;
      }
      scheduleReconnect();
    };
  }

  // Back online: skip the rest of the backoff.
  const reconnectNow = () => {
    if (waiting && !stopped) {
      failures = 0;
      void connect();
    }
  };

  function stop() {
    stopped = true;
    clearTimeout(retry);
    clearInterval(ping);
    window.removeEventListener('online', reconnectNow);
    socket?.close(1000, 'Leaving');
    socket = null;
  }

  window.addEventListener('online', reconnectNow);
  void connect();
  return stop;
}
