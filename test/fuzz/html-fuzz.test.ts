import { fuzzSuite } from './fuzz-suite.ts';
import { HTML_TARGETS } from './targets/html-targets.ts';

fuzzSuite(HTML_TARGETS);
