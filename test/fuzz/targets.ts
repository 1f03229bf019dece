/** Every fuzz target, in the order `npm run fuzz` runs them. */
import type { FuzzTarget } from './fuzz-target.ts';
import { FEED_TARGETS } from './targets/feed-targets.ts';
import { FILE_TARGETS } from './targets/file-targets.ts';
import { HTML_TARGETS } from './targets/html-targets.ts';
import { TERMINAL_TARGETS } from './targets/terminal-targets.ts';
import { TEXT_TARGETS } from './targets/text-targets.ts';

export const ALL_TARGETS: FuzzTarget<unknown>[] = [...FEED_TARGETS, ...HTML_TARGETS, ...TEXT_TARGETS, ...FILE_TARGETS, ...TERMINAL_TARGETS];
