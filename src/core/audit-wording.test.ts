/**
 * "Who saw my data" says in plain words what each audit event was. This test finds every audit
 * action the server writes (by reading its source) and fails when one has no line of its own in
 * the catalogue, so a new action cannot silently fall back to "Changed your records".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clinicActions, engagementActions } from './access';
import { catalogues } from './i18n';
import { accessWhatKey } from './my-data';

const root = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const actionLiteral = "'([a-z][a-z_]*(?:\\.[a-z_]+)+)'";
const quoted = (text: string) =>
  [...text.matchAll(new RegExp(actionLiteral, 'g'))].map((m) => m[1] ?? '');
/** `signal.${cond ? 'acknowledge' : 'resolve'}` → signal.acknowledge, signal.resolve. */
const templated = (text: string) =>
  [...text.matchAll(/`([a-z_]+)\.\$\{([^}]*)\}`/g)].flatMap((m) =>
    [...(m[2] ?? '').matchAll(/[?:]\s*'([a-z_]+)'/g)].map((inner) => `${m[1]}.${inner[1]}`),
  );

/** Names that look like actions but are permissions, checked by access.ts, not audit events. */
const policyActions = new Set<string>([
  ...engagementActions,
  ...clinicActions,
  'handover.read',
  'handover.withdraw',
]);
/** Properties whose action-shaped values are something else (a form path, a message key). */
const notActionProperties = new Set(['path', 'messageKey', 'field']);

/** Every audit action written under src/api and src/storage. */
function writtenActions(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sourceFiles(join(root, 'api')), ...sourceFiles(join(root, 'storage'))]) {
    const text = readFileSync(file, 'utf8');
    if (!/appendAudit|auditBy\(/.test(text)) continue;
    const where = file.slice(root.length);
    // `action: '…'`, `action: cond ? '…' : '…'`, `action: \`prefix.${…}\``: always actions.
    for (const match of text.matchAll(/\baction:\s*([^\n]+)/g)) {
      for (const action of [...quoted(match[1] ?? ''), ...templated(match[1] ?? '')])
        found.set(action, where);
    }
    // Actions handed to a helper (`audit(actor, now, 'consultation.read', row)`) or kept in a
    // map (`booked: 'consultation.book'`): action-shaped arguments and property values, except
    // message keys (`translate(locale, 'mail.x')`), columns (`'e.id'`) and permission names.
    const messageKeys = new Set(
      [
        ...text.matchAll(
          new RegExp(`(?:translate|consultationText)\\([^,()]+,\\s*${actionLiteral}`, 'g'),
        ),
      ].map((m) => m[1]),
    );
    // Permission names handed to the policy (`mayUseFeature(actor, 'handover.give')`) are not
    // actions, even when an action has the same name.
    const withoutPolicyCalls = text.replace(/\bmay\w*\([^)]*\)/g, '');
    for (const m of withoutPolicyCalls.matchAll(
      new RegExp(`(?:(\\w+):\\s*|[(,?:]\\s*)${actionLiteral}`, 'g'),
    )) {
      const literal = m[2] ?? '';
      if (m[1] !== undefined && notActionProperties.has(m[1])) continue;
      const prefix = literal.split('.')[0] ?? '';
      if (prefix.length <= 3 || messageKeys.has(literal)) continue;
      if (policyActions.has(literal)) continue;
      if (!found.has(literal)) found.set(literal, where);
    }
  }
  return found;
}

describe('audit wording ("Who saw my data")', () => {
  const written = writtenActions();

  it('finds the actions written in every form (the scan is not vacuous)', () => {
    for (const action of [
      'caseload.read',
      'handover.create',
      'supervision.read',
      'data.export',
      'concern.read',
      'signal.acknowledge',
      'engagement.accept',
      'consultation.book',
      'consultation.calendar',
      'totp.disable',
      'therapist.verify',
      'therapist.reactivate',
    ]) {
      expect(written.has(action), action).toBe(true);
    }
  });

  it('has a plain-words line for every action the server writes', () => {
    const missing = [...written]
      .filter(([action]) => !(`audit.what.${action}` in catalogues.en))
      .map(([action, file]) => `${action} (${file})`);
    expect(missing).toEqual([]);
    for (const [action] of written) {
      expect(accessWhatKey(action)).toBe(`audit.what.${action}`);
    }
  });

  it('falls back by kind for an action it does not know', () => {
    expect(accessWhatKey('something.new.read')).toBe('audit.what.otherRead');
    expect(accessWhatKey('something.new.change')).toBe('audit.what.otherWrite');
  });
});
