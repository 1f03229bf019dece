import { fuzzSuite } from './fuzz-suite.ts';
import { TEXT_TARGETS } from './targets/text-targets.ts';

fuzzSuite(TEXT_TARGETS);
