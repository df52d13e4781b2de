import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  PASSWORD_WEAKNESS_REASONS,
  weakPasswordMessage,
  type PasswordWeaknessReason,
} from '../../core/schemas/password-weakness';
import accountEn from './shell.en.json';
import accountEs from './shell.es.json';
import { accountIssueMessage } from './account-issue-message';

async function translator(language: 'en' | 'es') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: accountEn }, es: { translation: accountEs } },
    lng: language,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('a weak password refusal, in the person’s language', () => {
  it('says why in English and in Spanish, for every reason the server can give', async () => {
    const en = await translator('en');
    const es = await translator('es');
    expect(accountIssueMessage(weakPasswordMessage('repeats'), en)).toBe(
      'This password is too easy to guess: it repeats a character or a group of characters. Use a longer phrase of unrelated words.',
    );
    expect(accountIssueMessage(weakPasswordMessage('sequence'), es)).toBe(
      'Esta contraseña es demasiado fácil de adivinar: es una secuencia como abcd o 1234. Use una frase más larga de palabras sin relación entre sí.',
    );
    for (const reason of Object.keys(PASSWORD_WEAKNESS_REASONS) as PasswordWeaknessReason[]) {
      const english = accountIssueMessage(weakPasswordMessage(reason), en);
      const spanish = accountIssueMessage(weakPasswordMessage(reason), es);
      // A missing key would show as the key itself.
      expect(english).not.toContain('account.issues');
      expect(spanish).not.toContain('account.issues');
      expect(english).toContain(PASSWORD_WEAKNESS_REASONS[reason]);
      expect(spanish).not.toBe(english);
    }
  });
});
