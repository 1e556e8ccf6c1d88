/** Where to report a therapist's conduct outside the clinic (the clinic's list, or the defaults). */
import type { RegulatorContact } from '../../core/regulator';
import { useI18n } from '../i18n';

export function RegulatorList({ contacts }: { contacts: readonly RegulatorContact[] }) {
  const { t } = useI18n();
  return (
    <ul className="cards">
      {contacts.map((contact) => (
        <li key={`${contact.name}-${contact.region ?? ''}`} className="card">
          <h3>
            {contact.name}
            {contact.region ? <span className="crisis__region"> ({contact.region})</span> : null}
          </h3>
          <p>{contact.description}</p>
          {contact.phone || contact.url ? (
            <p>
              {contact.phone ? (
                <a href={`tel:${contact.phone}`}>{t('crisis.call', { phone: contact.phone })}</a>
              ) : null}
              {contact.phone && contact.url ? ' · ' : null}
              {contact.url ? (
                <a href={contact.url} rel="noreferrer">
                  {t('crisis.website')}
                </a>
              ) : null}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
