/** POST /desk/sources/:id/pause: no pass fetches the source until it is resumed. */
import { pauseSource } from '../source-actions.ts';
import { sourceActionRoute } from './source-action.tsx';

export const sourcePause = sourceActionRoute('pause', pauseSource);
