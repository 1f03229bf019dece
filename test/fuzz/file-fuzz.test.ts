import { fuzzSuite } from './fuzz-suite.ts';
import { FILE_TARGETS } from './targets/file-targets.ts';

fuzzSuite(FILE_TARGETS);
