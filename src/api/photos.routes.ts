/**
 * Therapists' profile photos. The upload is the raw image (`Content-Type: image/jpeg`, `image/png`
 * or `image/webp`), not JSON: the only route of the API that reads another body type, so its
 * parser and its 5 MB limit are registered in a scope of their own. CSRF applies as everywhere.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../core/errors';
import { isPhotoUploadType, photoMaxBytes, photoMaxMegabytes } from '../core/photos';
import type { AppDeps } from './context';
import { sendError } from './plugins/errors';
import { requireActor } from './plugins/session';
import { readPhoto, removeMyPhoto, uploadMyPhoto } from './photos.service';
import { errors, okBody } from './schemas';

const idParams = z.object({ id: z.uuid() });
const photoView = z.object({
  /** Where the re-encoded photo is served; its `v` changes with the image. */
  photoUrl: z.string(),
  width: z.number().int(),
  height: z.number().int(),
});
const tooLarge = { max: photoMaxMegabytes };

/** The media type without its parameters ("image/jpeg; charset=…" → "image/jpeg"). */
const mediaType = (header: string | undefined) =>
  (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

export async function photoRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(async (scope) => {
    // Every body is read as bytes here, so that any other type gets the photo's own 415 message
    // (JSON keeps its parser, and is refused the same way).
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: photoMaxBytes },
      (_request, body, done) => done(null, body),
    );
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return sendError(request, reply, 'photo_too_large', tooLarge);
      // Everything else is mapped by the app's one error handler.
      throw error;
    });
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.put(
      '/therapists/me/photo',
      {
        bodyLimit: photoMaxBytes,
        schema: {
          tags: ['directory'],
          summary: `Upload your profile photo: the raw image as the body, Content-Type image/jpeg, image/png or image/webp, at most ${photoMaxMegabytes} MB. It is re-encoded (all metadata removed) and cropped to a square of at most 512 pixels`,
          consumes: ['image/jpeg', 'image/png', 'image/webp'],
          response: { 200: photoView, ...errors(400, 401, 403, 413, 415) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const body: unknown = request.body;
        if (
          !isPhotoUploadType(mediaType(request.headers['content-type'])) ||
          !Buffer.isBuffer(body)
        )
          throw new AppError('photo_type_unsupported');
        if (body.byteLength > photoMaxBytes)
          throw new AppError('photo_too_large', { params: tooLarge });
        return uploadMyPhoto(deps, actor, body);
      },
    );
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.delete(
    '/therapists/me/photo',
    {
      schema: {
        tags: ['directory'],
        summary: 'Remove your profile photo',
        response: { 200: okBody, ...errors(401, 403, 404) },
      },
    },
    async (request) => {
      await removeMyPhoto(deps, requireActor(request));
      return { ok: true as const };
    },
  );

  r.get(
    '/therapists/:id/photo',
    {
      schema: {
        tags: ['directory'],
        summary:
          'A therapist’s profile photo (image/jpeg): public while the profile is published; the therapist always sees their own',
        params: idParams,
        querystring: z.object({ v: z.string().max(64).optional() }).strict(),
        response: { 200: z.string().describe('image/jpeg'), ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      const { photo, listed } = await readPhoto(deps, request.actor, request.params.id);
      const etag = `"${photo.etag}"`;
      void reply
        .header('ETag', etag)
        .header('Last-Modified', photo.updatedAt.toUTCString())
        // Private: whether a photo may be seen depends on who asks (the clinic, the owner).
        .header('Cache-Control', listed ? 'private, max-age=3600' : 'private, no-cache')
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Disposition', 'inline; filename="photo.jpg"');
      // The image is bytes, not the JSON the route's schema types: send it untyped.
      const raw = reply as unknown as FastifyReply;
      const match = request.headers['if-none-match'];
      if (typeof match === 'string' && match.split(',').some((tag) => tag.trim() === etag))
        return raw.code(304).send();
      return raw.type(photo.contentType).send(photo.image);
    },
  );
}
