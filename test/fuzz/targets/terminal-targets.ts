/**
 * Outside text on its way to a terminal (src/cli/terminal-text.ts,
 * text-table.ts): nothing a terminal acts on or reorders gets through, a
 * table row stays one line, and JSON output reads back as the same value.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { terminalJson, terminalLines } from '../../../src/cli/terminal-text.ts';
import { formatTable, terminalText } from '../../../src/cli/text-table.ts';
import { hostileText } from '../arbitraries.ts';
import { attempt, defineTarget, valueOf, type FuzzTarget } from '../fuzz-target.ts';

/** C0 controls, DEL, C1 controls, and the bidi marks, embeddings, overrides and isolates. */
const ACTED_ON = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function assertQuiet(what: string, text: string, lineFeeds: boolean): void {
  const found = ACTED_ON.exec(lineFeeds ? text.replace(/\n/gu, '') : text);
  assert.ok(!found, `${what} holds U+${found?.[0].charCodeAt(0).toString(16).padStart(4, '0')}: ${JSON.stringify(text.slice(0, 120))}`);
}

interface TerminalInput {
  header: string[];
  rows: string[][];
}

const cell = fc.oneof(hostileText, fc.constantFrom('', 'ok', 'https://feeds.example/x'));

const terminalInput: fc.Arbitrary<TerminalInput> = fc
  .integer({ min: 1, max: 4 })
  .chain((columns) => fc.record({ header: fc.array(cell, { minLength: columns, maxLength: columns }), rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 4 }) }));

export const TERMINAL_TARGETS: FuzzTarget<unknown>[] = [
  defineTarget({
    name: 'terminal-text',
    about: 'feed text printed by the CLI: as lines, in tables and as JSON',
    arbitrary: terminalInput,
    boundedRuns: 100,
    check: ({ header, rows }: TerminalInput) => {
      for (const text of [...header, ...rows.flat()]) {
        assertQuiet('terminalText', valueOf('terminalText', attempt('terminalText', () => terminalText(text))), false);
        const lines = valueOf('terminalLines', attempt('terminalLines', () => terminalLines(text)));
        assertQuiet('terminalLines', lines, true);
        assert.equal(lines.split('\n').length, text.split('\n').length, 'terminalLines changed the number of lines');
      }
      const table = valueOf('formatTable', attempt('formatTable', () => formatTable(header, rows)));
      assertQuiet('formatTable', table, true);
      assert.equal(table.split('\n').length, rows.length + 1, 'a table row spans more than one line');
      const value = { header, rows };
      const json = valueOf('terminalJson', attempt('terminalJson', () => terminalJson(value, 2)));
      assertQuiet('terminalJson', json, true);
      assert.ok(!/[\u2028\u2029]/u.test(json), 'terminalJson holds a raw line or paragraph separator');
      assert.deepEqual(JSON.parse(json), value, 'terminalJson does not read back as the same value');
    },
  }),
];
