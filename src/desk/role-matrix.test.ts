/**
 * Every desk route against every role, plus anonymous visitors, with the
 * status each must get. Driven from DESK_ROUTES: a route added there without
 * a row here fails, and so does a row for a route that is gone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { addUser } from './accounts.ts';
import { cliActor } from './audit.ts';
import { DESK_ROUTES } from './desk-routes.ts';
import { ROLES, type Role } from './roles.ts';
import { editArticle } from './article-edits.ts';
import { killArticle } from './article-states.ts';
import { storeArticle } from './testdata/article-fixture.ts';
import { holdTranslation } from './testdata/review-fixture.ts';
import { TEST_PASSWORD_PARAMS, openDeskFixture, type DeskClient, type DeskFixture } from './testdata/desk-fixture.ts';

type Who = 'anonymous' | Role;

type RouteRequest = { path: string; form?: Record<string, string> };

interface MatrixRow {
  /** The request made for the route: a concrete path, and the form for a POST (the token is added). */
  request: (desk: DeskFixture, who: Who) => RouteRequest | Promise<RouteRequest>;
  expect: Record<Who, number>;
}

const SIGNED_OUT = 303;

/** Each admin request disables an account of its own. */
async function victim(desk: DeskFixture, who: Who): Promise<number> {
  const result = await addUser(
    { store: desk.store, now: () => desk.clock.now, passwordParams: TEST_PASSWORD_PARAMS },
    { email: `victim-${who}@desk.example`, role: 'translator', password: 'victim harbour lanterns' },
    { actor: cliActor('matrix') },
  );
  assert.ok(result.ok);
  return result.user.id;
}

/** Each request acts on a source of its own, added as from the command line; `paused` for a resume. */
async function sourceFor(desk: DeskFixture, name: string, paused = false): Promise<string> {
  const id = `matrix-${name}`;
  await desk.store.upsertSource(
    { id, name: id, url: `https://${id}.example/feed.xml`, format: 'auto', section: 'world', language: 'auto', mode: 'republish', fullText: 'feed', licence: null, notice: null },
    'cli',
    desk.clock.now.toISOString(),
  );
  if (paused) await desk.store.setSourcePaused(id, desk.clock.now.toISOString());
  return id;
}

