/** The post-editing form: the headline, one `segment-N` field per segment, and an optional reason. */
import { textField, type FormBody } from './form-values.ts';

export interface PostEditForm {
  headline: string;
  /** By segment index; a segment the form did not send is left as it was. */
  targets: (string | undefined)[];
  reason: string | null;
}

/** Browsers send textarea line breaks as CRLF; segments keep LF. */
const normalise = (text: string): string => text.replace(/\r\n?/g, '\n').trim();

export function parsePostEditForm(body: FormBody, segmentCount: number): PostEditForm {
  const targets = Array.from({ length: segmentCount }, (_, i) => (typeof body[`segment-${i}`] === 'string' ? normalise(textField(body, `segment-${i}`)) : undefined));
  const reason = textField(body, 'reason').trim();
  return { headline: normalise(textField(body, 'headline')), targets, reason: reason === '' ? null : reason.slice(0, 1000) };
}
