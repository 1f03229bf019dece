/** The users page's form for a new account: email, role, initial password. */
import { textField, type FormBody } from './form-values.ts';

export interface NewUserForm {
  email: string;
  role: string;
  password: string;
}

/** The raw fields; accounts.addUser normalises and checks them, so the desk and the command line agree. */
export function parseNewUserForm(body: FormBody): NewUserForm {
  return { email: textField(body, 'email').trim(), role: textField(body, 'role'), password: textField(body, 'password') };
}

/** A user id from the path (`/desk/users/12/disable`), or null. */
export function parseUserId(param: string | undefined): number | null {
  if (param === undefined || !/^[1-9][0-9]{0,9}$/.test(param)) return null;
  const id = Number(param);
  return Number.isSafeInteger(id) ? id : null;
}
