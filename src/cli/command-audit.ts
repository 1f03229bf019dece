/** `wiredesk audit list`: the desk's audit log, newest first, for people (a table) and scripts (JSON Lines). */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { AUDIT_ACTIONS, auditJsonLine } from '../desk/audit.ts';
import { normaliseEmail } from '../desk/email-address.ts';
import type { StoredAuditEntry } from '../store/store.ts';
import { write, type CliIo } from './cli-io.ts';
import { withAppContext } from './app-context.ts';
import { formatTable } from './text-table.ts';

/** A screenful of recent actions. */
const DEFAULT_LIMIT = 50;

interface ListOptions {
  format: 'table' | 'jsonl';
  limit: number;
  actor?: string;
  action?: string;
}

export function registerAudit(program: Command, io: CliIo): void {
  const audit = program.command('audit').description('the audit log of desk actions (append-only)');
  audit
    .command('list')
    .description('list audit entries, newest first')
    .addOption(new Option('--format <format>', 'table for people, jsonl (one JSON object a line) for scripts').choices(['table', 'jsonl']).default('table'))
    .option('--limit <n>', `how many (default: ${DEFAULT_LIMIT})`, parseLimit, DEFAULT_LIMIT)
    .option('--actor <actor>', 'only this actor: an email, or cli:<name>')
    .addOption(new Option('--action <action>', 'only this action').choices(AUDIT_ACTIONS))
    .action((options: ListOptions) =>
      withAppContext(program, io, async (ctx) => {
        const entries = await ctx.store.listAudit({
          limit: options.limit,
          ...(options.actor === undefined ? {} : { actor: options.actor.startsWith('cli:') ? options.actor : normaliseEmail(options.actor) }),
          ...(options.action === undefined ? {} : { actions: [options.action] }),
        });
        if (options.format === 'jsonl') io.stdout.write(entries.map(auditJsonLine).join(''));
        else write(io.stdout, auditTable(entries));
      }),
    );
}

function auditTable(entries: StoredAuditEntry[]): string {
  if (entries.length === 0) return 'no audit entries';
  return formatTable(
    ['id', 'time (UTC)', 'actor', 'action', 'object', 'reason', 'address'],
    entries.map((e) => [
      String(e.id),
      e.at.slice(0, 19).replace('T', ' '),
      e.actor,
      e.action,
      e.objectType ? `${e.objectType} ${e.objectId ?? ''}`.trim() : '',
      e.reason ?? '',
      e.address ?? '',
    ]),
  );
}

function parseLimit(value: string): number {
  const limit = Number(value);
  if (!/^\d+$/.test(value) || limit < 1) throw new InvalidArgumentError('not a positive whole number.');
  return limit;
}