const MATRIX: Record<string, MatrixRow> = {
  'GET /desk/login': {
    request: () => ({ path: '/desk/login' }),
    // The signed-in are sent on to the desk.
    expect: { anonymous: 200, translator: 303, editor: 303, admin: 303 },
  },
  'POST /desk/login': {
    request: () => ({ path: '/desk/login', form: { email: 'nobody@desk.example', password: 'not a password anyone has' } }),
    expect: { anonymous: 401, translator: 401, editor: 401, admin: 401 },
  },
  // No password was given on these sessions: the code is not asked for, and the form starts again.
  'POST /desk/login/code': {
    request: () => ({ path: '/desk/login/code', form: { code: '123456' } }),
    expect: { anonymous: 401, translator: 401, editor: 401, admin: 401 },
  },
  'GET /desk/assets/desk.css': {
    request: () => ({ path: '/desk/assets/desk.css' }),
    expect: { anonymous: 200, translator: 200, editor: 200, admin: 200 },
  },
  'POST /desk/logout': {
    request: () => ({ path: '/desk/logout', form: {} }),
    expect: { anonymous: SIGNED_OUT, translator: 303, editor: 303, admin: 303 },
  },
  'GET /desk': {
    request: () => ({ path: '/desk' }),
    expect: { anonymous: SIGNED_OUT, translator: 200, editor: 200, admin: 200 },
  },
  'GET /desk/account': {
    request: () => ({ path: '/desk/account' }),
    expect: { anonymous: SIGNED_OUT, translator: 200, editor: 200, admin: 200 },
  },
  // A code that does not match: the route is open to every signed-in user, and the matrix's accounts keep signing in with the password alone.
  'POST /desk/account/two-factor': {
    request: () => ({ path: '/desk/account/two-factor', form: { secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', code: '000000' } }),
    expect: { anonymous: SIGNED_OUT, translator: 422, editor: 422, admin: 422 },
  },
  'GET /desk/review': {
    request: () => ({ path: '/desk/review' }),
    expect: { anonymous: SIGNED_OUT, translator: 200, editor: 200, admin: 200 },
  },
  'GET /desk/review/:id': {
    request: async (desk, who) => ({ path: `/desk/review/${(await holdTranslation(desk.store, `matrix-${who}`)).translationId}` }),
    expect: { anonymous: SIGNED_OUT, translator: 200, editor: 200, admin: 200 },
  },
  'POST /desk/review/:id/approve': {
    request: async (desk, who) => ({ path: `/desk/review/${(await holdTranslation(desk.store, `approve-${who}`)).translationId}/approve`, form: { reason: 'matrix' } }),
    expect: { anonymous: SIGNED_OUT, translator: 303, editor: 303, admin: 303 },
  },
  'POST /desk/review/:id/reject': {
    request: async (desk, who) => ({ path: `/desk/review/${(await holdTranslation(desk.store, `reject-${who}`)).translationId}/reject`, form: {} }),
    expect: { anonymous: SIGNED_OUT, translator: 303, editor: 303, admin: 303 },
  },
  'GET /desk/articles': {
    request: () => ({ path: '/desk/articles' }),
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 200, admin: 200 },
  },
  'GET /desk/articles/:id': {
    request: async (desk, who) => ({ path: `/desk/articles/${await storeArticle(desk.store, `show-${who}`)}` }),
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 200, admin: 200 },
  },
  'POST /desk/articles/:id': {
    request: async (desk, who) => ({ path: `/desk/articles/${await storeArticle(desk.store, `edit-${who}`)}`, form: { revision: '0', headline: `Edited by ${who}` } }),
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 303, admin: 303 },
  },
  'GET /desk/articles/:id/revisions/:revision': {
    request: async (desk, who) => {
      const id = await storeArticle(desk.store, `revision-${who}`);
      await editArticle(desk.store, id, { headline: 'Edited once' }, { actor: 'cli:matrix', expectedRevision: 0, now: desk.clock.now, sections: ['world'] });
      return { path: `/desk/articles/${id}/revisions/1` };
    },
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 200, admin: 200 },
  },
  'POST /desk/articles/:id/correct': {
    request: async (desk, who) => ({ path: `/desk/articles/${await storeArticle(desk.store, `correct-${who}`)}/correct`, form: { revision: '0', note: 'The port is in Kingsbridge.' } }),
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 303, admin: 303 },
  },
  'POST /desk/articles/:id/kill': {
    request: async (desk, who) => ({ path: `/desk/articles/${await storeArticle(desk.store, `kill-${who}`)}/kill`, form: { revision: '0', reason: 'matrix' } }),
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 303, admin: 303 },
  },
  'POST /desk/articles/:id/restore': {
    request: async (desk, who) => {
      const id = await storeArticle(desk.store, `restore-${who}`);
      await killArticle(desk.store, id, { actor: 'cli:matrix', reason: 'to be restored', now: desk.clock.now });
      return { path: `/desk/articles/${id}/restore`, form: { revision: '1' } };
    },
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 303, admin: 303 },
  },
  // The fixture's desk has no engine configured: the route answers 409 and says so (its work is tested in review-translate-again.test.ts).
  'POST /desk/review/:id/translate-again': {
    request: async (desk, who) => ({ path: `/desk/review/${(await holdTranslation(desk.store, `again-${who}`)).translationId}/translate-again`, form: {} }),
    expect: { anonymous: SIGNED_OUT, translator: 409, editor: 409, admin: 409 },
  },
  'GET /desk/users': {
    request: () => ({ path: '/desk/users' }),
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 403, admin: 200 },
  },
  'POST /desk/users': {
    request: (_desk, who) => ({ path: '/desk/users', form: { email: `added-by-${who}@desk.example`, role: 'translator', password: 'a new harbour lantern' } }),
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 403, admin: 303 },
  },
  'POST /desk/users/:id/disable': {
    request: async (desk, who) => ({ path: `/desk/users/${await victim(desk, who)}/disable`, form: {} }),
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 403, admin: 303 },
  },
  'GET /desk/sources': {
    request: () => ({ path: '/desk/sources' }),
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 403, admin: 200 },
  },
  'POST /desk/sources': {
    request: (_desk, who) => ({ path: '/desk/sources', form: { id: `added-by-${who}`, url: `https://added-by-${who}.example/feed.xml`, section: 'world' } }),
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 403, admin: 303 },
  },
  'POST /desk/sources/:id/pause': {
    request: async (desk, who) => ({ path: `/desk/sources/${await sourceFor(desk, `pause-${who}`)}/pause`, form: {} }),
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 403, admin: 303 },
  },
  'POST /desk/sources/:id/resume': {
    request: async (desk, who) => ({ path: `/desk/sources/${await sourceFor(desk, `resume-${who}`, true)}/resume`, form: {} }),
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 403, admin: 303 },
  },
  'POST /desk/sources/:id/fetch-now': {
    request: async (desk, who) => ({ path: `/desk/sources/${await sourceFor(desk, `fetch-${who}`)}/fetch-now`, form: {} }),
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 403, admin: 303 },
  },
  'POST /desk/sources/:id/remove': {
    request: async (desk, who) => {
      const id = await sourceFor(desk, `remove-${who}`);
      return { path: `/desk/sources/${id}/remove`, form: { confirm: id } };
    },
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 403, admin: 303 },
  },
  'GET /desk/settings': {
    request: () => ({ path: '/desk/settings' }),
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 403, admin: 200 },
  },
  'GET /desk/audit': {
    request: () => ({ path: '/desk/audit' }),
    expect: { anonymous: SIGNED_OUT, translator: 403, editor: 403, admin: 200 },
  },
};

