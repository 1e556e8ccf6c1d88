/**
 * The client's own data: who accessed it (from the audit log), an export (FHIR R4 or CSV), and
 * erasure of the account with everything personal in it. Each is audited in its transaction.
 */
import { mayUseFeature } from '../core/access';
import { AppError } from '../core/errors';
import { buildExportBundle, type FhirBundle } from '../core/fhir/export';
import { toCsv, type CsvCell } from '../core/csv';
import { translate, type Locale } from '../core/i18n';
import { findInstrument, localize, rapportFhirBase } from '../core/instruments';
import {
  accessWhatKey,
  type AccessPage,
  type AccessQuery,
  type ErasureResult,
} from '../core/my-data';
import { concernGuidance, type ConcernCategory } from '../core/guide';
import { appendAudit } from '../storage/audit.repo';
import { concernTextAad } from '../storage/concerns.repo';
import { eraseClientData } from '../storage/erasure.repo';
import { listAccessesTo, readClientExport, type ExportRows } from '../storage/my-data.repo';
import { findUserById, type UserRow } from '../storage/users.repo';
import { auditBy } from './audit';
import { bucket, enforceLimit, recordFailure } from './auth.service';
import type { Actor, AppDeps } from './context';

const iso = (value: Date | string) => new Date(value).toISOString();

/* ---------- Who saw my data ---------- */

function encodeAccessCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

function decodeAccessCursor(text: string): { at: string; id: string } | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [at, id] = value as unknown[];
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return undefined;
    if (typeof id !== 'string' || !/^\d{1,18}$/.test(id)) return undefined;
    return { at, id };
  } catch {
    return undefined;
  }
}

/** A date (YYYY-MM-DD) is the start of that day in UTC; `to` of a date covers the whole day. */
function bound(value: string | undefined, end: boolean): Date | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const start = new Date(`${value}T00:00:00Z`);
    return end ? new Date(start.getTime() + 86_400_000) : start;
  }
  return new Date(value);
}

export async function listMyAccesses(
  deps: AppDeps,
  actor: Actor,
  query: AccessQuery,
  locale: Locale,
): Promise<AccessPage> {
  if (!mayUseFeature(actor, 'my-data.read')) throw new AppError('forbidden');
  const after = query.cursor === undefined ? undefined : decodeAccessCursor(query.cursor);
  if (query.cursor !== undefined && !after) throw new AppError('invalid_cursor');
  const from = bound(query.from, false);
  const to = bound(query.to, true);
  if (from && to && from.getTime() >= to.getTime()) {
    throw new AppError('validation_failed', { params: { detail: 'from must be before to' } });
  }
  // Reading one's own access log is reading one's own account: not itself an access by someone
  // else, so it is not listed there (and not audited, like GET /me).
  const rows = await listAccessesTo(
    deps.db,
    { userId: actor.userId, clinicId: actor.clinicId },
    { from, to, limit: query.limit, after },
  );
  const visible = rows.slice(0, query.limit);
  const last = visible.at(-1);
  return {
    items: visible.map((row) => {
      const role = row.actor_role;
      return {
        id: row.id,
        occurredAt: iso(row.occurred_at),
        actor: {
          role: role === 'client' || role === 'therapist' || role === 'admin' ? role : 'system',
          displayName: row.actor_name,
        },
        action: row.action,
        what: translate(locale, accessWhatKey(row.action)),
        outcome: row.outcome === 'denied' || row.outcome === 'failure' ? row.outcome : 'success',
      };
    }),
    nextCursor:
      rows.length > query.limit && last ? encodeAccessCursor(iso(last.occurred_at), last.id) : null,
  };
}

/* ---------- Export ---------- */

async function requireClient(deps: AppDeps, actor: Actor): Promise<UserRow> {
  if (!mayUseFeature(actor, 'my-data.read')) throw new AppError('forbidden');
  const user = await findUserById(deps.db, actor.userId);
  if (!user) throw new AppError('unauthenticated');
  return user;
}

function questionnaireOf(instrumentId: string) {
  const instrument = findInstrument(instrumentId);
  return {
    instrument,
    url: instrument?.url ?? `${rapportFhirBase}/Questionnaire/${instrumentId}`,
  };
}

