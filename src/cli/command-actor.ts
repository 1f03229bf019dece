/**
 * Who ran a command, as revisions and the audit log record it: `cli:<login
 * name>`, from the environment as shells set it (USER, LOGNAME), else the system account.
 */
import os from 'node:os';
import { cliActor, type Actor } from '../desk/audit.ts';
import type { CliIo } from './cli-io.ts';

export function commandActor(io: CliIo): Actor {
  let name = io.env['USER'] ?? io.env['LOGNAME'] ?? io.env['USERNAME'];
  if (!name) {
    try {
      name = os.userInfo().username;
    } catch {
      name = '';
    }
  }
  // Only characters a login name has: the label goes into the log and onto terminals.
  return cliActor(name.replace(/[^\w.@-]/gu, '') || 'unknown');
}
