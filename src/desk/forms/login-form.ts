/** The login form: an email and a password, a TOTP code for accounts with two-factor sign-in, and where to go afterwards. */
import { MAX_EMAIL_LENGTH, normaliseEmail } from '../email-address.ts';
import { MAX_PASSWORD_LENGTH } from '../password-policy.ts';
import { textField, type FormBody } from './form-values.ts';

export interface LoginForm {
  /** Normalised. */
  email: string;
  password: string;
  /** Empty for accounts without two-factor sign-in. */
  code: string;
  next: string;
}

/** A code is six digits, perhaps spaced as apps show it; anything longer is no code. */
const MAX_CODE_LENGTH = 16;

/** The form, or null when either field is empty or longer than any account's could be. */
export function parseLoginForm(body: FormBody): { form: LoginForm | null; email: string; next: string } {
  const email = normaliseEmail(textField(body, 'email'));
  const password = textField(body, 'password');
  const next = textField(body, 'next');
  const code = textField(body, 'code').slice(0, MAX_CODE_LENGTH);
  // Four bytes a character at most: a longer password cannot be a stored one, and is not hashed.
  const usable = email !== '' && password !== '' && email.length <= MAX_EMAIL_LENGTH && password.length <= 4 * MAX_PASSWORD_LENGTH;
  return { form: usable ? { email, password, code, next } : null, email: email.slice(0, MAX_EMAIL_LENGTH), next };
}
