/**
 * Concerns ("something feels off", DESIGN.md, Client 6). The client raises one about their own
 * therapy and chooses who hears it: nobody (a private note, which only they can list or delete),
 * their therapist (a flag through the signal engine, in the same transaction), and for a boundary
 * concern the clinic's administrators (an e-mail that names nobody, and a list they read here).
 * The words are sealed and screened on this server; risk language returns crisis resources.
 */
import { mayOnClinic, mayUseFeature } from '../core/access';
import type {
  ClinicConcernList,
  ConcernList,
  ConcernView,
  CreateConcernRequest,
  CreateConcernResult,
  SupportContactsView,
} from '../core/concerns';
import type { ConcernCategory } from '../core/guide';
import { AppError } from '../core/errors';
import { negotiateLocale, translate, type Locale } from '../core/i18n';
import { regulatorContactsFor } from '../core/regulator';
import { screenComment } from '../core/screening';
import { appendAudit } from '../storage/audit.repo';
import { findClinic } from '../storage/clinics.repo';
import {
  concernScreeningAad,
  concernTextAad,
  deletePrivateConcern,
  findConcernOf,
  insertConcern,
  listClinicAdmins,
  listConcernsOf,
  listReportedConcerns,
  openConcernText,
  type ConcernListRow,
  type ConcernRow,
} from '../storage/concerns.repo';
import { decodeCursor, encodeCursor, type Cursor } from '../storage/pagination';
import type { Executor } from '../storage/users.repo';
import { auditBy } from './audit';
import { crisisResourcesFor } from './checkins.service';
import type { Actor, AppDeps } from './context';
import { requireEngagement } from './engagements.service';
import { recomputeSignals } from './signals.service';

const iso = (value: Date | string) => new Date(value).toISOString();

function toConcernView(deps: Pick<AppDeps, 'sealer'>, row: ConcernListRow): ConcernView {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    therapist: { id: row.therapist_id, displayName: row.therapist_name },
    category: row.category as ConcernCategory,
    text: openConcernText(deps.sealer, row),
    sharedWithTherapist: row.shared_with_therapist,
    reportedToClinic: row.reported_to_clinic,
    createdAt: iso(row.created_at),
  };
}

function cursorOf(query: { cursor?: string | undefined }): Cursor | undefined {
  if (query.cursor === undefined) return undefined;
  const cursor = decodeCursor(query.cursor);
  if (!cursor) throw new AppError('invalid_cursor');
  return cursor;
}

function nextCursor<T extends { id: string; created_at: Date }>(rows: T[], limit: number) {
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return last ? encodeCursor({ at: iso(last.created_at), id: last.id }) : null;
}

function requireClient(actor: Actor): void {
  if (!mayUseFeature(actor, 'concern.manage')) throw new AppError('forbidden');
}

/** The clinic's crisis contacts and where to report a therapist's conduct, in the reader's language. */
export async function supportContacts(
  deps: AppDeps,
  clinicId: string,
  locale: Locale,
  db: Executor = deps.db,
): Promise<SupportContactsView> {
  const clinic = await findClinic(db, clinicId);
  return {
    crisisResources: await crisisResourcesFor(db, clinicId),
    regulatorContacts: regulatorContactsFor(clinic?.settings, locale),
  };
}

