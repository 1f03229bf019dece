/**
 * The site and the desk served together on loopback, as `serve` runs them,
 * over a fresh store of one dialect with one desk account: what the desk's
 * browser tests sign in to.
 */
import assert from 'node:assert/strict';
import { createWebApp } from '../../src/cli/web-app.ts';
import { listen } from '../../src/cli/http-listener.ts';
import { addUser } from '../../src/desk/accounts.ts';
import { cliActor } from '../../src/desk/audit.ts';
import type { Role } from '../../src/desk/roles.ts';
import { TEST_PASSWORD_PARAMS, deskTestConfig } from '../../src/desk/testdata/desk-fixture.ts';
import type { Store } from '../../src/store/store.ts';
import type { TestDialect } from '../../src/store/test-databases.ts';
import type { DeskAccount } from './chromium.ts';

export interface ServedDesk {
  store: Store;
  /** The server's address, ending in a slash. */
  base: string;
  /** Stops the server and drops the database. */
  close(): Promise<void>;
}

export async function serveDesk(dialect: TestDialect, account: DeskAccount, role: Role): Promise<ServedDesk> {
  const database = await dialect.create();
  const store = await database.open();
  const added = await addUser({ store, now: () => new Date(), passwordParams: TEST_PASSWORD_PARAMS }, { ...account, role }, { actor: cliActor('browser-test') });
  assert.ok(added.ok);
  const app = createWebApp({ config: deskTestConfig('http://localhost/'), store, mediaDir: '/nonexistent', passwordParams: TEST_PASSWORD_PARAMS });
  const server = await listen(app, 0, '127.0.0.1');
  return {
    store,
    base: `http://127.0.0.1:${server.port}/`,
    async close() {
      await server.close();
      await database.destroy();
    },
  };
}
