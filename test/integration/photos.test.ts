import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';
import { errorCode, expectStatus, therapistWithProfile } from '../helpers/directory';
import { signUp, type Person } from '../helpers/factories';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/* ---------- Images built here, byte by byte where it matters ---------- */

/** A TIFF/EXIF block (little-endian) whose IFD0 points to a GPS IFD: 48°51'24" N. */
function exifWithGps(): Buffer {
  const tiff = Buffer.alloc(80);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4); // IFD0 at 8
  // IFD0: one entry, GPSInfo (0x8825, LONG) → the GPS IFD at 26.
  tiff.writeUInt16LE(1, 8);
  tiff.writeUInt16LE(0x8825, 10);
  tiff.writeUInt16LE(4, 12);
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt32LE(26, 18);
  tiff.writeUInt32LE(0, 22); // no next IFD
  // GPS IFD at 26: GPSLatitudeRef "N", GPSLatitude (3 RATIONAL at 56).
  tiff.writeUInt16LE(2, 26);
  tiff.writeUInt16LE(0x0001, 28);
  tiff.writeUInt16LE(2, 30);
  tiff.writeUInt32LE(2, 32);
  tiff.write('N\0', 36, 'latin1');
  tiff.writeUInt16LE(0x0002, 40);
  tiff.writeUInt16LE(5, 42);
  tiff.writeUInt32LE(3, 44);
  tiff.writeUInt32LE(56, 48);
  tiff.writeUInt32LE(0, 52); // no next IFD
  [48, 1, 51, 1, 2400, 100].forEach((value, index) => tiff.writeUInt32LE(value, 56 + index * 4));
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

/** A JPEG marker segment: FF, the marker, the length (itself included), the payload. */
function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

const secretComment = 'Taken at 12 Quiet Lane, my home';

/** An 800 × 600 orange JPEG with the GPS block (APP1) and a comment (COM) right after SOI. */
async function jpegWithGps(): Promise<Buffer> {
  const plain = await sharp({
    create: { width: 800, height: 600, channels: 3, background: { r: 220, g: 120, b: 40 } },
  })
    .jpeg()
    .toBuffer();
  return Buffer.concat([
    plain.subarray(0, 2),
    segment(0xe1, exifWithGps()),
    segment(0xfe, Buffer.from(secretComment, 'latin1')),
    plain.subarray(2),
  ]);
}

const solid = (width: number, height: number) =>
  sharp({
    create: { width, height, channels: 4, background: { r: 30, g: 90, b: 200, alpha: 1 } },
  });

/* ---------- Requests ---------- */

type Method = 'GET' | 'PUT' | 'DELETE';

/** A request with a raw body, as the browser sends a file (the person's cookie and CSRF token). */
function send(
  who: Person | null,
  method: Method,
  url: string,
  body?: Buffer | string,
  contentType?: string,
  extra: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method,
    url,
    headers: {
      ...(who?.cookie ? { cookie: who.cookie } : {}),
      ...(who?.csrf && method !== 'GET' ? { 'x-csrf-token': who.csrf } : {}),
      ...(contentType ? { 'content-type': contentType } : {}),
      ...extra,
    },
    ...(body !== undefined ? { payload: body } : {}),
  });
}

const upload = (who: Person | null, body: Buffer | string, type = 'image/jpeg') =>
  send(who, 'PUT', '/api/v1/therapists/me/photo', body, type);

const photoOf = (id: string, who: Person | null = null, extra: Record<string, string> = {}) =>
  send(who, 'GET', `/api/v1/therapists/${id}/photo`, undefined, undefined, extra);

const storedPhotos = () =>
  t.handle.db.selectFrom('therapist_photos').select(['therapist_id', 'etag']).execute();

const profileOf = async (who: Person) =>
  (await expectStatus(who.request('GET', '/api/v1/therapists/me/profile'), 200)).json<{
    photoUrl: string | null;
  }>();

