import { fuzzSuite } from './fuzz-suite.ts';
import { FEED_TARGETS } from './targets/feed-targets.ts';

fuzzSuite(FEED_TARGETS);
