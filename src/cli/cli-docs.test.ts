/**
 * docs/cli.md and the registered commands agree: every command and flag the
 * program registers is documented there, and every command and flag written
 * there is registered. The conventions are stated at the top of docs/cli.md.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Command, Option } from 'commander';
import { captureIo } from './cli-test-io.ts';
import { buildProgram } from './main.ts';

const CLI_DOC = path.join(import.meta.dirname, '..', '..', 'docs', 'cli.md');

/** Commander adds these to every command without registering them as options. */
const BUILT_IN_FLAGS = new Set(['--help', '-h']);
/** A heading that names a command: `### wiredesk sources add`. */
const COMMAND_HEADING = /^### wiredesk((?: [a-z][a-z-]*)*)$/;
const ANY_HEADING = /^#{1,6} /;
const HEADING_NAMING_WIREDESK = /^#{1,6} wiredesk\b/;
/** A flag's row: a table row whose first cell is a flag in backticks. */
const FLAG_ROW = /^\| *`(-[^`]*)` *\|/;
const LONG_FLAG = /(?<![\w-])--[a-z][a-z0-9-]*/g;
const SHORT_FLAG = /(?<![\w-])-[a-zA-Z](?![\w-])/g;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const CODE_FENCE = /^```/;
const CODE_SPAN = /`([^`\n]+)`/g;
/** `wiredesk` as a command word, not part of `wiredesk.yaml` or `wiredesk:`. */
const COMMAND_WORD = /(?<![\w./-])wiredesk(?= |$)/g;
/** Where a shell command line ends: a pipe, a list, a redirection or a comment. */
const LINE_END = / (?:\||;|&&|>|#) .*$/;
const PLACEHOLDER = /^(?:<.*>|[A-Z][A-Z-]*…?|…|\.\.\.)$/;

interface CommandNode {
  path: string;
  command: Command;
}

function allCommands(program: Command): CommandNode[] {
  const found: CommandNode[] = [{ path: '', command: program }];
  const visit = (command: Command, prefix: string) => {
    for (const sub of command.commands) {
      const subPath = prefix ? `${prefix} ${sub.name()}` : sub.name();
      found.push({ path: subPath, command: sub });
      visit(sub, subPath);
    }
  };
  visit(program, '');
  return found;
}

const label = (commandPath: string) => (commandPath ? `wiredesk ${commandPath}` : 'wiredesk');

interface CliDoc {
  /** Flag cells of each command's section, by command path ('' for the program). */
  sections: Map<string, string[]>;
  /** Headings that break the convention. */
  problems: string[];
  /** The whole file without its HTML comments, where flags written anywhere are looked for. */
  text: string;
  /** Text of code spans and code-block lines, where command lines are written. */
  code: string[];
}

function parseCliDoc(markdown: string): CliDoc {
  const text = markdown.replace(HTML_COMMENT, '');
  const doc: CliDoc = { sections: new Map(), problems: [], text, code: [] };
  let current: string[] | null = null;
  let inFence = false;
  for (const line of text.split('\n')) {
    if (CODE_FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      doc.code.push(line);
      continue;
    }
    for (const span of line.matchAll(CODE_SPAN)) doc.code.push(span[1]!);
    if (ANY_HEADING.test(line)) {
      current = null;
      const heading = COMMAND_HEADING.exec(line);
      if (heading) {
        const commandPath = heading[1]!.trim();
        if (doc.sections.has(commandPath)) doc.problems.push(`"${line}" appears twice`);
        current = [];
        doc.sections.set(commandPath, current);
      } else if (HEADING_NAMING_WIREDESK.test(line)) {
        doc.problems.push(`"${line}" is not of the form "### wiredesk <command path>"`);
      }
      continue;
    }
    const row = FLAG_ROW.exec(line);
    if (row && current) current.push(row[1]!);
  }
  return doc;
}

function flagsIn(text: string, pattern: RegExp): string[] {
  return Array.from(text.matchAll(pattern), (match) => match[0]);
}

function longFlagsOf(command: Command): Map<string, Option> {
  return new Map(command.options.flatMap((option) => (option.long ? [[option.long, option] as const] : [])));
}

/** The flags a command accepts on its line: its own and those of the commands above it. */
function acceptedFlags(node: Command): Map<string, Option> {
  const flags = new Map<string, Option>();
  for (let command: Command | null = node; command; command = command.parent) {
    for (const option of command.options) {
      if (option.long) flags.set(option.long, option);
      if (option.short) flags.set(option.short, option);
    }
  }
  return flags;
}

/**
 * Problems with one command line as written in the doc (`wiredesk sources add URL
 * --section world`): words in a command's place must name its subcommands, flags
 * must be ones the command takes. Placeholders (`<url>`, `ID…`) end the walk.
 */
function checkCommandLine(program: Command, words: string[]): string[] {
  const problems: string[] = [];
  let node = program;
  let walked = 'wiredesk';
  let expectsSubcommand = true;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.startsWith('-')) {
      const flag = word.split('=')[0]!;
      const option = acceptedFlags(node).get(flag);
      if (!option && !BUILT_IN_FLAGS.has(flag)) {
        problems.push(`"${walked} … ${flag}": ${label(pathOf(node))} has no such flag`);
      } else if (option && (option.required || option.optional) && !word.includes('=')) {
        i += option.variadic ? words.length : 1;
      }
      continue;
    }
    if (!expectsSubcommand) continue;
    if (word === 'help' || PLACEHOLDER.test(word)) break;
    if (node.commands.length === 0 || node.registeredArguments.length > 0) {
      expectsSubcommand = false;
      continue;
    }
    const sub = node.commands.find((c) => c.name() === word);
    if (!sub) {
      problems.push(`"${walked} ${word}": no such command (registered: ${node.commands.map((c) => c.name()).join(', ')})`);
      break;
    }
    node = sub;
    walked += ` ${word}`;
  }
  return problems;
}

function pathOf(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function commandLines(code: readonly string[]): string[][] {
  const lines: string[][] = [];
  for (const snippet of code) {
    for (const match of snippet.matchAll(COMMAND_WORD)) {
      const rest = snippet.slice(match.index + match[0].length).replace(LINE_END, '');
      lines.push(rest.split(/\s+/).map((w) => w.replace(/[[\]()]/g, '')).filter((w) => w !== ''));
    }
  }
  return lines;
}

describe('docs/cli.md', async () => {
  const program = buildProgram(captureIo(process.cwd()));
  const commands = allCommands(program);
  const doc = parseCliDoc(await readFile(CLI_DOC, 'utf8'));

  test('headings follow the convention stated at the top of the file', () => {
    assert.deepEqual(doc.problems, []);
  });

  test('documents every registered command under its own heading', () => {
    const missing = commands.filter((c) => !doc.sections.has(c.path)).map((c) => `### ${label(c.path)}`);
    assert.deepEqual(missing, [], `docs/cli.md lacks a heading for: ${missing.join(', ')}`);
  });

  test('documents no command that is not registered', () => {
    const registered = new Set(commands.map((c) => c.path));
    const unknown = [...doc.sections.keys()].filter((p) => !registered.has(p)).map(label);
    assert.deepEqual(unknown, [], `docs/cli.md documents commands that do not exist: ${unknown.join(', ')}`);
  });

  test('lists every registered flag in a row under its command, with its short form', () => {
    const missing: string[] = [];
    for (const { path: commandPath, command } of commands) {
      const rows = doc.sections.get(commandPath) ?? [];
      for (const option of command.options) {
        const row = rows.find((cell) => flagsIn(cell, LONG_FLAG).includes(option.long ?? ''));
        if (!row) missing.push(`${label(commandPath)} ${option.flags}`);
        else if (option.short && !flagsIn(row, SHORT_FLAG).includes(option.short)) {
          missing.push(`${label(commandPath)} ${option.flags} (the row lacks ${option.short})`);
        }
      }
    }
    assert.deepEqual(missing, [], `docs/cli.md lacks a flag row for: ${missing.join('; ')}`);
  });

  test('lists no flag row that its command does not register', () => {
    const unknown: string[] = [];
    for (const [commandPath, rows] of doc.sections) {
      const command = commands.find((c) => c.path === commandPath)?.command;
      if (!command) continue;
      const own = longFlagsOf(command);
      for (const cell of rows) {
        for (const flag of flagsIn(cell, LONG_FLAG)) {
          const builtIn = commandPath === '' && BUILT_IN_FLAGS.has(flag);
          if (!own.has(flag) && !builtIn) unknown.push(`${label(commandPath)} ${flag}`);
        }
      }
    }
    assert.deepEqual(unknown, [], `docs/cli.md lists flags that are not registered: ${unknown.join(', ')}`);
  });

  test('every flag written anywhere in it is registered on some command', () => {
    const registered = new Set(commands.flatMap((c) => c.command.options.map((o) => o.long ?? '')));
    const written = new Set(flagsIn(doc.text, LONG_FLAG));
    const unknown = [...written].filter((flag) => !registered.has(flag) && !BUILT_IN_FLAGS.has(flag));
    assert.deepEqual(unknown, [], `docs/cli.md mentions flags no command registers: ${unknown.join(', ')}`);
  });

  test('every command line written in it names registered commands and their flags', () => {
    const lines = commandLines(doc.code);
    assert.ok(lines.length > commands.length, `expected command lines in docs/cli.md, found ${lines.length}`);
    const problems = lines.flatMap((words) => checkCommandLine(program, words));
    assert.deepEqual(problems, [], `docs/cli.md has command lines the program does not accept:\n${problems.join('\n')}`);
  });
});

