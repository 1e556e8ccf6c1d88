import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPassword, passwordLength, passwordRules } from './password';

describe('password rules', () => {
  it('accepts long passphrases without symbols or digits', () => {
    expect(checkPassword('quiet harbour lantern')).toBeNull();
    expect(checkPassword('correct staple orbit meadow')).toBeNull();
  });

  it('counts characters as a person would (accents and emoji are one each)', () => {
    expect(passwordLength('é'.repeat(12))).toBe(12);
    expect(passwordLength('🌊'.repeat(3))).toBe(3);
    expect(checkPassword('🌊'.repeat(11))?.code).toBe('password_too_short');
  });

  it('refuses at the length boundaries, and not one character inside them', () => {
    const base = 'river stone moss garden lake ';
    const make = (n: number) => base.repeat(10).slice(0, n);
    expect(checkPassword(make(passwordRules.minLength - 1))?.code).toBe('password_too_short');
    expect(checkPassword(make(passwordRules.minLength))).toBeNull();
    expect(checkPassword(make(passwordRules.maxLength))).toBeNull();
    expect(checkPassword(make(passwordRules.maxLength + 1))?.code).toBe('password_too_long');
  });

  it('refuses very common passwords, with digits or symbols tacked on, and trivial runs', () => {
    for (const password of [
      'password1234',
      'Password2024!!',
      'qwertyuiop123',
      'iloveyou12345',
      '123456789012',
      'aaaaaaaaaaaa',
      'abcdefghijklmn',
      'ababababababab',
    ]) {
      expect(checkPassword(password)?.code, password).toBe('password_too_common');
    }
  });

  it('refuses a password that is mostly the e-mail or the name, but not a phrase that contains a name', () => {
    expect(checkPassword('jordan.lee1990', { email: 'jordan.lee1990@example.org' })?.code).toBe(
      'password_too_personal',
    );
    expect(checkPassword('Marguerite2024', { displayName: 'Marguerite Tremblay' })?.code).toBe(
      'password_too_personal',
    );
    expect(
      checkPassword('marguerite walks by the quiet river', { displayName: 'Marguerite' }),
    ).toBeNull();
  });

  it('never refuses a long random password for length or commonness (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 20, maxLength: 100, unit: 'grapheme' }), (password) => {
        const problem = checkPassword(password);
        if (
          new Set(password).size > 4 &&
          passwordLength(password) >= passwordRules.minLength &&
          passwordLength(password) <= passwordRules.maxLength
        ) {
          expect(
            problem?.code === 'password_too_short' || problem?.code === 'password_too_long',
          ).toBe(false);
        }
      }),
    );
  });
});
