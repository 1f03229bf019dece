/** POST /desk/sources/:id/fetch-now: the source is due at once; the next pass fetches it (the request fetches nothing). */
import { fetchSourceNow } from '../source-actions.ts';
import { sourceActionRoute } from './source-action.tsx';

export const sourceFetchNow = sourceActionRoute('fetch-now', fetchSourceNow);
