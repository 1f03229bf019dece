/** POST /desk/sources/:id/resume: the source is fetched again when it is next due. */
import { resumeSource } from '../source-actions.ts';
import { sourceActionRoute } from './source-action.tsx';

export const sourceResume = sourceActionRoute('resume', resumeSource);