/** A client as `who`: signed in, or a visitor who has opened the login page (so CSRF passes and access is what is tested). */
async function clientAs(desk: DeskFixture, who: Who): Promise<DeskClient> {
  const client = desk.client();
  if (who === 'anonymous') {
    await client.get('/desk/login');
    return client;
  }
  const login = await client.login(desk.accounts[who].email, desk.accounts[who].password);
  assert.equal(login.status, 303);
  await client.get('/desk/assets/desk.css');
  // A signed-in page, for the session's token.
  await client.get('/desk');
  return client;
}

void it('the matrix lists exactly the desk\'s routes', () => {
  const routes = DESK_ROUTES.map((r) => `${r.method} ${r.path}`);
  const missing = routes.filter((route) => !(route in MATRIX));
  assert.deepEqual(missing, [], `add these routes to the role matrix with the status each role must get: ${missing.join(', ')}`);
  assert.deepEqual(Object.keys(MATRIX).filter((key) => !routes.includes(key)), [], 'rows for routes that no longer exist');
});

for (const dialect of testDialects) {
  void describe(`role matrix on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('every route answers every role as the matrix says', async () => {
      const desk = await openDeskFixture(await database().open());
      const wrong: string[] = [];
      for (const route of DESK_ROUTES) {
        const row = MATRIX[`${route.method} ${route.path}`];
        if (!row) continue;
        for (const who of ['anonymous', ...ROLES] as const) {
          const client = await clientAs(desk, who);
          const { path, form } = await row.request(desk, who);
          const response = form === undefined ? await client.get(path) : await client.post(path, form);
          if (response.status !== row.expect[who]) wrong.push(`${route.method} ${path} as ${who}: ${response.status}, expected ${row.expect[who]}`);
          if (who === 'anonymous' && row.expect[who] === SIGNED_OUT) {
            assert.match(response.headers.get('location') ?? '', /^\/desk\/login/, `${route.method} ${path} sends visitors to the login page`);
          }
        }
      }
      assert.deepEqual(wrong, []);
      assert.deepEqual(desk.errors, []);
    });

    void it('an unknown desk path is a login redirect for visitors and a 404 for the signed-in', async () => {
      const desk = await openDeskFixture(await database().open());
      assert.equal((await (await clientAs(desk, 'anonymous')).get('/desk/no-such-page')).status, SIGNED_OUT);
      const editor = await clientAs(desk, 'editor');
      const missing = await editor.get('/desk/no-such-page');
      assert.equal(missing.status, 404);
      assert.match(await missing.text(), /action="\/desk\/logout"/, 'the 404 page carries the logout form');
    });

    void it('a forbidden page says why and carries the logout form', async () => {
      const desk = await openDeskFixture(await database().open());
      const translator = await clientAs(desk, 'translator');
      const response = await translator.get('/desk/users');
      assert.equal(response.status, 403);
      const html = await response.text();
      assert.match(html, /आपकी भूमिका \(अनुवादक\) में यह अनुमति नहीं है/);
      assert.match(html, /<form class="desk-user" method="post" action="\/desk\/logout"><span>[^<]*<\/span><input type="hidden" name="csrf" value="[A-Za-z0-9_-]{43}"\/>/);
    });
  });
}
