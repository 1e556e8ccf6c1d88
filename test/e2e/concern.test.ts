import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openOutboxRow } from '../../src/storage/outbox.repo';
import { goodPassword } from '../helpers/app';
import { activeEngagement, type Person } from '../helpers/factories';
import { collectConsoleErrors, expectNoAxeViolations, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const day = 86_400_000;

async function attended(therapist: Person, engagementId: string, daysAgo: number) {
  const session = await therapist.request('POST', `/api/v1/engagements/${engagementId}/sessions`, {
    scheduledAt: new Date(Date.now() - daysAgo * day).toISOString(),
  });
  const id = session.json<{ id: string }>().id;
  await therapist.request('PATCH', `/api/v1/sessions/${id}`, { status: 'attended' });
  return id;
}

async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto(`${h.baseUrl}/sign-in`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(goodPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /Hello/ }).waitFor();
}

describe('raising a concern, then ending and switching', () => {
  it('goes from My therapy to a shared concern the therapist sees, then through the ending flow', async () => {
    const { client, therapist, engagementId } = await activeEngagement(h.started.app);
    // One session with both check-ins (the charts have data), one still owed.
    const first = await attended(therapist, engagementId, 8);
    for (const [instrument, answers] of [
      ['alliance', { heard: 9.4, goals: 9.1, approach: 9.2, safety: 9.6, overall: 9.3 }],
      ['wellbeing', { personal: 6, relationships: 5, social: 6, overall: 6 }],
    ] as const) {
      const done = await client.request(
        'POST',
        `/api/v1/sessions/${first}/checkins`,
        { instrument, answers },
        { 'idempotency-key': `e2e-${instrument}` },
      );
      expect(done.statusCode).toBe(201);
    }
    await attended(therapist, engagementId, 1);

    const context = await h.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'en-CA',
    });
    const page = await context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    await signInAs(page, client.email);

    // My therapy: the check-in still owed, the charts with their tables, the goals.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My therapy' })
      .click();
    await page.getByRole('heading', { name: 'My therapy', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Check-ins waiting for you' }).waitFor();
    await page.locator('canvas').first().waitFor();
    expect(await page.locator('table caption').count()).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page, 'my therapy');

    // The check-in still owed opens the check-in page.
    await page.getByRole('button', { name: 'Check in now' }).click();
    await page
      .getByRole('heading', { name: 'How did your session with Therapist feel?' })
      .waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'My therapy', level: 1 }).waitFor();

    // Something feels off: the concern form, reached from My therapy.
    await page.getByRole('link', { name: 'Something feels off with Therapist?' }).click();
    await page.getByRole('heading', { name: 'Something feels off?', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'concern form');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('alert').getByText('A few things are missing').waitFor();
    await expectNoAxeViolations(page, 'concern form with errors');

    await page.getByLabel('I felt judged or criticised').check();
    // The guidance for this category, with words for the next session.
    await page.getByRole('heading', { name: 'Saying it' }).waitFor();
    await page.getByText('I felt judged. I’d like to talk about that', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'concern form with guidance');

    // The red-flags guide, linked from the form (public, no sign-in needed).
    await page.getByRole('link', { name: 'Read the guide to red flags and what to do' }).click();
    await page
      .getByRole('heading', { name: 'When therapy feels right, and when it doesn’t', level: 1 })
      .waitFor();
    await page.getByRole('heading', { name: 'You feel judged or shamed' }).waitFor();
    await page.getByRole('heading', { name: 'Reporting a boundary problem' }).waitFor();
    await page.getByText('The college or licensing board that registers your therapist').waitFor();
    await expectNoAxeViolations(page, 'red-flags guide');
    await page.goBack();
    await page.getByRole('heading', { name: 'Something feels off?', level: 1 }).waitFor();

    const words = 'When I talked about my sister you said I was being dramatic.';
    await page.getByLabel('I felt judged or criticised').check();
    await page.getByLabel('In your own words (optional)').fill(words);
    await page.getByLabel('Share it with Therapist now').check();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Thank you for saying it. Therapist will see it').waitFor();
    await page.getByRole('heading', { name: 'My notes and concerns' }).waitFor();
    await page.getByText(words).waitFor();
    await expectNoAxeViolations(page, 'concern sent');

    const stored = await h.started.handle.db
      .selectFrom('concerns')
      .select(['category', 'shared_with_therapist', 'text_ciphertext'])
      .where('client_id', '=', client.id)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ category: 'felt_judged', shared_with_therapist: true });
    expect(stored[0]?.text_ciphertext).not.toContain('sister');

    // The therapist sees the flag in the caseload, with the client's words.
    const therapistContext = await h.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-CA',
    });
    const therapistPage = await therapistContext.newPage();
    await signInAs(therapistPage, therapist.email);
    await therapistPage.goto(`${h.baseUrl}/caseload`);
    await therapistPage.getByRole('heading', { name: 'Your caseload', level: 1 }).waitFor();
    await therapistPage.getByText('Your client raised a concern').first().waitFor();
    await therapistPage.getByText(words, { exact: false }).first().waitFor();
    await expectNoAxeViolations(therapistPage, 'caseload with a concern');
    await therapistContext.close();

    // Ending: from My therapy, through the guided steps.
    await page.goto(`${h.baseUrl}/my-therapy`);
    await page.getByRole('heading', { name: 'My therapy', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'End or switch therapist' }).click();
    await page
      .getByRole('heading', { name: 'Ending your work with Therapist', level: 1 })
      .waitFor();
    await page.getByRole('link', { name: 'Answer a few questions to find a good fit' }).waitFor();
    await page.getByRole('link', { name: 'Compare the therapists I met' }).waitFor();
    await expectNoAxeViolations(page, 'ending flow');
    await page.getByLabel('The way we work does not suit me').check();
    await page.getByText('saying this to Therapist often changes things').waitFor();

    await page.getByRole('button', { name: 'End my work with Therapist' }).click();
    await page.getByText('Please choose a reason.').first().waitFor();
    await expectNoAxeViolations(page, 'ending flow with errors');

    await page.getByLabel('Why are you ending?').selectOption('switched_therapist');
    const message = page.getByLabel('Your message');
    expect(await message.inputValue()).toContain('I have decided to end our sessions');
    await message.fill(
      'Dear Therapist,\n\nThank you for our sessions. I am moving to someone whose approach suits me better.\n\nClient',
    );
    await page.getByRole('button', { name: 'End my work with Therapist' }).click();
    await page.getByRole('heading', { name: 'Your work has ended', level: 1 }).waitFor();
    await page.getByText('your message is on its way').waitFor();
    await expectNoAxeViolations(page, 'ending done');

    const engagement = await h.started.handle.db
      .selectFrom('engagements')
      .select(['status', 'end_reason'])
      .where('id', '=', engagementId)
      .executeTakeFirstOrThrow();
    expect(engagement).toEqual({ status: 'ended', end_reason: 'switched_therapist' });
    const mail = (
      await h.started.handle.db
        .selectFrom('outbox_messages')
        .selectAll()
        .where('recipient_id', '=', therapist.id)
        .where('kind', '=', 'ending_message')
        .execute()
    ).map((row) => openOutboxRow(h.started.deps.sealer, row));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.body).toContain('someone whose approach suits me better');

    // The only failed load is the anonymous GET /me before signing in.
    expect(consoleErrors.filter((text) => !/status of 401/.test(text))).toEqual([]);
    await context.close();
  });
});
