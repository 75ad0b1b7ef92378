import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Alert, Button, Empty, ErrorAlert, Field, Loading, P, PageTitle, StatusBadge } from '../components/ui';
import { errorSentence, fieldErrors, pageError } from '../errors';
import { graphql } from '../gql';
import type { Role as ApiRole } from '../gql/graphql';
import { formatDateTime, shortId } from '../labels';
import { Role, ROLE_LABELS, useUser } from '../session';

const ROLES = Object.keys(ROLE_LABELS) as Role[];

const UsersQuery = graphql(`
  query AdminUsers {
    users {
      id
      displayName
      email
      role
      active
      employerId
    }
    employers(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      displayName
      email
      role
      active
      employerId
    }
  }
`);

const DeactivateMutation = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
      active
    }
  }
`);

const ReactivateMutation = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      id
      active
    }
  }
`);

const ChangeRoleMutation = graphql(`
  mutation ChangeUserRole($id: ID!, $input: ChangeUserRoleInput!) {
    changeUserRole(id: $id, input: $input) {
      id
      role
      employerId
    }
  }
`);

const ResetPasswordMutation = graphql(`
  mutation ResetUserPassword($id: ID!) {
    resetUserPassword(id: $id) {
      generatedPassword
      user {
        id
        displayName
      }
    }
  }
`);

/** Beheer (ADMIN): users and roles, the audit trail, security alerts and how the ranking works. */
export function BeheerPage() {
  return (
    <>
      <PageTitle>Beheer</PageTitle>
      <nav aria-label="Onderdelen van beheer" className="toc">
        <ul>
          <li>
            <a className="utrecht-link" href="#gebruikers">Gebruikers en rollen</a>
          </li>
          <li>
            <a className="utrecht-link" href="#auditlog">Auditlog</a>
          </li>
          <li>
            <a className="utrecht-link" href="#beveiliging">Beveiligingsmeldingen</a>
          </li>
          <li>
            <a className="utrecht-link" href="#rangschikking">Uitleg van de rangschikking</a>
          </li>
        </ul>
      </nav>
      <Users />
      <AuditLog />
      <SecurityAlerts />
      <RankingExplanation />
    </>
  );
}

