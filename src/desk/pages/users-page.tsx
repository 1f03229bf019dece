/** The users page (admins): every account with its state, a disable button each, and a form to add one. */
import type { StoredUser } from '../../store/store.ts';
import type { DeskDeps, DeskSession } from '../desk-context.ts';
import { formatDeskTime } from '../desk-dates.ts';
import { CsrfField, DeskLayout, Messages, WideBox } from '../desk-layout.tsx';
import { MIN_PASSWORD_LENGTH } from '../password-policy.ts';
import { ROLES } from '../roles.ts';

export interface UsersPageProps {
  deps: DeskDeps;
  session: DeskSession & { user: StoredUser };
  users: StoredUser[];
  /** What the last action did, shown over the table. */
  notice: string | null;
  /** Why the last action was refused. */
  error: string | null;
  /** The add form's values after a refusal (never the password). */
  form: { email: string; role: string };
}

export function UsersPage({ deps, session, users, notice, error, form }: UsersPageProps) {
  const { strings, config } = deps;
  const time = (iso: string | null) => (iso ? formatDeskTime(iso, deps.lang, config.site.timeZone) : strings.never);
  return (
    <DeskLayout deps={deps} session={session} title={strings.users} current="users">
      <h1>{strings.users}</h1>
      <Messages notice={notice} error={error} />
      <WideBox label={strings.users}>
        <table class="users">
          <thead>
            <tr>
              <th scope="col">{strings.email}</th>
              <th scope="col">{strings.role}</th>
              <th scope="col">{strings.status}</th>
              <th scope="col">{strings.created}</th>
              <th scope="col">{strings.lastLogin}</th>
              <th scope="col">
                <span class="visually-hidden">{strings.disable}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr class={user.disabledAt ? 'disabled' : undefined}>
                <th scope="row">{user.email}</th>
                <td>{strings.roleName(user.role)}</td>
                <td>
                  {user.disabledAt ? strings.disabledSince(time(user.disabledAt)) : strings.active}
                  {user.totpEnabled && <span class="two-factor"> · {strings.twoFactor}</span>}
                </td>
                <td>{time(user.createdAt)}</td>
                <td>{time(user.lastLoginAt)}</td>
                <td>
                  {!user.disabledAt && user.id !== session.user.id && (
                    <form method="post" action={`/desk/users/${user.id}/disable`}>
                      <CsrfField session={session} />
                      <button type="submit" class="danger" aria-label={`${strings.disable}: ${user.email}`}>
                        {strings.disable}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </WideBox>
      <section class="add-user" aria-labelledby="add-user">
        <h2 id="add-user">{strings.addUser}</h2>
        <form method="post" action="/desk/users" class="inline-form">
          <CsrfField session={session} />
          <label>
            {strings.email}
            <input type="email" name="email" value={form.email} required autocomplete="off" />
          </label>
          <label>
            {strings.role}
            <select name="role" required>
              {ROLES.map((role) => (
                <option value={role} selected={role === (form.role || 'translator')}>
                  {strings.roleName(role)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {strings.password}
            <input type="password" name="password" minlength={MIN_PASSWORD_LENGTH} required autocomplete="new-password" />
          </label>
          <button type="submit">{strings.add}</button>
        </form>
      </section>
    </DeskLayout>
  );
}