async function gather(
  deps: AppDeps,
  actor: Actor,
  format: 'fhir' | 'csv',
): Promise<{ user: UserRow; rows: ExportRows }> {
  const user = await requireClient(deps, actor);
  const now = deps.clock();
  const rows = await deps.db.transaction().execute(async (trx) => {
    const data = await readClientExport(trx, actor.userId);
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'data.export',
        resourceType: 'user',
        resourceId: actor.userId,
        subjectId: actor.userId,
        reason: format,
      }),
    ]);
    return data;
  });
  return { user, rows };
}

export async function exportFhir(deps: AppDeps, actor: Actor, locale: Locale): Promise<FhirBundle> {
  const { user, rows } = await gather(deps, actor, 'fhir');
  const therapistOf = new Map(rows.engagements.map((e) => [e.id, e.therapist_id]));
  const therapistNameOf = new Map(rows.engagements.map((e) => [e.id, e.therapist_name]));
  const practitioners = new Map<string, string>();
  for (const e of rows.engagements) practitioners.set(e.therapist_id, e.therapist_name);
  for (const c of rows.consultations) practitioners.set(c.therapist_id, c.therapist_name);
  for (const h of rows.handovers) practitioners.set(h.to_therapist_id, h.to_therapist_name);
  const known = (id: string | null) => (id !== null && practitioners.has(id) ? id : null);
  const sealer = deps.sealer;
  return buildExportBundle({
    bundleId: deps.newId(),
    baseUrl: `${deps.publicUrl}/fhir`,
    generatedAt: deps.clock(),
    patient: {
      id: user.id,
      displayName: user.display_name,
      email: user.email,
      locale: user.locale,
    },
    practitioners: [...practitioners].map(([id, displayName]) => ({ id, displayName })),
    checkins: rows.checkins.map((c) => {
      const { instrument, url } = questionnaireOf(c.instrument_id);
      const title = instrument ? localize(instrument.title, locale, instrument.language) : '';
      return {
        id: c.id,
        instrumentId: c.instrument_id,
        questionnaireUrl: url,
        scaleTitles: Object.fromEntries(
          Object.keys(c.scores).map((scale) => [scale, title ? `${title} (${scale})` : scale]),
        ),
        practitionerId: therapistOf.get(c.engagement_id) ?? '',
        submittedAt: new Date(c.submitted_at),
        answers: c.answers,
        scores: c.scores,
        comment:
          c.comment_ciphertext === null
            ? null
            : sealer.open(c.comment_ciphertext, `checkins.comment:${c.id}`),
      };
    }),
    goals: rows.goals.map((g) => ({
      id: g.id,
      title: sealer.open(g.title_ciphertext, `goals.title:${g.id}`),
      status: g.status,
      createdAt: new Date(g.created_at),
      ratings: rows.goalRatings
        .filter((r) => r.goal_id === g.id)
        .map((r) => ({
          id: r.id,
          raterRole: r.rater_role,
          raterId: r.rater_id,
          progress: r.progress,
          agreement: r.agreement,
          ratedAt: new Date(r.rated_at),
        })),
    })),
    appointments: [
      ...rows.sessions.map((s) => {
        const start = new Date(s.scheduled_at);
        return {
          id: s.id,
          kind: 'session' as const,
          practitionerId: therapistOf.get(s.engagement_id) ?? '',
          start,
          end: new Date(start.getTime() + s.duration_minutes * 60_000),
          status: s.status,
        };
      }),
      ...rows.consultations.map((c) => ({
        id: c.id,
        kind: 'consultation' as const,
        practitionerId: c.therapist_id,
        start: new Date(c.starts_at),
        end: new Date(c.ends_at),
        status: c.status,
      })),
    ],
    concerns: rows.concerns.map((c) => ({
      id: c.id,
      category: translate(locale, concernGuidance[c.category as ConcernCategory].labelKey),
      text:
        c.text_ciphertext === null ? null : sealer.open(c.text_ciphertext, concernTextAad(c.id)),
      sharedWith: c.shared_with_therapist ? (therapistOf.get(c.engagement_id) ?? null) : null,
      reportedToClinic: c.reported_to_clinic,
      createdAt: new Date(c.created_at),
    })),
    endingMessages: rows.endingMessages.map((m) => ({
      id: m.id,
      practitionerId: known(m.recipient_id),
      text: sealer.open(m.body_ciphertext, `outbox_messages.body:${m.id}`),
      sentAt: m.created_at,
    })),
    handovers: rows.handovers.map((h) => ({
      id: h.id,
      toPractitionerId: h.to_therapist_id,
      parts: h.include.map((part) =>
        translate(locale, `handover.part.${part as 'goals' | 'checkins' | 'summary'}`),
      ),
      summary:
        h.summary_ciphertext === null
          ? null
          : sealer.open(h.summary_ciphertext, `handovers.summary:${h.id}`),
      createdAt: new Date(h.created_at),
      expiresAt: new Date(h.expires_at),
      withdrawnAt: h.withdrawn_at === null ? null : new Date(h.withdrawn_at),
    })),
    supervisionConsents: rows.supervisionConsents.map((c) => ({
      id: c.id,
      description: translate(locale, 'myData.export.supervision', {
        therapist: therapistNameOf.get(c.engagement_id) ?? '',
      }),
      grantedAt: new Date(c.granted_at),
      withdrawnAt: c.withdrawn_at === null ? null : new Date(c.withdrawn_at),
    })),
    labels: {
      consultation: translate(locale, 'myData.export.consultation'),
      session: translate(locale, 'myData.export.session'),
      goalProgress: translate(locale, 'myData.export.goalProgress'),
      goalAgreement: translate(locale, 'myData.export.goalAgreement'),
      concernShared: translate(locale, 'myData.export.concernShared'),
      concernPrivate: translate(locale, 'myData.export.concernPrivate'),
      concernReported: translate(locale, 'myData.export.concernReported'),
      endingMessage: translate(locale, 'myData.export.endingMessage'),
    },
  });
}

