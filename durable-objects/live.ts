import { DurableObject } from 'cloudflare:workers';
import type { LiveEvent } from './live-events';

/**
 * One object per workspace holding its browsers' WebSockets. It uses the hibernation API
 * (acceptWebSocket), so idle connections cost nothing while the object sleeps. Sockets are
 * tagged with the user id, so a removed member's connections can be closed.
 */
export class Live extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    // Answered by the runtime without waking the object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair('ping', 'pong'));
  }

  /** Accepts a WebSocket upgrade the Worker has already authorized (user id in `X-User-Id`). */
  override async fetch(request: Request): Promise<Response> {
    const userId = request.headers.get('X-User-Id');
    if (request.headers.get('Upgrade')?.toLowerCase() !== 'websocket' || !userId) {
      return new Response('Expected a WebSocket upgrade', { status: 426 });
    }
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1], [userId]);
    pair[1].send(JSON.stringify({ type: 'hello', at: new Date().toISOString() }));
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  /**
   * Sends events (one message each) to every connected browser; answers how many browsers
   * received them.
   */
  async publish(events: LiveEvent | readonly LiveEvent[]): Promise<number> {
    const messages = (Array.isArray(events) ? events : [events]).map((event) => JSON.stringify(event));
    let delivered = 0;
    for (const socket of this.ctx.getWebSockets()) {
      try {
        for (const data of messages) socket.send(data);
        delivered++;
      } catch {
        // A socket closing under us; its close handler cleans up.
      }
    }
    return delivered;
  }

  /** Closes a user's connections, e.g. when they are removed from the workspace. */
  async disconnect(userId: string): Promise<void> {
    for (const socket of this.ctx.getWebSockets(userId)) socket.close(4403, 'No longer a member');
  }

  /** Closes every connection, e.g. when the workspace is deleted. */
  async closeAll(code: number, reason: string): Promise<void> {
    for (const socket of this.ctx.getWebSockets()) socket.close(code, reason);
  }

  async connections(): Promise<number> {
    return this.ctx.getWebSockets().length;
  }

  override async webSocketMessage(): Promise<void> {
    // Clients only listen; anything but the auto-answered ping is ignored.
  }

  override async webSocketClose(socket: WebSocket, code: number, reason: string): Promise<void> {
    // Complete the closing handshake. 1005/1006 describe a close without a code and may not be sent.
    const sendable = code === 1000 || (code >= 3000 && code <= 4999);
    try {
      socket.close(sendable ? code : 1000, sendable ? reason : '');
    } catch {
      // Already closed.
    }
  }
}