function Users() {
  const me = useUser();
  const [{ data, fetching, error }, refetch] = useQuery({ query: UsersQuery });
  const [deactivated, deactivate] = useMutation(DeactivateMutation);
  const [reactivated, reactivate] = useMutation(ReactivateMutation);
  const [reset, resetPassword] = useMutation(ResetPasswordMutation);
  const employers = new Map((data?.employers.nodes ?? []).map((e) => [e.id, e.name]));
  const actionError = errorSentence(deactivated.error ?? reactivated.error ?? reset.error);
  return (
    <section aria-labelledby="gebruikers">
      <h2 id="gebruikers" className="utrecht-heading-2">
        Gebruikers en rollen
      </h2>
      <ErrorAlert message={pageError(error)} />
      {actionError && <Alert type="error">{actionError}</Alert>}
      {reset.data?.resetUserPassword.generatedPassword && (
        <Alert type="warning">
          Nieuw wachtwoord voor {reset.data.resetUserPassword.user.displayName}: <code className="password">{reset.data.resetUserPassword.generatedPassword}</code>. U ziet
          het alleen nu: geef het persoonlijk of telefonisch door en vraag de gebruiker het te wijzigen.
        </Alert>
      )}
      {fetching && !data && <Loading what="Gebruikers" />}
      {data && (
        <table className="utrecht-table users">
          <caption className="visually-hidden">Alle gebruikers</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">Naam</th>
              <th className="utrecht-table__header-cell" scope="col">E-mailadres</th>
              <th className="utrecht-table__header-cell" scope="col">Rol</th>
              <th className="utrecht-table__header-cell" scope="col">Status</th>
              <th className="utrecht-table__header-cell" scope="col">Acties</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {data.users.map((u) => (
              <tr key={u.id} className="utrecht-table__row">
                <th className="utrecht-table__cell" scope="row">
                  {u.displayName}
                  {u.id === me.id ? ' (u)' : ''}
                </th>
                <td className="utrecht-table__cell">{u.email}</td>
                <td className="utrecht-table__cell">
                  <RoleChanger user={u} employers={data.employers.nodes} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
                  {u.employerId && <div className="utrecht-paragraph--small">{employers.get(u.employerId) ?? 'werkgever'}</div>}
                </td>
                <td className="utrecht-table__cell">
                  <StatusBadge tone={u.active ? 'success' : 'danger'}>{u.active ? 'Actief' : 'Uitgeschakeld'}</StatusBadge>
                </td>
                <td className="utrecht-table__cell">
                  <div className="actions-cell">
                  {u.active ? (
                    <Button kind="secondary" busy={deactivated.fetching} disabled={u.id === me.id} onClick={() => deactivate({ id: u.id })} aria-label={`${u.displayName} uitschakelen`}>
                      Uitschakelen
                    </Button>
                  ) : (
                    <Button kind="secondary" busy={reactivated.fetching} onClick={() => reactivate({ id: u.id })} aria-label={`${u.displayName} weer inschakelen`}>
                      Inschakelen
                    </Button>
                  )}
                  <Button kind="subtle" busy={reset.fetching} onClick={() => resetPassword({ id: u.id })} aria-label={`Nieuw wachtwoord voor ${u.displayName}`}>
                    Nieuw wachtwoord
                  </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && <NewUser employers={data.employers.nodes} onCreated={() => refetch({ requestPolicy: 'network-only' })} />}
    </section>
  );
}

function RoleChanger({ user, employers, onChanged }: { user: { id: string; displayName: string; role: string; employerId?: string | null }; employers: Array<{ id: string; name: string }>; onChanged: () => void }) {
  const [role, setRole] = useState(user.role);
  const [employerId, setEmployerId] = useState(user.employerId ?? '');
  const [result, change] = useMutation(ChangeRoleMutation);
  const errors = fieldErrors(result.error);
  const changed = role !== user.role || (role === 'WERKGEVER' && employerId !== (user.employerId ?? ''));
  return (
    <div className="role-changer">
      <label className="visually-hidden" htmlFor={`rol-${user.id}`}>
        Rol van {user.displayName}
      </label>
      <select id={`rol-${user.id}`} className="utrecht-select utrecht-select--html-select" value={role} onChange={(e) => setRole(e.target.value)} aria-invalid={errors.role ? true : undefined}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      {role === 'WERKGEVER' && role !== user.role && (
        <>
          <label className="visually-hidden" htmlFor={`werkgever-${user.id}`}>
            Werkgever van {user.displayName}
          </label>
          <select id={`werkgever-${user.id}`} className="utrecht-select utrecht-select--html-select" value={employerId} onChange={(e) => setEmployerId(e.target.value)}>
            <option value="">Kies de werkgever</option>
            {employers.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </>
      )}
      {changed && (
        <Button
          kind="secondary"
          busy={result.fetching}
          onClick={async () => {
            const answer = await change({ id: user.id, input: { role: role as ApiRole, employerId: role === 'WERKGEVER' ? employerId || null : null } });
            if (!answer.error) onChanged();
          }}
        >
          Rol opslaan
        </Button>
      )}
      {result.error && <div className="utrecht-form-field-error-message">{errorSentence(result.error)}</div>}
    </div>
  );
}

function NewUser({ employers, onCreated }: { employers: Array<{ id: string; name: string }>; onCreated: () => void }) {
  const empty = { displayName: '', email: '', role: 'MATCHMAKER', employerId: '', password: '' };
  const [form, setForm] = useState(empty);
  const [result, create] = useMutation(CreateUserMutation);
  const [created, setCreated] = useState<string | null>(null);
  const errors = fieldErrors(result.error);
  const set = (key: keyof typeof empty) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  return (
    <details className="new-user" open={Object.keys(errors).length > 0 || undefined}>
      <summary className="utrecht-button utrecht-button--secondary-action">Nieuwe gebruiker</summary>
      <form
        className="form"
        aria-label="Nieuwe gebruiker"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setCreated(null);
          const answer = await create({
            input: {
              displayName: form.displayName.trim(),
              email: form.email.trim(),
              role: form.role as ApiRole,
              employerId: form.role === 'WERKGEVER' ? form.employerId || null : null,
              password: form.password,
            },
          });
          if (answer.data) {
            setCreated(`${answer.data.createUser.displayName} kan nu inloggen met ${answer.data.createUser.email}.`);
            setForm(empty);
            onCreated();
          }
        }}
      >
        <div className="form-row">
          <Field label="Naam" error={errors.displayName}>
            {(props) => <input {...props} value={form.displayName} onChange={set('displayName')} autoComplete="off" />}
          </Field>
          <Field label="E-mailadres" error={errors.email}>
            {(props) => <input {...props} type="email" value={form.email} onChange={set('email')} autoComplete="off" />}
          </Field>
        </div>
        <div className="form-row">
          <Field label="Rol" error={errors.role} kind="select">
            {(props) => (
              <select {...props} value={form.role} onChange={set('role')}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABELS[r]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {form.role === 'WERKGEVER' && (
            <Field label="Werkgever" error={errors.employerId} kind="select">
              {(props) => (
                <select {...props} value={form.employerId} onChange={set('employerId')}>
                  <option value="">Kies de werkgever</option>
                  {employers.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </div>
        <Field label="Eerste wachtwoord" description="Minimaal 12 tekens. Geef het persoonlijk door." error={errors.password}>
          {(props) => <input {...props} type="password" value={form.password} onChange={set('password')} autoComplete="new-password" />}
        </Field>
        {result.error && !Object.keys(errors).length && <ErrorAlert message={pageError(result.error)} />}
        {created && <Alert type="ok">{created}</Alert>}
        <div>
          <Button type="submit" busy={result.fetching}>
            Gebruiker aanmaken
          </Button>
        </div>
      </form>
    </details>
  );
}

const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $after: String) {
    auditLog(filter: $filter, after: $after, first: 25) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        at
        action
        entityType
        entityId
        actorId
        actorRole
        purpose
        origin
      }
    }
  }
`);

const ACTIONS: Record<string, string> = {
  create: 'aangemaakt',
  read: 'gelezen',
  view: 'bekeken',
  update: 'gewijzigd',
  status: 'status gewijzigd',
  erase: 'verwijderd (AVG)',
  export: 'inzage (AVG)',
  alert: 'beveiligingsmelding',
};
const ENTITIES: Record<string, string> = { candidate: 'Kandidaat', employer: 'Werkgever', vacancy: 'Vacature', user: 'Gebruiker', audit_log: 'Auditlog', placement: 'Voordracht', introduction_request: 'Kennismakingsverzoek' };

function AuditLog() {
  const [action, setAction] = useState('');
  const [entityType, setEntityType] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [users] = useQuery({ query: UsersQuery, requestPolicy: 'cache-first' });
  const [actorId, setActorId] = useState('');
  const filter = {
    action: action || null,
    entityType: entityType || null,
    actorId: actorId || null,
    from: from ? new Date(`${from}T00:00:00`).toISOString() : null,
    to: to ? new Date(`${to}T00:00:00`).toISOString() : null,
  };
  const page = cursors.length;
  const [{ data, fetching, error }] = useQuery({ query: AuditLogQuery, variables: { filter, after: cursors[cursors.length - 1] } });
  const names = new Map((users.data?.users ?? []).map((u) => [u.id, u.displayName]));
  const restart = <T,>(setter: (v: T) => void) => (v: T) => {
    setter(v);
    setCursors([null]);
  };
  const errors = fieldErrors(error);
  return (
    <section aria-labelledby="auditlog">
      <h2 id="auditlog" className="utrecht-heading-2">
        Auditlog
      </h2>
      <P>Wie welke gegevens heeft bekeken of gewijzigd, waarom, vanaf waar en wanneer. Nieuwste eerst.</P>
      <form className="dashboard-filters" aria-label="Auditlog filteren" onSubmit={(e) => e.preventDefault()}>
        <Field label="Handeling" kind="select">
          {(props) => (
            <select {...props} value={action} onChange={(e) => restart(setAction)(e.target.value)}>
              <option value="">Alle</option>
              {Object.entries(ACTIONS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Soort gegevens" kind="select">
          {(props) => (
            <select {...props} value={entityType} onChange={(e) => restart(setEntityType)(e.target.value)}>
              <option value="">Alle</option>
              {Object.entries(ENTITIES).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Gebruiker" kind="select">
          {(props) => (
            <select {...props} value={actorId} onChange={(e) => restart(setActorId)(e.target.value)}>
              <option value="">Iedereen</option>
              {(users.data?.users ?? []).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Vanaf" error={errors.from}>
          {(props) => <input {...props} type="date" value={from} onChange={(e) => restart(setFrom)(e.target.value)} />}
        </Field>
        <Field label="Tot" error={errors.to}>
          {(props) => <input {...props} type="date" value={to} onChange={(e) => restart(setTo)(e.target.value)} />}
        </Field>
      </form>
      {error && !Object.keys(errors).length && <ErrorAlert message={pageError(error)} />}
      {fetching && <Loading what="Auditlog" />}
      {data && data.auditLog.nodes.length === 0 && <Empty title="Niets gevonden met deze filters.">{<P>Verruim de periode of kies "Alle".</P>}</Empty>}
      {data && data.auditLog.nodes.length > 0 && (
        <>
          <P small>
            {data.auditLog.totalCount.toLocaleString('nl-NL')} regels, pagina {page}.
          </P>
          <AuditTable rows={data.auditLog.nodes} names={names} caption="Auditlog" />
          <div className="utrecht-button-group">
            <Button kind="secondary" disabled={page === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
              Vorige pagina
            </Button>
            <Button kind="secondary" disabled={!data.auditLog.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, data.auditLog.pageInfo.endCursor ?? null])}>
              Volgende pagina
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

type AuditRow = { id: string; at: string; action: string; entityType: string; entityId?: string | null; actorId?: string | null; actorRole?: string | null; purpose: string; origin: string };

function AuditTable({ rows, names, caption }: { rows: AuditRow[]; names: Map<string, string>; caption: string }) {
  return (
    <table className="utrecht-table audit">
      <caption className="visually-hidden">{caption}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">Wanneer</th>
          <th className="utrecht-table__header-cell" scope="col">Wie</th>
          <th className="utrecht-table__header-cell" scope="col">Wat</th>
          <th className="utrecht-table__header-cell" scope="col">Gegevens</th>
          <th className="utrecht-table__header-cell" scope="col">Doel</th>
          <th className="utrecht-table__header-cell" scope="col">Vanaf</th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {rows.map((r) => (
          <tr key={r.id} className="utrecht-table__row">
            <td className="utrecht-table__cell">{formatDateTime(r.at)}</td>
            <td className="utrecht-table__cell">
              {r.actorId ? (names.get(r.actorId) ?? shortId(r.actorId)) : 'systeem'}
              {r.actorRole ? ` (${ROLE_LABELS[r.actorRole as Role] ?? r.actorRole})` : ''}
            </td>
            <td className="utrecht-table__cell">{ACTIONS[r.action] ?? r.action}</td>
            <td className="utrecht-table__cell">
              {ENTITIES[r.entityType] ?? r.entityType}
              {r.entityId ? ` ${r.entityType === 'user' ? (names.get(r.entityId) ?? shortId(r.entityId)) : shortId(r.entityId)}` : ''}
            </td>
            <td className="utrecht-table__cell">{r.purpose.toLowerCase().replace(/_/g, ' ')}</td>
            <td className="utrecht-table__cell">{r.origin}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const SecurityAlertsQuery = graphql(`
  query SecurityAlerts {
    securityAlerts(first: 20) {
      totalCount
      nodes {
        id
        at
        action
        entityType
        entityId
        actorId
        actorRole
        purpose
        origin
      }
    }
  }
`);

function SecurityAlerts() {
  const [{ data, fetching, error }] = useQuery({ query: SecurityAlertsQuery });
  const [users] = useQuery({ query: UsersQuery, requestPolicy: 'cache-first' });
  const names = new Map((users.data?.users ?? []).map((u) => [u.id, u.displayName]));
  return (
    <section aria-labelledby="beveiliging">
      <h2 id="beveiliging" className="utrecht-heading-2">
        Beveiligingsmeldingen
      </h2>
      <P>Accounts die zijn geweigerd omdat ze in een uur te veel kandidaatdossiers openden. Bespreek het met de gebruiker en schakel het account zo nodig uit.</P>
      <ErrorAlert message={pageError(error)} />
      {fetching && !data && <Loading what="Meldingen" />}
      {data && data.securityAlerts.nodes.length === 0 && <P>Geen meldingen. Er is niets te doen.</P>}
      {data && data.securityAlerts.nodes.length > 0 && <AuditTable rows={data.securityAlerts.nodes} names={names} caption="Beveiligingsmeldingen" />}
    </section>
  );
}

const RankingQuery = graphql(`
  query RankingExplanation {
    rankingExplanation {
      summary
      missingData
      neverStored
      storedButNotUsed
      requirements {
        code
        description
      }
      criteria {
        code
        label
        description
        weight
        percentage
      }
    }
  }
`);

function RankingExplanation() {
  const [{ data, fetching, error }] = useQuery({ query: RankingQuery });
  const r = data?.rankingExplanation;
  return (
    <section aria-labelledby="rangschikking">
      <h2 id="rangschikking" className="utrecht-heading-2">
        Uitleg van de rangschikking
      </h2>
      <ErrorAlert message={pageError(error)} />
      {fetching && !r && <Loading what="Uitleg" />}
      {r && (
        <>
          <P>{r.summary}</P>
          <h3 className="utrecht-heading-3">Harde eisen</h3>
          <ul className="utrecht-unordered-list">
            {r.requirements.map((q) => (
              <li key={q.code} className="utrecht-unordered-list__item">
                {q.description}
              </li>
            ))}
          </ul>
          <h3 className="utrecht-heading-3">Criteria en gewichten</h3>
          <table className="utrecht-table">
            <caption className="visually-hidden">Criteria en gewichten</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Criterium</th>
                <th className="utrecht-table__header-cell" scope="col">Wat telt</th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Gewicht</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {r.criteria.map((c) => (
                <tr key={c.code} className="utrecht-table__row">
                  <th className="utrecht-table__cell" scope="row">
                    {c.label}
                  </th>
                  <td className="utrecht-table__cell">{c.description}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    <span className="weight-bar" style={{ width: `${Math.round(c.percentage * 2)}px` }} aria-hidden="true" /> {c.percentage.toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 className="utrecht-heading-3">Onvolledige profielen</h3>
          <P>{r.missingData}</P>
          <h3 className="utrecht-heading-3">Nooit gebruikt</h3>
          <P>Niet opgeslagen: {r.neverStored.join(', ')}.</P>
          <P>Wel opgeslagen, nooit gebruikt bij het rangschikken: {r.storedButNotUsed.join(', ')}.</P>
        </>
      )}
    </section>
  );
}