export const csvHeader = [
  'checkin_id',
  'submitted_at',
  'instrument',
  'therapist',
  'session_date',
  'item',
  'question',
  'answer',
  'comment',
] as const;

/** One row per answered item of every check-in the client completed. */
export async function exportCsv(deps: AppDeps, actor: Actor, locale: Locale): Promise<string> {
  const { rows } = await gather(deps, actor, 'csv');
  const therapistName = new Map(rows.engagements.map((e) => [e.id, e.therapist_name]));
  const sessionAt = new Map(rows.sessions.map((s) => [s.id, iso(s.scheduled_at)]));
  const lines: CsvCell[][] = [];
  for (const c of rows.checkins) {
    const { instrument } = questionnaireOf(c.instrument_id);
    const comment =
      c.comment_ciphertext === null
        ? null
        : deps.sealer.open(c.comment_ciphertext, `checkins.comment:${c.id}`);
    for (const [itemId, answer] of Object.entries(c.answers)) {
      const item = instrument?.items.find((i) => i.id === itemId);
      lines.push([
        c.id,
        iso(c.submitted_at),
        c.instrument_id,
        therapistName.get(c.engagement_id) ?? null,
        sessionAt.get(c.session_id) ?? null,
        itemId,
        item && instrument ? localize(item.text, locale, instrument.language) : null,
        answer,
        comment,
      ]);
    }
  }
  return toCsv(csvHeader, lines);
}

/* ---------- Erasure ---------- */

export async function eraseMe(
  deps: AppDeps,
  actor: Actor,
  password: string,
  locale: Locale,
): Promise<ErasureResult> {
  // A therapist's or administrator's account carries clients' records: the clinic closes it.
  if (!mayUseFeature(actor, 'account.erase')) throw new AppError('erasure_not_available');
  const user = await findUserById(deps.db, actor.userId);
  if (!user) throw new AppError('unauthenticated');
  const now = deps.clock();
  // Guessing the password from a stolen session is limited like guessing it at sign-in: the
  // same bucket, so wrong guesses here and there add up, lock the account and tell its holder.
  const accountBucket = bucket(deps, 'account', user.email);
  await enforceLimit(deps, accountBucket, deps.loginLimits.perAccount, now);
  if (!(await deps.verifyPassword(user.password_hash, password))) {
    await recordFailure(deps, user, [accountBucket], now, 'erasure');
    throw new AppError('erasure_password_mismatch');
  }
  await deps.db.transaction().execute(async (trx) => {
    await eraseClientData(
      trx,
      {
        userId: user.id,
        clinicId: user.clinic_id,
        email: user.email,
        displayName: user.display_name,
        loginBuckets: [accountBucket],
      },
      deps.sealer,
    );
    // Only the random account id, which nothing maps to a person any more.
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'account.erase',
        resourceType: 'user',
        resourceId: user.id,
        subjectId: user.id,
      }),
    ]);
  });
  return { erased: true, kept: translate(locale, 'myData.deleteKeeps') };
}
