import { z } from '@hono/zod-openapi';
import { ResourceNotFound } from '../../core/http/errors';
import { createRouter, problemResponse, publicRoute } from '../../core/http/router';
import { verifyPath } from '../../lib/signed-url';
import { imageKey } from '../sources/ingest/images';

/**
 * /images/{sha256}: stored thumbnails and lead images, by signed link (see content's
 * `imageUrl`), so pages can show them in <img> without a bearer token.
 */
export const imageRoutes = createRouter().openapi(
  publicRoute({
    method: 'get',
    path: '/{hash}',
    tags: ['Content'],
    summary: "A stored image, through the signed link in a content item's imageUrl",
    request: {
      params: z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/) }),
      query: z.object({ exp: z.coerce.number().int(), sig: z.string().max(64) }),
    },
    responses: {
      200: { description: 'The image' },
      404: problemResponse('No such image, or the link is not valid (any more)'),
    },
  }),
  async (c) => {
    const { hash } = c.req.valid('param');
    const { exp, sig } = c.req.valid('query');
    if (!(await verifyPath(c.env.JWT_SECRET, c.req.path, exp, sig))) throw new ResourceNotFound('The image');
    const object = await c.env.MEDIA.get(imageKey(hash));
    if (!object) throw new ResourceNotFound('The image');
    const headers = new Headers();
    object.writeHttpMetadata(headers);
    headers.set('Cache-Control', `private, max-age=${Math.max(0, exp - Math.floor(Date.now() / 1000))}, immutable`);
    return c.body(object.body, 200, Object.fromEntries(headers));
  },
);