describe('profile photo upload', () => {
  it('re-encodes a JPEG: the GPS block and the comment are gone, it decodes, and it is a square', async () => {
    const therapist = await therapistWithProfile(t.app, 'Photo Owner');
    const original = await jpegWithGps();
    // The test image really carries what must be removed.
    expect((await sharp(original).metadata()).exif?.includes(Buffer.from('Exif\0\0'))).toBe(true);
    expect(original.includes(Buffer.from(secretComment, 'latin1'))).toBe(true);

    const response = await expectStatus(upload(therapist, original), 200);
    const body = response.json<{ photoUrl: string; width: number; height: number }>();
    expect(body).toMatchObject({ width: 512, height: 512 });
    expect(body.photoUrl).toMatch(
      new RegExp(`^/api/v1/therapists/${therapist.id}/photo\\?v=[\\w-]{16}$`),
    );

    // Served to anyone, since the profile is published.
    const served = await expectStatus(photoOf(therapist.id), 200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['cache-control']).toMatch(/max-age=\d+/);
    const etag = served.headers.etag;
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    const image = served.rawPayload;
    expect([...image.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    // No APP1 "Exif" block, no GPS data, no comment: not in the bytes, not in what sharp reads.
    expect(image.includes(Buffer.from('Exif', 'latin1'))).toBe(false);
    expect(image.includes(Buffer.from(secretComment, 'latin1'))).toBe(false);
    const meta = await sharp(image).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.comments ?? []).toEqual([]);
    expect(meta).toMatchObject({ format: 'jpeg', width: 512, height: 512 });
    // It decodes to the same colour (JPEG is lossy, so within a few levels).
    const { channels } = await sharp(image).stats();
    expect(channels.slice(0, 3).map((channel) => Math.round(channel.mean))).toEqual([
      expect.closeTo(220, -1),
      expect.closeTo(120, -1),
      expect.closeTo(40, -1),
    ]);

    // The stored bytes are the served bytes.
    const row = await t.handle.db
      .selectFrom('therapist_photos')
      .select(['image', 'content_type', 'width', 'height'])
      .where('therapist_id', '=', therapist.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(row.image).equals(image)).toBe(true);
    expect(row).toMatchObject({ content_type: 'image/jpeg', width: 512, height: 512 });

    // A second visit with the ETag costs nothing.
    const again = await photoOf(therapist.id, null, { 'if-none-match': etag as string });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);

    // The profile, the public page and the directory carry the URL.
    expect((await profileOf(therapist)).photoUrl).toBe(body.photoUrl);
    const page = await expectStatus(send(null, 'GET', `/api/v1/therapists/${therapist.id}`), 200);
    expect(page.json<{ photoUrl: string | null }>().photoUrl).toBe(body.photoUrl);
    const list = await expectStatus(send(null, 'GET', '/api/v1/therapists?limit=200'), 200);
    const card = list
      .json<{ items: { id: string; photoUrl: string | null }[] }>()
      .items.find((item) => item.id === therapist.id);
    expect(card?.photoUrl).toBe(body.photoUrl);

    // Audited as the therapist's own change.
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'resource_type'])
      .where('resource_id', '=', therapist.id)
      .where('resource_type', '=', 'therapist_photo')
      .execute();
    expect(audit).toEqual([
      {
        action: 'therapist_photo.upload',
        actor_id: therapist.id,
        resource_type: 'therapist_photo',
      },
    ]);
  });

  it('accepts PNG (transparency on white) and WebP, keeps a small photo small, and a new upload replaces the old', async () => {
    const therapist = await therapistWithProfile(t.app, 'Png Webp');
    const png = await solid(300, 200).png().toBuffer();
    const first = await expectStatus(upload(therapist, png, 'image/png'), 200);
    expect(first.json()).toMatchObject({ width: 200, height: 200 });

    const webp = await solid(640, 900).webp().toBuffer();
    const second = await expectStatus(upload(therapist, webp, 'image/webp'), 200);
    expect(second.json()).toMatchObject({ width: 512, height: 512 });
    expect(second.json<{ photoUrl: string }>().photoUrl).not.toBe(
      first.json<{ photoUrl: string }>().photoUrl,
    );
    const served = await expectStatus(photoOf(therapist.id), 200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(await sharp(served.rawPayload).metadata()).toMatchObject({ width: 512, height: 512 });
    const mine = (await storedPhotos()).filter((row) => row.therapist_id === therapist.id);
    expect(mine).toHaveLength(1);
  });

  it('refuses a GIF, a renamed text file, JSON and a mislabelled image with 415, writing nothing', async () => {
    const therapist = await therapistWithProfile(t.app, 'Wrong Types');
    const gif = await solid(40, 40).gif().toBuffer();
    expect(gif.subarray(0, 3).toString('latin1')).toBe('GIF');
    const attempts = [
      upload(therapist, gif, 'image/gif'),
      upload(therapist, gif, 'image/jpeg'),
      upload(therapist, 'Not a photo at all, only text in a file called photo.jpg', 'image/jpeg'),
      upload(therapist, JSON.stringify({ photo: 'x' }), 'application/json'),
      upload(therapist, await solid(40, 40).jpeg().toBuffer(), 'text/plain'),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode, response.body).toBe(415);
      expect(errorCode(response)).toBe('photo_type_unsupported');
      expect(response.json<{ error: { message: string } }>().error.message).toBe(
        'Please choose a photo in JPEG, PNG or WebP format.',
      );
    }
    expect((await storedPhotos()).some((row) => row.therapist_id === therapist.id)).toBe(false);
    expect((await profileOf(therapist)).photoUrl).toBeNull();
  });

  it('refuses more than 5 MB with 413 and a message that says the limit, in French too', async () => {
    const therapist = await therapistWithProfile(t.app, 'Too Big');
    const big = Buffer.concat([
      await solid(40, 40).jpeg().toBuffer(),
      Buffer.alloc(5 * 1024 * 1024),
    ]);
    const response = await upload(therapist, big);
    expect(response.statusCode).toBe(413);
    expect(errorCode(response)).toBe('photo_too_large');
    expect(response.json<{ error: { message: string } }>().error.message).toContain('5 MB');
    // (The limit is checked while reading, before who is asking matters: a visitor reading in French.)
    const french = await send(null, 'PUT', '/api/v1/therapists/me/photo', big, 'image/jpeg', {
      'accept-language': 'fr',
    });
    expect(french.statusCode).toBe(413);
    expect(french.json<{ error: { message: string } }>().error.message).toContain('5 Mo');
    expect((await storedPhotos()).some((row) => row.therapist_id === therapist.id)).toBe(false);
  });

  it('refuses corrupt bytes behind a JPEG, PNG or WebP signature with 400 and keeps the previous photo', async () => {
    const therapist = await therapistWithProfile(t.app, 'Corrupt Bytes');
    await expectStatus(upload(therapist, await solid(100, 100).jpeg().toBuffer()), 200);
    const before = await storedPhotos();
    const good = await solid(200, 200).jpeg().toBuffer();
    const corrupt = [
      upload(
        therapist,
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 7)]),
      ),
      upload(therapist, good.subarray(0, Math.floor(good.length / 2))),
      upload(
        therapist,
        Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64, 1)]),
        'image/png',
      ),
      upload(
        therapist,
        Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 nonsense', 'latin1'),
        'image/webp',
      ),
      upload(therapist, Buffer.alloc(0)),
    ];
    for (const response of await Promise.all(corrupt)) {
      expect(response.statusCode, response.body).toBe(400);
      expect(errorCode(response)).toBe('photo_unreadable');
    }
    expect(await storedPhotos()).toEqual(before);
  });
});

