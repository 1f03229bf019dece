import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { ACCOUNT_THROTTLE, ADDRESS_THROTTLE, FAILURE_WINDOW_MS } from './login-throttle.ts';
import { SCRYPT_DEFAULTS } from './password-hash.ts';
import { openDeskFixture, type DeskClient } from './testdata/desk-fixture.ts';

const WRONG = 'not the password at all';

/** The page without what legitimately differs between two attempts: the email typed back and the form's token. */
function comparable(html: string, email: string): string {
  return html.replaceAll(email, 'EMAIL').replace(/name="csrf" value="[^"]+"/, 'name="csrf" value="TOKEN"');
}

async function fail(client: DeskClient, email: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) assert.equal((await client.login(email, WRONG)).status, 401, `failure ${i + 1}`);
}

for (const dialect of testDialects) {
  void describe(`login throttling on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('slows guessing at one account: 429 with a growing Retry-After, whatever the password', async () => {
      const desk = await openDeskFixture(await database().open());
      const { email, password } = desk.accounts.editor;
      const client = desk.client();
      await fail(client, email, ACCOUNT_THROTTLE.freeFailures);
      const refused = await client.login(email, password);
      assert.equal(refused.status, 429, 'even the right password waits');
      const firstWait = Number(refused.headers.get('retry-after'));
      assert.equal(firstWait, ACCOUNT_THROTTLE.baseDelayMs / 1000);
      assert.match(await refused.text(), /बहुत बार ग़लत साइन इन हुआ। \S+ सेकंड रुककर फिर कोशिश करें।/);

      desk.clock.advance(firstWait * 1000);
      assert.equal((await client.login(email, WRONG)).status, 401, 'after the wait, an attempt is checked');
      const next = await client.login(email, password);
      assert.equal(next.status, 429);
      assert.equal(Number(next.headers.get('retry-after')), 2 * firstWait, 'the wait doubles');

      // From another address too: the limit is the account's.
      assert.equal((await desk.client('203.0.113.9').login(email, password)).status, 429);

      desk.clock.advance(2 * firstWait * 1000);
      assert.equal((await client.login(email, password)).status, 303);
      // Signing in forgets the account's failures.
      const later = desk.client('203.0.113.9');
      assert.equal((await later.login(email, WRONG)).status, 401);
      assert.equal((await later.login(email, password)).status, 303);
    });

    void it('slows one address trying many accounts, and not other addresses', async () => {
      const desk = await openDeskFixture(await database().open());
      const sprayer = desk.client('198.51.100.66');
      for (let i = 0; i < ADDRESS_THROTTLE.freeFailures; i++) {
        assert.equal((await sprayer.login(`guess${i}@desk.example`, WRONG)).status, 401);
      }
      assert.equal((await sprayer.login(desk.accounts.admin.email, desk.accounts.admin.password)).status, 429);
      assert.equal((await desk.client('198.51.100.67').login(desk.accounts.admin.email, desk.accounts.admin.password)).status, 303);
      // Failures age out of the window.
      desk.clock.advance(FAILURE_WINDOW_MS + 1000);
      assert.equal((await sprayer.login(desk.accounts.admin.email, desk.accounts.admin.password)).status, 303);
    });

    void it('answers an unknown account, a wrong password and a disabled account alike, and logs each failure', async () => {
      const desk = await openDeskFixture(await database().open());
      await desk.store.disableUser(desk.accounts.translator.id, desk.clock.now.toISOString());
      const attempts = [
        ['nobody@desk.example', WRONG],
        [desk.accounts.editor.email, WRONG],
        [desk.accounts.translator.email, desk.accounts.translator.password],
      ] as const;
      const pages: string[] = [];
      for (const [email, password] of attempts) {
        const response = await desk.client().login(email, password);
        assert.equal(response.status, 401);
        pages.push(comparable(await response.text(), email));
      }
      assert.equal(pages[1], pages[0]);
      assert.equal(pages[2], pages[0]);
      assert.match(pages[0]!, /साइन इन नहीं हुआ: ईमेल या पासवर्ड ग़लत है।/);

      const failed = await desk.store.listAudit({ actions: ['login-failed'], limit: 10 });
      assert.deepEqual(failed.map((e) => [e.actor, e.actorUserId, e.address]).reverse(), attempts.map(([email]) => [email, null, '192.0.2.10']));

      // Throttled, too, reads the same for an account that exists and one that does not.
      const ghost = desk.client('203.0.113.20');
      const admin = desk.client('203.0.113.21');
      await fail(ghost, 'ghost@desk.example', ACCOUNT_THROTTLE.freeFailures);
      await fail(admin, desk.accounts.admin.email, ACCOUNT_THROTTLE.freeFailures);
      const ghostThrottled = await ghost.login('ghost@desk.example', WRONG);
      const adminThrottled = await admin.login(desk.accounts.admin.email, WRONG);
      assert.equal(ghostThrottled.status, 429);
      assert.equal(adminThrottled.status, 429);
      assert.equal(ghostThrottled.headers.get('retry-after'), adminThrottled.headers.get('retry-after'));
      assert.equal(comparable(await adminThrottled.text(), desk.accounts.admin.email), comparable(await ghostThrottled.text(), 'ghost@desk.example'));
    });

    void it('takes as long for an unknown account as for a wrong password', async () => {
      // scrypt cheap enough for a test, dear enough (16 MiB) that skipping it would show.
      const passwordParams = { ...SCRYPT_DEFAULTS, logN: 14 };
      const desk = await openDeskFixture(await database().open(), { passwordParams });
      const timed = async (email: string, address: string) => {
        const client = desk.client(address);
        await client.get('/desk/login');
        const started = performance.now();
        assert.equal((await client.post('/desk/login', { email, password: WRONG })).status, 401);
        return performance.now() - started;
      };
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 3; i++) {
        known.push(await timed(desk.accounts.editor.email, `203.0.113.${30 + i}`));
        unknown.push(await timed(`nobody${i}@desk.example`, `203.0.113.${40 + i}`));
      }
      // Wide bounds: a shared machine skews single timings, but a skipped hash is some 20 times faster.
      const ratio = Math.min(...unknown) / Math.min(...known);
      assert.ok(ratio > 0.3 && ratio < 3, `unknown ${Math.min(...unknown).toFixed(1)} ms vs wrong password ${Math.min(...known).toFixed(1)} ms`);
    });
  });
}
