import { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { ResourceNotFound } from '../../core/http/errors';
import { createRouter, problemResponse, publicRoute } from '../../core/http/router';
import { Id } from '../../core/http/schemas';
import { media } from '../../db/schema/media';
import { verifyPath } from '../../lib/signed-url';
import { serveContent } from './serve-content';

/**
 * /media-files/{mediaId}: a library file through the signed link in its `previewUrl`, so the
 * web app can put it in <img> and <video src> (which send no Authorization header). The link
 * is handed only to callers who may see the file, and names it: the signature is the access.
 */
export const previewRoutes = createRouter().openapi(
  publicRoute({
    method: 'get',
    path: '/{mediaId}',
    tags: ['Media'],
    summary: 'A library file, through the signed link in its previewUrl (Range, If-None-Match)',
    request: {
      params: z.object({ mediaId: Id }),
      query: z.object({ exp: z.coerce.number().int(), sig: z.string().max(64) }),
    },
    responses: {
      200: { description: 'The file' },
      206: { description: 'The requested byte range' },
      404: problemResponse('No such file, or the link is not valid (any more)'),
    },
  }),
  async (c) => {
    const { exp, sig } = c.req.valid('query');
    if (!(await verifyPath(c.env.JWT_SECRET, c.req.path, exp, sig))) throw new ResourceNotFound('The file');
    const [row] = await c
      .get('db')
      .select()
      .from(media)
      .where(eq(media.id, c.req.valid('param').mediaId));
    if (!row) throw new ResourceNotFound('The file');
    const maxAge = Math.max(0, exp - Math.floor(Date.now() / 1000));
    return serveContent(c.env.MEDIA, row, c.req.raw.headers, `private, max-age=${maxAge}`);
  },
);
