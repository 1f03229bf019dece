/** The login form: an email and a password, and where to go afterwards. */
import { MAX_EMAIL_LENGTH, normaliseEmail } from '../email-address.ts';
import { MAX_PASSWORD_LENGTH } from '../password-policy.ts';
import { textField, type FormBody } from './form-values.ts';

export interface LoginForm {
  /** Normalised. */
  email: string;
  password: string;
  next: string;
}

/** The form, or null when either field is empty or longer than any account's could be. */
export function parseLoginForm(body: FormBody): { form: LoginForm | null; email: string; next: string } {
  const email = normaliseEmail(textField(body, 'email'));
  const password = textField(body, 'password');
  const next = textField(body, 'next');
  // Four bytes a character at most: a longer password cannot be a stored one, and is not hashed.
  const usable = email !== '' && password !== '' && email.length <= MAX_EMAIL_LENGTH && password.length <= 4 * MAX_PASSWORD_LENGTH;
  return { form: usable ? { email, password, next } : null, email: email.slice(0, MAX_EMAIL_LENGTH), next };
}
