// Type-aware lint: typescript-eslint's recommendedTypeChecked set, of which
// the rule that matters most here is no-floating-promises, because an
// unawaited promise in the pipeline loses work without a trace.
// The second half holds ARCHITECTURE.md's boundaries between the folders of
// src/, so that a violation fails `npm run lint` instead of waiting for review.
import tseslint from 'typescript-eslint';

const CODE = ['**/*.ts', '**/*.tsx', '**/*.js'];

/** The stages: plain functions over plain data, wired to storage and jobs only by pipeline/. */
const STAGES = ['ingest', 'extract', 'text', 'stories', 'translate'];

/** A relative import, from any depth, into one of src/'s top-level folders. */
function into(folders, rest = '(/|$)') {
  return `^(\\.\\./)+(${folders.join('|')})${rest}`;
}

const DRIVERS = {
  regex: '^(kysely|better-sqlite3|pg)(/|$)',
  message:
    'Only src/store imports kysely, better-sqlite3 and pg (ARCHITECTURE.md, "Storage and scale"): everything else ' +
    'goes through the Store facade (src/store/store.ts), so that both databases stay behind one interface.',
};

const JOB_QUEUE = {
  regex: '^pg-boss(/|$)',
  message:
    'Only src/pipeline/queue/ imports pg-boss (ARCHITECTURE.md, "Processes"): the job handlers (src/pipeline/jobs/) ' +
    'know nothing of the queue, and everything else reaches it through pg-boss-queue.ts.',
};

const STAGE_MESSAGE =
  'A stage (ingest, extract, text, stories, translate) never imports store/, pipeline/, site/, cli/ or desk/ ' +
  '(ARCHITECTURE.md, "The flow"): its core is plain functions over plain data. Take what it needs as a parameter; ' +
  'pipeline/ is the one place that wires stages to the store.';

const STAGE_BOUNDARY = { regex: into(['store', 'pipeline', 'site', 'cli', 'desk']), message: STAGE_MESSAGE };

/**
 * A stage's tests may use the record builders of store/test-records.ts: they
 * build plain Entry and Article values and open no database.
 */
const STAGE_TEST_BOUNDARY = [
  { regex: into(['pipeline', 'site', 'cli', 'desk']), message: STAGE_MESSAGE },
  { regex: into(['store'], '(/(?!test-records\\.ts$)|$)'), message: STAGE_MESSAGE },
];

const SITE_BOUNDARY = {
  regex: into(['pipeline', 'ingest']),
  message:
    'site/ never imports pipeline/ or ingest/ (ARCHITECTURE.md, "The flow"): the site reads from the store and ' +
    'never runs a stage\'s I/O. Put what a page needs on the Store facade.',
};

const UTIL_BOUNDARY = {
  // util/ is one flat folder: any import that climbs out of it reaches another part of wiredesk.
  regex: '^\\.\\./',
  message:
    "src/util imports nothing of wiredesk's: it is the bottom layer that every folder may import (backoff, " +
    'concurrency limits), so it holds plain helpers over plain values and Node\'s own modules.',
};

/** One block per set of files: for a given file, the last block that sets the rule decides all its patterns. */
function restrictImports(files, patterns, ignores = []) {
  return onlyPatterns(files, [DRIVERS, JOB_QUEUE, ...patterns], ignores);
}

function onlyPatterns(files, patterns, ignores = []) {
  return { files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

const stageFolders = (suffix) => STAGES.map((stage) => `src/${stage}/${suffix}`);

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'coverage/**', 'dist/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // node:test's describe/test return promises the runner itself tracks.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'test', 'it', 'suite', 'before', 'after'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },

  // Boundaries. Everywhere but src/store: no database driver.
  restrictImports(CODE, [], ['src/store/**', 'src/pipeline/queue/**']),
  // The store: the drivers, never the job queue. The job queue: pg-boss, never a driver.
  onlyPatterns(['src/store/**'], [JOB_QUEUE]),
  onlyPatterns(['src/pipeline/queue/**'], [DRIVERS]),
  restrictImports(stageFolders('**'), [STAGE_BOUNDARY]),
  restrictImports(stageFolders('**/*.test.{ts,tsx}'), STAGE_TEST_BOUNDARY),
  // An integration test of the translation memory over a real store. It belongs
  // in store/ (or behind the Store facade) once translation storage moves there
  // (issue 11, item 2); until then it is the one stage file allowed into store/.
  restrictImports(['src/translate/translation-memory.test.ts'], [{ regex: into(['pipeline', 'site', 'cli', 'desk']), message: STAGE_MESSAGE }]),
  restrictImports(['src/site/**'], [SITE_BOUNDARY]),
  restrictImports(['src/util/**'], [UTIL_BOUNDARY]),
);