describe('the docs/cli.md checker', () => {
  const program = buildProgram(captureIo(process.cwd()));

  test('rejects a command, subcommand or flag that is not registered', () => {
    assert.deepEqual(checkCommandLine(program, ['sources', 'add', 'URL', '--section', 'world']), []);
    assert.match(checkCommandLine(program, ['newsletters', 'send'])[0] ?? '', /"wiredesk newsletters": no such command/);
    assert.match(checkCommandLine(program, ['sources', 'purge'])[0] ?? '', /"wiredesk sources purge": no such command/);
    assert.match(checkCommandLine(program, ['ingest', '--everything'])[0] ?? '', /wiredesk ingest has no such flag/);
    // A flag of another command is not one this command takes.
    assert.match(checkCommandLine(program, ['serve', '--once'])[0] ?? '', /wiredesk serve has no such flag/);
  });

  test('accepts global flags, values, placeholders and help', () => {
    assert.deepEqual(checkCommandLine(program, ['-c', 'site.yaml', 'ingest', '--source', 'a', 'b']), []);
    assert.deepEqual(checkCommandLine(program, ['help', 'sources', 'add']), []);
    assert.deepEqual(checkCommandLine(program, ['<command>', '--help']), []);
  });

  test('reads command lines out of code, up to a pipe or a comment', () => {
    const lines = commandLines(['npx wiredesk entries list --format jsonl | jq .title', 'wiredesk.yaml', 'wiredesk: serving']);
    assert.deepEqual(lines, [['entries', 'list', '--format', 'jsonl']]);
  });

  test('finds headings that break the convention and flag rows under each command', () => {
    const doc = parseCliDoc('### wiredesk ingest\n\n| `--all` | x |\n\n### wiredesk ingest <id>\n\n## Other\n\n| `--x` | y |\n');
    assert.deepEqual(doc.sections.get('ingest'), ['--all']);
    assert.match(doc.problems[0] ?? '', /not of the form/);
  });
});
