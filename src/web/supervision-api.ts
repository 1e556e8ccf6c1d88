/** The web client for supervision (beside api.ts): consent, the supervisor's list and a record. */
import { z } from 'zod';
import {
  supervisedEngagementView,
  supervisionConsentView,
  supervisionRecordView,
  type SupervisedEngagementView,
  type SupervisionConsentView,
  type SupervisionRecordView,
} from '../core/supervision';
import { request } from './api';

const supervisedPage = z.object({
  items: z.array(supervisedEngagementView),
  nextCursor: z.string().nullable(),
});

export const supervisionApi = {
  consent: (engagementId: string): Promise<SupervisionConsentView> =>
    request('GET', `/engagements/${engagementId}/supervision-consent`, supervisionConsentView),
  setConsent: (engagementId: string, consent: boolean): Promise<SupervisionConsentView> =>
    request('POST', `/engagements/${engagementId}/supervision-consent`, supervisionConsentView, {
      consent,
    }),
  supervised: (
    cursor?: string,
  ): Promise<{ items: SupervisedEngagementView[]; nextCursor: string | null }> =>
    request(
      'GET',
      `/supervision/engagements${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
      supervisedPage,
    ),
  record: (engagementId: string, reason: string): Promise<SupervisionRecordView> =>
    request(
      'GET',
      `/supervision/engagements/${engagementId}?reason=${encodeURIComponent(reason)}`,
      supervisionRecordView,
    ),
};
