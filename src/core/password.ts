/**
 * Password rules in the spirit of NIST SP 800-63B: length over composition, no forced symbols or
 * rotation, very common passwords refused, and nothing built from the person's own e-mail or
 * name. Long passphrases are welcome (up to 128 characters; 800-63B asks for at least 64).
 */
import { commonPasswords } from './common-passwords';

export const passwordRules = { minLength: 12, maxLength: 128 } as const;

export type PasswordProblem =
  | { code: 'password_too_short'; min: number }
  | { code: 'password_too_long'; max: number }
  | { code: 'password_too_common' }
  | { code: 'password_too_personal' };

/** Length in Unicode code points after NFKC normalisation, as a person would count. */
export function passwordLength(password: string): number {
  return [...password.normalize('NFKC')].length;
}

const commonSet = new Set(commonPasswords);

/** The password with its case folded and trailing digits and symbols removed ("Summer2024!" → "summer"). */
function core(password: string): string {
  return password
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\d\W_]+$/u, '');
}

function isTrivialPattern(password: string): boolean {
  const chars = [...password.toLowerCase()];
  if (new Set(chars).size <= 2) return true;
  // A run of consecutive characters such as "123456789012" or "abcdefghijkl".
  let ascending = 0;
  for (let i = 1; i < chars.length; i++) {
    const step = (chars[i]?.codePointAt(0) ?? 0) - (chars[i - 1]?.codePointAt(0) ?? 0);
    if (step === 1 || step === -9) ascending++;
  }
  return ascending >= chars.length - 2;
}

export function checkPassword(
  password: string,
  context: { email?: string; displayName?: string } = {},
): PasswordProblem | null {
  const length = passwordLength(password);
  if (length < passwordRules.minLength)
    return { code: 'password_too_short', min: passwordRules.minLength };
  if (length > passwordRules.maxLength)
    return { code: 'password_too_long', max: passwordRules.maxLength };
  const lower = password.normalize('NFKC').toLowerCase();
  if (commonSet.has(lower) || commonSet.has(core(password)) || isTrivialPattern(password)) {
    return { code: 'password_too_common' };
  }
  const personal = [
    context.email?.toLowerCase().split('@')[0],
    ...(context.displayName?.toLowerCase().split(/\s+/) ?? []),
  ].filter((part): part is string => part !== undefined && part.length >= 4);
  // Only when the personal part is most of the password: "maria" inside a long phrase is fine.
  if (personal.some((part) => lower.includes(part) && part.length * 2 >= lower.length)) {
    return { code: 'password_too_personal' };
  }
  return null;
}
