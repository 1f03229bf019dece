import { fuzzSuite } from './fuzz-suite.ts';
import { TERMINAL_TARGETS } from './targets/terminal-targets.ts';

fuzzSuite(TERMINAL_TARGETS);
