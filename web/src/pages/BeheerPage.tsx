import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Alert, Button, Empty, ErrorAlert, Field, Loading, P, PageTitle, QueryStatus, Section, SelectField, StatusBadge, SubmitButton, TableHead } from '../components/ui';
import { errorSentence, fieldErrors, pageError } from '../errors';
import { graphql } from '../gql';
import type { Role as ApiRole } from '../gql/graphql';
import { formatDateTime, shortId } from '../labels';
import { Role, ROLE_LABELS, useUser } from '../session';

const ROLE_OPTIONS = Object.entries(ROLE_LABELS);

graphql(`
  fragment AdminUserFields on User {
    id
    displayName
    email
    role
    active
    employerId
  }
`);

const UsersQuery = graphql(`
  query AdminUsers {
    users {
      ...AdminUserFields
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
      ...AdminUserFields
    }
  }
`);

const DeactivateMutation = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      ...AdminUserFields
    }
  }
`);

const ReactivateMutation = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      ...AdminUserFields
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
    <Section id="gebruikers" title="Gebruikers en rollen">
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
          <TableHead columns={['Naam', 'E-mailadres', 'Rol', 'Status', 'Acties']} />
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
    </Section>
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
        {ROLE_OPTIONS.map(([r, label]) => (
          <option key={r} value={r}>
            {label}
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
  const set = (key: keyof typeof empty) => (value: string) => setForm({ ...form, [key]: value });
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
            {(props) => <input {...props} value={form.displayName} onChange={(e) => set('displayName')(e.target.value)} autoComplete="off" />}
          </Field>
          <Field label="E-mailadres" error={errors.email}>
            {(props) => <input {...props} type="email" value={form.email} onChange={(e) => set('email')(e.target.value)} autoComplete="off" />}
          </Field>
        </div>
        <div className="form-row">
          <SelectField label="Rol" error={errors.role} value={form.role} onChange={set('role')} options={ROLE_OPTIONS} />
          {form.role === 'WERKGEVER' && (
            <SelectField
              label="Werkgever"
              error={errors.employerId}
              value={form.employerId}
              onChange={set('employerId')}
              placeholder="Kies de werkgever"
              options={employers.map((e) => [e.id, e.name] as const)}
            />
          )}
        </div>
        <Field label="Eerste wachtwoord" description="Minimaal 12 tekens. Geef het persoonlijk door." error={errors.password}>
          {(props) => <input {...props} type="password" value={form.password} onChange={(e) => set('password')(e.target.value)} autoComplete="new-password" />}
        </Field>
        {result.error && !Object.keys(errors).length && <ErrorAlert message={pageError(result.error)} />}
        {created && <Alert type="ok">{created}</Alert>}
        <SubmitButton busy={result.fetching}>Gebruiker aanmaken</SubmitButton>
      </form>
    </details>
  );
}

graphql(`
  fragment AuditEntryFields on AuditEntry {
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
`);

const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $after: String) {
    auditLog(filter: $filter, after: $after, first: 25) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...AuditEntryFields
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
    <Section id="auditlog" title="Auditlog">
      <P>Wie welke gegevens heeft bekeken of gewijzigd, waarom, vanaf waar en wanneer. Nieuwste eerst.</P>
      <form className="dashboard-filters" aria-label="Auditlog filteren" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="Handeling" value={action} onChange={restart(setAction)} placeholder="Alle" options={Object.entries(ACTIONS)} />
        <SelectField label="Soort gegevens" value={entityType} onChange={restart(setEntityType)} placeholder="Alle" options={Object.entries(ENTITIES)} />
        <SelectField
          label="Gebruiker"
          value={actorId}
          onChange={restart(setActorId)}
          placeholder="Iedereen"
          options={(users.data?.users ?? []).map((u) => [u.id, u.displayName] as const)}
        />
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
    </Section>
  );
}

type AuditRow = { id: string; at: string; action: string; entityType: string; entityId?: string | null; actorId?: string | null; actorRole?: string | null; purpose: string; origin: string };

function AuditTable({ rows, names, caption }: { rows: AuditRow[]; names: Map<string, string>; caption: string }) {
  return (
    <table className="utrecht-table audit">
      <caption className="visually-hidden">{caption}</caption>
      <TableHead columns={['Wanneer', 'Wie', 'Wat', 'Gegevens', 'Doel', 'Vanaf']} />
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
        ...AuditEntryFields
      }
    }
  }
`);

function SecurityAlerts() {
  const [{ data, fetching, error }] = useQuery({ query: SecurityAlertsQuery });
  const [users] = useQuery({ query: UsersQuery, requestPolicy: 'cache-first' });
  const names = new Map((users.data?.users ?? []).map((u) => [u.id, u.displayName]));
  return (
    <Section id="beveiliging" title="Beveiligingsmeldingen">
      <P>Accounts die zijn geweigerd omdat ze in een uur te veel kandidaatdossiers openden. Bespreek het met de gebruiker en schakel het account zo nodig uit.</P>
      <QueryStatus error={pageError(error)} loading={fetching && !data} what="Meldingen" />
      {data && data.securityAlerts.nodes.length === 0 && <P>Geen meldingen. Er is niets te doen.</P>}
      {data && data.securityAlerts.nodes.length > 0 && <AuditTable rows={data.securityAlerts.nodes} names={names} caption="Beveiligingsmeldingen" />}
    </Section>
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
    <Section id="rangschikking" title="Uitleg van de rangschikking">
      <QueryStatus error={pageError(error)} loading={fetching && !r} what="Uitleg" />
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
            <TableHead columns={['Criterium', 'Wat telt', { label: 'Gewicht', numeric: true }]} />
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
    </Section>
  );
}
