/**
 * The check-in's numbers that the web app's first page needs, apart from checkins.ts so that the
 * page can read them without downloading zod (the schemas stay on the server's side and on
 * pages loaded later).
 */

/** Longest comment accepted (the check-in takes under a minute; a concern has its own form). */
export const commentMaxLength = 4000;

/** Sessions up to this number carry the "is this a good fit for me?" reflection. */
export const earlySessionLimit = 5;
