/** Reading fields of a parsed form body: text fields only; a file upload where text is expected counts as missing. */

export type FormBody = Record<string, string | File | (string | File)[]>;

/** The field's text, or '' when it is missing or not text. */
export function textField(body: FormBody, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value : '';
}
