/**
 * deploy/systemd's units: systemd reads them without a complaint, and every
 * wiredesk command and flag their ExecStart names is one the program really
 * registers, so a renamed flag cannot leave a unit that fails at boot.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import type { Command } from 'commander';
import { captureIo } from '../src/cli/cli-test-io.ts';
import { buildProgram } from '../src/cli/main.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const UNITS = path.join(ROOT, 'deploy', 'systemd');
const INSTALLED = '/opt/wiredesk';
const SYSTEMD_ANALYZE = '/usr/bin/systemd-analyze';

async function units(): Promise<{ name: string; text: string }[]> {
  const names = (await readdir(UNITS)).filter((name) => name.endsWith('.service'));
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(path.join(UNITS, name), 'utf8') })));
}

/** The words after `bin/wiredesk.js` on the ExecStart line, environment variables left as written. */
function wiredeskWords(unit: string): string[] {
  const line = unit.split('\n').find((l) => l.startsWith('ExecStart='));
  assert.ok(line, 'an ExecStart line');
  const words = line.slice('ExecStart='.length).trim().split(/\s+/);
  const bin = words.findIndex((word) => word === `${INSTALLED}/bin/wiredesk.js`);
  assert.ok(bin > 0, `ExecStart runs ${INSTALLED}/bin/wiredesk.js with node`);
  return words.slice(bin + 1);
}

function optionNames(command: Command): Set<string> {
  return new Set(command.options.flatMap((option) => [option.long, option.short].filter((flag): flag is string => flag !== undefined)));
}

void describe('deploy/systemd units', () => {
  void test('there are units for the web process and for workers', async () => {
    assert.deepEqual((await units()).map((u) => u.name).sort(), ['wiredesk-worker@.service', 'wiredesk.service']);
  });

  void test('each ExecStart names a registered command with registered flags', async () => {
    const program = buildProgram(captureIo(process.cwd()));
    for (const unit of await units()) {
      const words = wiredeskWords(unit.text);
      let command: Command = program;
      const known = optionNames(program);
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        if (word.startsWith('-')) {
          assert.ok(known.has(word), `${unit.name}: ${word} is not a flag of wiredesk ${command.name()}`);
          i++; // Every flag these units use takes a value.
          continue;
        }
        if (word.startsWith('$')) continue;
        const sub = command.commands.find((c) => c.name() === word);
        assert.ok(sub, `${unit.name}: "${word}" is not a wiredesk command`);
        command = sub;
        for (const name of optionNames(sub)) known.add(name);
      }
      assert.notEqual(command, program, `${unit.name} runs a command`);
    }
  });

  void test('systemd-analyze verify finds nothing to say', { skip: existsSync(SYSTEMD_ANALYZE) ? false : 'systemd-analyze not installed' }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-units-'));
    try {
      for (const unit of await units()) {
        // Installed where this checkout is, with the node that runs the test, so that the executable exists.
        const here = unit.text.replaceAll(INSTALLED, ROOT).replaceAll('/usr/bin/node', process.execPath);
        const file = path.join(dir, unit.name.replace('@.service', '@1.service'));
        await writeFile(file, here);
        const { stdout, stderr } = await promisify(execFile)(SYSTEMD_ANALYZE, ['verify', file]).catch((error: { stdout: string; stderr: string }) => {
          assert.fail(`${unit.name}: ${error.stderr}${error.stdout}`);
        });
        // Warnings (an unknown setting, a bad signal name) go to stderr with exit 0.
        const complaints = `${stdout}${stderr}`.split('\n').filter((line) => line.includes(path.basename(file)) && !/Unit .* not found|network-online|postgresql/.test(line));
        assert.deepEqual(complaints, [], unit.name);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
