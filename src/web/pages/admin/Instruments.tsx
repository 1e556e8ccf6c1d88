/**
 * Imported questionnaires (/admin/instruments): upload a FHIR R4 Questionnaire (JSON) with
 * Rapport's scoring extension; a bad file gets the list of every problem (where, and what is
 * wrong), a good one its summary; below, the questionnaires the clinic imported.
 */
import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { adminApi, type ImportedInstrument } from '../../admin-api';
import { ApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { describedByFor, FieldNotes } from '../../components/Field';
import { Page } from '../../components/Page';
import { ScrollTable } from '../../components/TableParts';
import { formatScore } from '../../format';
import { useI18n } from '../../i18n';
import { useResource } from '../../useResource';
import { errorMessage } from '../errors';
import { summarizeInstruments } from './instrument-summaries';
import { BackToClinic } from './parts';

const maxBytes = 512 * 1024;

interface Problem {
  path: string;
  message: string;
}

export function Instruments() {
  const { t, locale } = useI18n();
  const inputId = useId();
  const file = useRef<HTMLInputElement>(null);
  const load = useCallback(() => adminApi.instruments(), []);
  const list = useResource(load);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<Problem[]>([]);
  const [imported, setImported] = useState<ImportedInstrument | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setError(null);
    setReport([]);
    setImported(null);
    const chosen = file.current?.files?.[0];
    if (!chosen) return setProblem(t('adm.instruments.choose'));
    if (chosen.size > maxBytes) return setProblem(t('adm.instruments.tooLarge'));
    let json: unknown;
    try {
      json = JSON.parse(await chosen.text());
    } catch (caught) {
      return setProblem(
        t('adm.instruments.notJson', {
          detail: caught instanceof Error ? caught.message : '',
        }),
      );
    }
    setBusy(true);
    try {
      setImported(await adminApi.importInstrument(json));
      if (file.current) file.current.value = '';
      list.reload();
    } catch (caught) {
      setError(errorMessage(caught, t));
      setReport(caught instanceof ApiError ? caught.problems : []);
    } finally {
      setBusy(false);
    }
  };

  const importedList = summarizeInstruments(list.data ?? [], locale).filter((i) => !i.builtin);

  return (
    <Page title={t('adm.instruments.title')} lead={t('adm.instruments.lead')}>
      <BackToClinic />
      <form className="form panel" noValidate onSubmit={(event) => void submit(event)}>
        <div className={problem ? 'field field--error' : 'field'}>
          <label htmlFor={inputId}>{t('adm.instruments.file')}</label>
          <FieldNotes id={inputId} hint={t('adm.instruments.fileHint')} error={problem} />
          <input
            ref={file}
            id={inputId}
            type="file"
            accept="application/json,application/fhir+json,.json"
            aria-invalid={problem ? true : undefined}
            aria-describedby={describedByFor(inputId, true, problem)}
            onChange={() => setProblem(null)}
          />
        </div>
        <div className="button-row">
          <button className="button" type="submit" disabled={busy}>
            {busy ? t('form.working') : t('adm.instruments.submit')}
          </button>
        </div>
      </form>

      {error ? <Alert kind="error">{error}</Alert> : null}
      {report.length > 0 ? (
        <ScrollTable label={t('adm.instruments.report', { count: report.length })}>
          <table className="data-table">
            <caption>{t('adm.instruments.report', { count: report.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('adm.instruments.where')}</th>
                <th scope="col">{t('adm.instruments.what')}</th>
              </tr>
            </thead>
            <tbody>
              {report.map((item, index) => (
                <tr key={`${index}-${item.path}`}>
                  <td>
                    <code>{item.path || '/'}</code>
                  </td>
                  <td>{item.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
      {imported ? (
        <Alert kind="success">{t('adm.instruments.imported', { title: imported.title })}</Alert>
      ) : null}

      <section>
        <h2>{t('adm.instruments.list')}</h2>
        {list.error ? <Alert kind="error">{errorMessage(list.error, t)}</Alert> : null}
        {list.data && importedList.length === 0 ? (
          <p className="empty">{t('adm.instruments.empty')}</p>
        ) : null}
        {importedList.length > 0 ? (
          <ScrollTable label={t('adm.instruments.list')}>
            <table className="data-table">
              <caption className="visually-hidden">{t('adm.instruments.list')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('adm.instruments.col.title')}</th>
                  <th scope="col">{t('adm.instruments.col.id')}</th>
                  <th scope="col">{t('adm.instruments.col.respondent')}</th>
                  <th scope="col" className="num">
                    {t('adm.instruments.col.items')}
                  </th>
                  <th scope="col">{t('adm.instruments.col.scales')}</th>
                </tr>
              </thead>
              <tbody>
                {importedList.map((instrument) => (
                  <tr key={instrument.id}>
                    <th scope="row">{instrument.title}</th>
                    <td>
                      <code>{instrument.id}</code>
                    </td>
                    <td>{t(`adm.instruments.respondent.${instrument.respondent}`)}</td>
                    <td className="num">{instrument.items}</td>
                    <td>
                      {instrument.scales
                        .map(
                          (scale) =>
                            `${scale.id} (${formatScore(scale.min, locale)}–${formatScore(scale.max, locale)})`,
                        )
                        .join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        ) : null}
      </section>
    </Page>
  );
}