export async function createConcern(
  deps: AppDeps,
  actor: Actor,
  input: CreateConcernRequest,
  locale: Locale,
): Promise<CreateConcernResult> {
  const now = deps.clock();
  const mail: string[] = [];
  const result = await deps.db.transaction().execute(async (trx) => {
    const engagement = await requireEngagement(
      deps,
      trx,
      actor,
      input.engagementId,
      'concern.raise',
    );
    const id = deps.newId();
    const text = input.text.trim() === '' ? null : input.text.trim();
    // Screening runs here, on the server, never through a third-party service.
    const screening = text === null ? null : screenComment(text);
    const shared = input.shareWithTherapist;
    const reported = input.category === 'boundary' && (shared || input.reportToClinic === true);
    const row: ConcernRow = {
      id,
      clinic_id: engagement.clinic_id,
      engagement_id: engagement.id,
      client_id: actor.userId,
      category: input.category,
      text_ciphertext: text === null ? null : deps.sealer.seal(text, concernTextAad(id)),
      shared_with_therapist: shared,
      reported_to_clinic: reported,
      screening_labels: [...new Set(screening?.findings.map((finding) => finding.label) ?? [])],
      screening_ciphertext:
        screening && screening.findings.length > 0
          ? deps.sealer.seal(JSON.stringify(screening), concernScreeningAad(id))
          : null,
      created_at: now,
    };
    await insertConcern(trx, row);
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'concern.create',
        resourceType: 'concern',
        resourceId: id,
        subjectId: actor.userId,
        reason: shared ? 'shared' : reported ? 'reported' : 'private',
      }),
    ]);
    if (shared) {
      await recomputeSignals(deps, trx, { id: engagement.id, clinicId: engagement.clinic_id }, now);
    }
    if (reported) {
      // The e-mail names nobody and quotes nothing: the administrator reads it signed in.
      for (const admin of await listClinicAdmins(trx, engagement.clinic_id)) {
        const adminLocale = negotiateLocale(admin.locale, undefined);
        const params = { link: `${deps.publicUrl}/clinic/concerns` };
        mail.push(
          await deps.mailer.queue(trx, {
            clinicId: engagement.clinic_id,
            recipientId: admin.id,
            clientId: actor.userId,
            to: admin.email,
            subject: translate(adminLocale, 'mail.concern.boundary.subject', params),
            body: translate(adminLocale, 'mail.concern.boundary.body', params),
            kind: 'boundary_concern',
            now,
          }),
        );
      }
    }
    const view = toConcernView(deps, {
      ...row,
      therapist_id: engagement.therapist_id,
      therapist_name: engagement.therapist_name,
    });
    const risk = row.screening_labels.includes('risk');
    const contacts =
      risk || input.category === 'boundary'
        ? await supportContacts(deps, engagement.clinic_id, locale, trx)
        : null;
    return {
      ...view,
      ...(risk && contacts ? { crisisResources: contacts.crisisResources } : {}),
      ...(input.category === 'boundary' && contacts
        ? { regulatorContacts: contacts.regulatorContacts }
        : {}),
    };
  });
  await deps.mailer.deliver(mail);
  return result;
}

export async function listMyConcerns(
  deps: AppDeps,
  actor: Actor,
  query: { limit: number; cursor?: string | undefined; engagementId?: string | undefined },
): Promise<ConcernList> {
  requireClient(actor);
  const before = cursorOf(query);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const rows = await listConcernsOf(trx, actor.userId, {
      limit: query.limit,
      before,
      engagementId: query.engagementId,
    });
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'concern.list',
        resourceType: 'concern',
        resourceId: null,
        subjectId: actor.userId,
      }),
    ]);
    return {
      items: rows.slice(0, query.limit).map((row) => toConcernView(deps, row)),
      nextCursor: nextCursor(rows, query.limit),
    };
  });
}

/** A private note can be deleted by its author; a shared or reported concern is on record. */
export async function removeConcern(deps: AppDeps, actor: Actor, id: string): Promise<void> {
  requireClient(actor);
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const row = await findConcernOf(trx, actor.userId, id);
    if (!row) throw new AppError('not_found');
    if (!(await deletePrivateConcern(trx, actor.userId, id)))
      throw new AppError('transition_not_allowed');
    await appendAudit(trx, [
      auditBy(actor, now, {
        action: 'concern.delete',
        resourceType: 'concern',
        resourceId: id,
        subjectId: actor.userId,
      }),
    ]);
  });
}

/** The clinic's administrators read the boundary concerns reported to the clinic; each read is audited. */
export async function listClinicConcerns(
  deps: AppDeps,
  actor: Actor,
  query: { limit: number; cursor?: string | undefined },
): Promise<ClinicConcernList> {
  if (!mayOnClinic(actor, 'clinic.concerns.read', actor.clinicId)) throw new AppError('forbidden');
  const before = cursorOf(query);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const rows = await listReportedConcerns(trx, actor.clinicId, { limit: query.limit, before });
    const shown = rows.slice(0, query.limit);
    if (shown.length > 0) {
      await appendAudit(
        trx,
        shown.map((row) =>
          auditBy(actor, now, {
            action: 'concern.read',
            resourceType: 'concern',
            resourceId: row.id,
            subjectId: row.client_id,
          }),
        ),
      );
    }
    return {
      items: shown.map((row) => ({
        id: row.id,
        engagementId: row.engagement_id,
        client: { id: row.client_id, displayName: row.client_name },
        therapist: { id: row.therapist_id, displayName: row.therapist_name },
        category: 'boundary' as const,
        text: openConcernText(deps.sealer, row),
        sharedWithTherapist: row.shared_with_therapist,
        createdAt: iso(row.created_at),
      })),
      nextCursor: nextCursor(rows, query.limit),
    };
  });
}
