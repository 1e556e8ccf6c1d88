/** The client's data: hand-overs, who saw my data, export links and erasure (beside api.ts). */
import {
  handoverPackageView,
  handoverPage,
  handoverRecipients,
  handoverView,
  receivedHandoverPage,
  type CreateHandoverRequest,
  type HandoverPackageView,
  type HandoverRecipientView,
  type HandoverView,
  type ReceivedHandoverView,
} from '../core/handovers';
import { accessPage, erasureResult, type AccessPage, type ErasureResult } from '../core/my-data';
import { request } from './api';

function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Downloads are plain links: the browser saves the file with the session cookie. */
export const exportUrl = (format: 'fhir' | 'csv') => `/api/v1/me/export?format=${format}`;

export const myDataApi = {
  handovers: (cursor?: string | null) =>
    request<{ items: HandoverView[]; nextCursor: string | null }>(
      'GET',
      `/handovers${query({ limit: 20, cursor })}`,
      handoverPage,
    ),
  handoverRecipients: () =>
    request<{ items: HandoverRecipientView[]; nextCursor: null }>(
      'GET',
      '/handovers/recipients',
      handoverRecipients,
    ),
  createHandover: (body: CreateHandoverRequest) =>
    request<HandoverView>('POST', '/handovers', handoverView, body),
  withdrawHandover: (id: string) =>
    request<HandoverView>('POST', `/handovers/${id}/withdraw`, handoverView),
  receivedHandovers: (cursor?: string | null) =>
    request<{ items: ReceivedHandoverView[]; nextCursor: string | null }>(
      'GET',
      `/handovers/received${query({ limit: 20, cursor })}`,
      receivedHandoverPage,
    ),
  handover: (id: string) =>
    request<HandoverPackageView>('GET', `/handovers/${id}`, handoverPackageView),
  accesses: (filters: { from?: string; to?: string; cursor?: string | null }) =>
    request<AccessPage>(
      'GET',
      `/me/audit${query({ from: filters.from, to: filters.to, cursor: filters.cursor, limit: 25 })}`,
      accessPage,
    ),
  eraseMe: (password: string) =>
    request<ErasureResult>('DELETE', '/me', erasureResult, { password }),
};
