/** Accounts: roles, and the request and response schemas of the auth routes (shared with the web app). */
import { z } from 'zod';
import { locales } from './i18n';

export const roles = ['client', 'therapist', 'admin'] as const;
export type Role = (typeof roles)[number];

/** The roles a person may choose when signing up; administrators are created by the clinic. */
export const selfServiceRoles = ['client', 'therapist'] as const;

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ pattern: z.regexes.html5Email }));

export const displayNameSchema = z.string().trim().min(1).max(80);
export const localeSchema = z.enum(locales as ['en', 'fr']);

/** Kept loose here on purpose: the password rules (password.ts) give kinder, specific errors. */
export const passwordSchema = z.string().min(1).max(1024);

export const registerRequest = z
  .object({
    email: emailSchema,
    password: passwordSchema,
    displayName: displayNameSchema,
    role: z.enum(selfServiceRoles),
    locale: localeSchema.optional(),
  })
  .strict();
export type RegisterRequest = z.infer<typeof registerRequest>;

export const loginRequest = z
  .object({
    email: z.string().trim().min(1).max(254),
    password: passwordSchema,
    totp: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
  })
  .strict();
export type LoginRequest = z.infer<typeof loginRequest>;

export const userView = z.object({
  id: z.uuid(),
  clinicId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  locale: localeSchema.nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type UserView = z.infer<typeof userView>;

export const sessionView = z.object({ user: userView, csrfToken: z.string() });
export type SessionView = z.infer<typeof sessionView>;

export const updateMeRequest = z
  .object({
    displayName: displayNameSchema.optional(),
    locale: localeSchema.nullable().optional(),
  })
  .strict();
export type UpdateMeRequest = z.infer<typeof updateMeRequest>;