describe('who may see and change a photo', () => {
  it('an unpublished profile’s photo is 404 to everyone but its owner', async () => {
    const therapist = await therapistWithProfile(t.app, 'Not Yet Public', { published: false });
    await expectStatus(upload(therapist, await jpegWithGps()), 200);
    const client = await signUp(t.app, 'client', 'Curious Client');
    const other = await therapistWithProfile(t.app, 'Other Therapist');
    for (const who of [null, client, other]) {
      const response = await photoOf(therapist.id, who);
      expect(response.statusCode).toBe(404);
      expect(errorCode(response)).toBe('not_found');
    }
    const own = await expectStatus(photoOf(therapist.id, therapist), 200);
    expect(own.headers['cache-control']).toBe('private, no-cache');
    // The editor's preview has it; the public profile does not exist.
    expect((await profileOf(therapist)).photoUrl).not.toBeNull();
    expect((await send(null, 'GET', `/api/v1/therapists/${therapist.id}`)).statusCode).toBe(404);
    // Once published, it is public.
    await expectStatus(
      send(
        therapist,
        'PUT',
        '/api/v1/therapists/me/profile',
        JSON.stringify({
          displayName: 'Not Yet Public',
          languages: ['en'],
          modes: ['online'],
          timeZone: 'Europe/Paris',
          published: true,
        }),
        'application/json',
      ),
      200,
    );
    await expectStatus(photoOf(therapist.id, client), 200);
  });

  it('a photo uploaded before the profile is first saved shows in the editor', async () => {
    const therapist = await signUp(t.app, 'therapist', 'First Steps');
    await expectStatus(upload(therapist, await solid(64, 64).png().toBuffer(), 'image/png'), 200);
    expect((await profileOf(therapist)).photoUrl).toMatch(/\/photo\?v=/);
    expect((await photoOf(therapist.id)).statusCode).toBe(404);
  });

  it('another therapist changes only their own photo; clients cannot upload; anonymous gets 401', async () => {
    const owner = await therapistWithProfile(t.app, 'Photo Keeper');
    await expectStatus(upload(owner, await solid(80, 80).jpeg().toBuffer()), 200);
    const [ownerBefore] = (await storedPhotos()).filter((row) => row.therapist_id === owner.id);
    const served = (await expectStatus(photoOf(owner.id), 200)).rawPayload;

    const other = await therapistWithProfile(t.app, 'Someone Else');
    await expectStatus(upload(other, await solid(90, 90).png().toBuffer(), 'image/png'), 200);
    // "me" is always the caller: the other therapist's DELETE removes their own photo, not the owner's.
    await expectStatus(send(other, 'DELETE', '/api/v1/therapists/me/photo'), 200);
    const otherAgain = await send(other, 'DELETE', '/api/v1/therapists/me/photo');
    expect(otherAgain.statusCode).toBe(404);
    // There is no route to change someone else's photo.
    const byId = await send(
      other,
      'PUT',
      `/api/v1/therapists/${owner.id}/photo`,
      await solid(20, 20).jpeg().toBuffer(),
      'image/jpeg',
    );
    expect(byId.statusCode).toBe(404);

    const client = await signUp(t.app, 'client', 'Not A Therapist');
    const fromClient = await upload(client, await solid(20, 20).jpeg().toBuffer());
    expect(fromClient.statusCode).toBe(403);
    expect(errorCode(fromClient)).toBe('forbidden');
    expect((await send(client, 'DELETE', '/api/v1/therapists/me/photo')).statusCode).toBe(403);

    const anonymous = await upload(null, await solid(20, 20).jpeg().toBuffer());
    expect(anonymous.statusCode).toBe(401);
    expect(errorCode(anonymous)).toBe('unauthenticated');
    expect((await send(null, 'DELETE', '/api/v1/therapists/me/photo')).statusCode).toBe(401);

    // Signed in but without the CSRF token: refused before anything is read.
    const noCsrf = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/therapists/me/photo',
      headers: { cookie: owner.cookie ?? '', 'content-type': 'image/jpeg' },
      payload: await solid(20, 20).jpeg().toBuffer(),
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(errorCode(noCsrf)).toBe('csrf_invalid');

    const [ownerAfter] = (await storedPhotos()).filter((row) => row.therapist_id === owner.id);
    expect(ownerAfter).toEqual(ownerBefore);
    expect((await expectStatus(photoOf(owner.id), 200)).rawPayload.equals(served)).toBe(true);
  });

  it('the owner removes the photo: gone from the profile and the URL, audited; removing again is 404', async () => {
    const therapist = await therapistWithProfile(t.app, 'Removes Photo');
    await expectStatus(upload(therapist, await solid(50, 50).jpeg().toBuffer()), 200);
    await expectStatus(send(therapist, 'DELETE', '/api/v1/therapists/me/photo'), 200);
    expect((await profileOf(therapist)).photoUrl).toBeNull();
    expect((await photoOf(therapist.id)).statusCode).toBe(404);
    expect((await photoOf(therapist.id, therapist)).statusCode).toBe(404);
    expect((await send(therapist, 'DELETE', '/api/v1/therapists/me/photo')).statusCode).toBe(404);
    const audit = await t.handle.db
      .selectFrom('audit_events')
      .select('action')
      .where('resource_id', '=', therapist.id)
      .where('resource_type', '=', 'therapist_photo')
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
    expect(audit.map((event) => event.action).sort()).toEqual([
      'therapist_photo.remove',
      'therapist_photo.upload',
    ]);
  });

  it('a bad id is 400 and an unknown one 404', async () => {
    expect((await photoOf('not-a-uuid')).statusCode).toBe(400);
    expect((await photoOf('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
