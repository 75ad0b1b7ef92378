import { ReactNode, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { AdvanceForm } from '../components/PlacementForms';
import { Alert, Button, Checkbox, Empty, Field, P, PageTitle, QueryStatus, Section, StatusBadge, SubmitButton, TableHead, TextLink } from '../components/ui';
import { errorSentence, fieldErrors, pageError } from '../errors';
import { graphql } from '../gql';
import { BOARD_STATUSES, CLOSE_REASON, countOf, formatDate, formatDateTime, INTRODUCTION_STATUS, PLACEMENT_STATUS, shortId } from '../labels';
import { useUser } from '../session';

const PlacementsQuery = graphql(`
  query PlacementsBoard($matchmakerId: ID, $accounthouderId: ID) {
    placements(first: 100, matchmakerId: $matchmakerId, accounthouderId: $accounthouderId) {
      totalCount
      nodes {
        ...PlacementSummaryFields
        steps {
          at
        }
      }
    }
  }
`);

// Names for the board: a matchmaker's own caseload (the same list as "Mijn kandidaten"); others see the number.
const CaseloadNamesQuery = graphql(`
  query CaseloadNames($matchmakerId: ID!) {
    candidates(matchmakerId: $matchmakerId, first: 100) {
      nodes {
        id
        personal {
          firstName
          lastName
        }
      }
    }
  }
`);

graphql(`
  fragment IntroductionRequestFields on IntroductionRequest {
    id
    candidateProfileId
    vacancyId
    vacancyTitle
    message
    status
    createdAt
    decidedAt
    declineReason
    placementId
  }
`);

const IntroductionRequestsQuery = graphql(`
  query IntroductionRequests($status: [IntroductionRequestStatus!], $mine: Boolean) {
    introductionRequests(first: 50, status: $status, mine: $mine) {
      totalCount
      nodes {
        ...IntroductionRequestFields
      }
    }
  }
`);

/** Plaatsingen: the WSP's board per step of the voordracht, and the employers' open introduction requests. */
export function PlacementsPage() {
  const user = useUser();
  if (user.role === 'WERKGEVER') return <EmployerPlacements />;
  return <StaffPlacements />;
}

function StaffPlacements() {
  const user = useUser();
  const ownCaseload = user.role === 'MATCHMAKER' || user.role === 'LEERWERKMAKELAAR';
  const [mine, setMine] = useState(ownCaseload || user.role === 'ACCOUNTHOUDER');
  const filter = !mine ? {} : user.role === 'ACCOUNTHOUDER' ? { accounthouderId: user.id } : ownCaseload ? { matchmakerId: user.id } : {};
  const [{ data, fetching, error }, refetch] = useQuery({ query: PlacementsQuery, variables: filter });
  const nodes = data?.placements.nodes ?? [];
  const closed = nodes.filter((p) => p.status === 'REJECTED' || p.status === 'WITHDRAWN');
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  const [caseload] = useQuery({ query: CaseloadNamesQuery, variables: { matchmakerId: user.id }, pause: !ownCaseload });
  const names = new Map((caseload.data?.candidates.nodes ?? []).map((c) => [c.id, `${c.personal.firstName} ${c.personal.lastName}`]));

  return (
    <>
      <PageTitle>Plaatsingen</PageTitle>
      <IntroductionRequests onAnswered={refresh} />
      <Section id="bord" title="Voordrachten per stap">
        {(ownCaseload || user.role === 'ACCOUNTHOUDER') && (
          <Checkbox label={ownCaseload ? 'Alleen mijn kandidaten' : 'Alleen mijn werkgevers'} checked={mine} onChange={setMine} />
        )}
        <QueryStatus error={pageError(error)} loading={fetching && !data} what="Voordrachten" />
        {data && nodes.length === 0 && (
          <Empty title="Nog geen voordrachten.">
            <P>
              Open een <TextLink to="/vacatures">vacature</TextLink>, kies bij de passende kandidaten "Voordragen" en volg de voordracht hier tot
              de plaatsing.
            </P>
          </Empty>
        )}
        {nodes.length > 0 && (
          <>
            <P small>
              {countOf(data!.placements.totalCount, 'voordracht', 'voordrachten')}
              {data!.placements.totalCount > nodes.length ? `, de ${nodes.length} nieuwste getoond` : ''}.
            </P>
            <div className="board">
              {BOARD_STATUSES.map((status) => {
                const column = nodes.filter((p) => p.status === status);
                return (
                  <section key={status} className="board__column" aria-labelledby={`kolom-${status}`}>
                    <h3 id={`kolom-${status}`} className="utrecht-heading-3 board__title">
                      {PLACEMENT_STATUS[status]} <span className="board__count">({column.length})</span>
                    </h3>
                    {column.length === 0 ? (
                      <p className="utrecht-paragraph utrecht-paragraph--small board__empty">Geen</p>
                    ) : (
                      <ul className="board__list">
                        {column.map((p) => (
                          <BoardCard key={p.id} placement={p} name={names.get(p.candidateId)} onAdvanced={refresh} />
                        ))}
                      </ul>
                    )}
                  </section>
                );
              })}
            </div>
          </>
        )}
        {closed.length > 0 && (
          <section aria-labelledby="afgesloten">
            <h3 id="afgesloten" className="utrecht-heading-3">
              Afgesloten zonder plaatsing ({closed.length})
            </h3>
            <ul className="closed-list">
              {closed.map((p) => (
                <li key={p.id}>
                  <TextLink to={`/plaatsingen/${p.id}`}>{p.vacancyTitle}</TextLink>: {PLACEMENT_STATUS[p.status].toLowerCase()} op{' '}
                  {formatDate(p.closedAt)} ({p.closeReason ? CLOSE_REASON[p.closeReason].toLowerCase() : 'geen reden'})
                </li>
              ))}
            </ul>
          </section>
        )}
      </Section>
    </>
  );
}

type BoardPlacement = { id: string; status: string; candidateId: string; vacancyTitle: string; proposedAt: string; steps: Array<{ at: string }> };

function BoardCard({ placement: p, name, onAdvanced }: { placement: BoardPlacement; name?: string; onAdvanced: () => void }) {
  const last = p.steps[p.steps.length - 1]?.at ?? p.proposedAt;
  return (
    <li className="board__card">
      <p className="utrecht-paragraph board__card-title">
        <TextLink to={`/plaatsingen/${p.id}`}>{p.vacancyTitle}</TextLink>
      </p>
      <p className="utrecht-paragraph utrecht-paragraph--small">
        {name ? (
          <TextLink to={`/kandidaten/${p.candidateId}`}>{name}</TextLink>
        ) : (
          <>
            Kandidaat <TextLink to={`/kandidaten/${p.candidateId}`}>{shortId(p.candidateId)}</TextLink>
          </>
        )}
        <br />
        Sinds {formatDate(last)}
      </p>
      {p.status !== 'PLACED' && (
        <details className="board__advance">
          <summary>Volgende stap</summary>
          <AdvanceForm placementId={p.id} status={p.status} compact onDone={onAdvanced} />
        </details>
      )}
    </li>
  );
}

const AcceptMutation = graphql(`
  mutation AcceptIntroduction($requestId: ID!, $candidateConsent: Boolean!, $note: String) {
    acceptIntroduction(requestId: $requestId, candidateConsent: $candidateConsent, note: $note) {
      ...IntroductionRequestFields
    }
  }
`);

const DeclineMutation = graphql(`
  mutation DeclineIntroduction($requestId: ID!, $reason: String!) {
    declineIntroduction(requestId: $requestId, reason: $reason) {
      ...IntroductionRequestFields
    }
  }
`);

/** Open introduction requests of employers, for the candidate's matchmaker to accept (with consent) or decline. */
function IntroductionRequests({ onAnswered }: { onAnswered: () => void }) {
  const user = useUser();
  const answers = user.role !== 'ACCOUNTHOUDER';
  const [{ data, fetching, error }, refetch] = useQuery({
    query: IntroductionRequestsQuery,
    variables: { status: ['OPEN'], mine: user.role === 'MATCHMAKER' || user.role === 'LEERWERKMAKELAAR' ? true : null },
  });
  const open = data?.introductionRequests.nodes ?? [];
  // A request just answered leaves the open list at the next fetch; it stays on screen, with its confirmation, until
  // the page is left (otherwise the refetch could take it away before the matchmaker read the outcome).
  const [answered, setAnswered] = useState<typeof open>([]);
  const requests = [...open, ...answered.filter((a) => !open.some((r) => r.id === a.id))];
  return (
    <Section id="introductieverzoeken" title="Open kennismakingsverzoeken van werkgevers">
      <QueryStatus error={pageError(error)} loading={fetching && !data} what="Kennismakingsverzoeken" />
      {data && requests.length === 0 && <P>Er staan geen verzoeken open. Werkgevers vragen een kennismaking aan bij hun passende kandidaten.</P>}
      {requests.length > 0 && (
        <ul className="request-list">
          {requests.map((r) => (
            <li key={r.id} className="result-card">
              <p className="utrecht-paragraph">
                <strong>
                  <TextLink to={`/vacatures/${r.vacancyId}`}>{r.vacancyTitle}</TextLink>
                </strong>{' '}
                vraagt naar kandidaat <TextLink to={`/kandidaten/${r.candidateProfileId}`}>{shortId(r.candidateProfileId)}</TextLink>, op{' '}
                {formatDateTime(r.createdAt)}
              </p>
              <blockquote className="request-message">{r.message}</blockquote>
              {answers && (
                <AnswerRequest
                  requestId={r.id}
                  onAnswered={() => {
                    setAnswered((kept) => [...kept, r]);
                    refetch({ requestPolicy: 'network-only' });
                    onAnswered();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function AnswerRequest({ requestId, onAnswered }: { requestId: string; onAnswered: () => void }) {
  const [mode, setMode] = useState<'none' | 'accept' | 'decline'>('none');
  const [consent, setConsent] = useState(false);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [accepted, accept] = useMutation(AcceptMutation);
  const [declined, decline] = useMutation(DeclineMutation);
  const acceptErrors = fieldErrors(accepted.error);
  const declineErrors = fieldErrors(declined.error);

  if (accepted.data) {
    return (
      <Alert type="ok">
        Geaccepteerd: de voordracht staat op "Voorgesteld aan werkgever".{' '}
        {accepted.data.acceptIntroduction.placementId && <TextLink to={`/plaatsingen/${accepted.data.acceptIntroduction.placementId}`}>Bekijk de voordracht</TextLink>}
      </Alert>
    );
  }
  if (declined.data) return <Alert type="ok">Afgewezen. De werkgever leest uw reden.</Alert>;

  return (
    <div>
      <div className="utrecht-button-group">
        <Button kind={mode === 'accept' ? 'primary' : 'secondary'} onClick={() => setMode('accept')} aria-pressed={mode === 'accept'}>
          Accepteren
        </Button>
        <Button kind={mode === 'decline' ? 'primary' : 'secondary'} onClick={() => setMode('decline')} aria-pressed={mode === 'decline'}>
          Afwijzen
        </Button>
      </div>
      {mode === 'accept' && (
        <AnswerForm label="Verzoek accepteren" send={() => accept({ requestId, candidateConsent: consent, note: note.trim() || null })} onAnswered={onAnswered}>
          <Checkbox
            label="De kandidaat geeft toestemming om bij naam aan deze werkgever te worden voorgesteld"
            checked={consent}
            onChange={setConsent}
            error={acceptErrors.candidateConsent}
          />
          <Field label="Notitie (optioneel)" kind="textarea">
            {(props) => <textarea {...props} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          {accepted.error && !acceptErrors.candidateConsent && <Alert type="error">{errorSentence(accepted.error)}</Alert>}
          <SubmitButton busy={accepted.fetching}>Accepteren en voorstellen</SubmitButton>
        </AnswerForm>
      )}
      {mode === 'decline' && (
        <AnswerForm label="Verzoek afwijzen" send={() => decline({ requestId, reason: reason.trim() })} onAnswered={onAnswered}>
          <Field label="Reden voor de werkgever" description="De werkgever leest dit. Schrijf niets over de persoon zelf." error={declineErrors.reason} kind="textarea">
            {(props) => <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          {declined.error && !declineErrors.reason && <Alert type="error">{errorSentence(declined.error)}</Alert>}
          <SubmitButton busy={declined.fetching}>Afwijzen</SubmitButton>
        </AnswerForm>
      )}
    </div>
  );
}

/** One way to answer a request: the form sends and, once the API agrees, the list is asked again. */
function AnswerForm({ label, send, onAnswered, children }: { label: string; send: () => Promise<{ error?: unknown }>; onAnswered: () => void; children: ReactNode }) {
  return (
    <form
      className="form"
      aria-label={label}
      onSubmit={async (e) => {
        e.preventDefault();
        const answer = await send();
        if (!answer.error) onAnswered();
      }}
    >
      {children}
    </form>
  );
}

const EmployerPlacementsQuery = graphql(`
  query EmployerPlacements {
    placements(first: 100) {
      nodes {
        ...PlacementSummaryFields
        contact {
          firstName
          lastName
          email
          phone
        }
      }
    }
  }
`);

/** An employer: its own introduction requests and voordrachten, as the API shows them (no personal data before consent). */
function EmployerPlacements() {
  const [requests] = useQuery({ query: IntroductionRequestsQuery, variables: { status: null, mine: null } });
  const [placements] = useQuery({ query: EmployerPlacementsQuery });
  const reqs = requests.data?.introductionRequests.nodes ?? [];
  const nodes = placements.data?.placements.nodes ?? [];
  return (
    <>
      <PageTitle>Kandidaten voor mijn vacatures</PageTitle>
      <Section id="mijn-verzoeken" title="Mijn kennismakingsverzoeken">
        <QueryStatus error={pageError(requests.error)} loading={requests.fetching && !requests.data} what="Verzoeken" />
        {requests.data && reqs.length === 0 && (
          <Empty title="U heeft nog geen kennismaking aangevraagd.">
            <P>
              Open een van <TextLink to="/vacatures">uw vacatures</TextLink> en kies bij een passende kandidaat "Kennismaking aanvragen".
            </P>
          </Empty>
        )}
        {reqs.length > 0 && (
          <table className="utrecht-table">
            <caption className="visually-hidden">Mijn kennismakingsverzoeken</caption>
            <TableHead columns={['Vacature', 'Kandidaat', 'Aangevraagd', 'Status']} />
            <tbody className="utrecht-table__body">
              {reqs.map((r) => (
                <tr key={r.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    <TextLink to={`/vacatures/${r.vacancyId}`}>{r.vacancyTitle}</TextLink>
                  </td>
                  <td className="utrecht-table__cell">Kandidaat {shortId(r.candidateProfileId)}</td>
                  <td className="utrecht-table__cell">{formatDate(r.createdAt)}</td>
                  <td className="utrecht-table__cell">
                    <StatusBadge tone={r.status === 'ACCEPTED' ? 'success' : r.status === 'DECLINED' ? 'danger' : 'neutral'}>{INTRODUCTION_STATUS[r.status]}</StatusBadge>
                    {r.status === 'OPEN' && ' Het WSP vraagt de kandidaat om toestemming.'}
                    {r.declineReason && ` ${r.declineReason}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section id="mijn-voordrachten" title="Voorgestelde kandidaten">
        <QueryStatus error={pageError(placements.error)} loading={placements.fetching && !placements.data} what="Voordrachten" />
        {placements.data && nodes.length === 0 && <P>Nog geen kandidaten voorgesteld. Zodra het WSP iemand bij u voordraagt, ziet u die hier.</P>}
        {nodes.length > 0 && (
          <ul className="request-list">
            {nodes.map((p) => (
              <li key={p.id} className="result-card">
                <p className="utrecht-paragraph">
                  <strong>{p.contact ? `${p.contact.firstName} ${p.contact.lastName}` : `Kandidaat ${shortId(p.candidateId)}`}</strong> voor{' '}
                  <TextLink to={`/vacatures/${p.vacancyId}`}>{p.vacancyTitle}</TextLink> <StatusBadge tone={p.status === 'PLACED' ? 'success' : 'active'}>{PLACEMENT_STATUS[p.status]}</StatusBadge>
                </p>
                {p.contact ? (
                  <p className="utrecht-paragraph utrecht-paragraph--small">
                    {[p.contact.email, p.contact.phone].filter(Boolean).join(' · ') || 'Contact via het WSP'}
                  </p>
                ) : (
                  <p className="utrecht-paragraph utrecht-paragraph--small">Naam en contactgegevens ziet u zodra de kandidaat toestemming heeft gegeven.</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
