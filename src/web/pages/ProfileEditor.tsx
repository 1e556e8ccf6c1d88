/**
 * The therapist's profile editor (Journeys → Therapist 1): an optional photo (uploaded on its
 * own, at once), the profile as a plain form, checked with the same schema the server uses, a
 * live preview of the card exactly as clients see it, and the weekly hours offered for free
 * consultations.
 */
import { useCallback } from 'react';
import { api } from '../api';
import { Alert } from '../components/Alert';
import { Page } from '../components/Page';
import { useI18n } from '../i18n';
import { useResource } from '../useResource';
import { errorMessage } from './errors';
import { Availability } from '../profile/Availability';
import { PhotoEditor } from '../profile/Photo';
import { ProfileForm } from '../profile/ProfileForm';

export function ProfileEditor() {
  const { t } = useI18n();
  const load = useCallback(() => api.myProfile(), []);
  const profile = useResource(load);

  return (
    <Page title={t('profile.title')} lead={t('profile.lead')}>
      {profile.error && !profile.data ? (
        <Alert kind="error">
          <p>{errorMessage(profile.error, t)}</p>
          <button type="button" className="button button--secondary" onClick={profile.reload}>
            {t('profile.retry')}
          </button>
        </Alert>
      ) : !profile.data ? (
        <p className="loading" role="status">
          {t('shell.loading')}
        </p>
      ) : (
        <>
          <PhotoEditor
            displayName={profile.data.displayName}
            photoUrl={profile.data.photoUrl}
            onChange={(photoUrl) =>
              profile.setData((current) => (current ? { ...current, photoUrl } : current))
            }
          />
          <ProfileForm profile={profile.data} onSaved={(saved) => profile.setData(() => saved)} />
          <Availability />
        </>
      )}
    </Page>
  );
}
