import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { AdvanceForm, InstrumentsForm, NazorgForm } from '../components/PlacementForms';
import { DataList, Loading, P, PageTitle, RecordMissing, Section, StatusBadge, TextLink } from '../components/ui';
import { pageError } from '../errors';
import { graphql } from '../gql';
import { CLOSE_REASON, formatDateTime, PLACEMENT_STATUS, shortId } from '../labels';
import { isStaff, useUser } from '../session';

const PlacementQuery = graphql(`
  query Placement($id: ID!) {
    placement(id: $id) {
      ...PlacementSummaryFields
      proposedBy
      consentAt
      inWorkAfter6Months
      inWorkAfter12Months
      instruments {
        ...PlacementInstrumentsFields
      }
      steps {
        ...PlacementStepFields
      }
    }
  }
`);

// The vacancy (leerwerkplek decides whether an opleiding belongs) and the person's name, for WSP staff.
const PlacementContextQuery = graphql(`
  query PlacementContext($vacancyId: ID!, $candidateId: ID!) {
    vacancy(id: $vacancyId) {
      id
      leerwerkplek
      employer {
        id
        name
      }
    }
    candidate(id: $candidateId) {
      id
      personal {
        firstName
        lastName
      }
    }
  }
`);

/** One voordracht: its steps (who, when, note), the next step, instruments and nazorg. */
export function PlacementPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PlacementQuery, variables: { id } });
  const p = data?.placement;
  const [context] = useQuery({ query: PlacementContextQuery, variables: { vacancyId: p?.vacancyId ?? '', candidateId: p?.candidateId ?? '' }, pause: !p || !isStaff(user.role) });

  if (!p) return <RecordMissing title="Voordracht" loading={fetching} error={pageError(error)} notFound="Deze voordracht is niet gevonden." />;
  const c = context.data?.candidate;
  const name = c ? `${c.personal.firstName} ${c.personal.lastName}` : `Kandidaat ${shortId(p.candidateId)}`;
  const open = ['PROPOSED', 'INTRODUCED', 'INTERVIEW', 'TRIAL'].includes(p.status);
  const who = (actorId?: string | null) => (!actorId ? 'onbekend' : actorId === user.id ? 'u' : 'een collega');

  return (
    <>
      <PageTitle>{`Voordracht: ${name}`}</PageTitle>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        voor <TextLink to={`/vacatures/${p.vacancyId}`}>{p.vacancyTitle}</TextLink>
        {context.data ? ` bij ${context.data.vacancy.employer.name}` : ''}{' '}
        <StatusBadge tone={p.status === 'PLACED' ? 'success' : open ? 'active' : 'neutral'}>{PLACEMENT_STATUS[p.status]}</StatusBadge>
      </p>
      <DataList
        items={[
          ['Kandidaat', isStaff(user.role) ? <TextLink to={`/kandidaten/${p.candidateId}`}>{name}</TextLink> : name],
          ['Voorgedragen op', formatDateTime(p.proposedAt)],
          ['Toestemming voor voorstellen', p.consentAt ? formatDateTime(p.consentAt) : 'nog niet gegeven'],
          ...(p.placedAt ? ([['Geplaatst op', formatDateTime(p.placedAt)]] as Array<[string, string]>) : []),
          ...(p.closedAt ? ([['Afgesloten op', `${formatDateTime(p.closedAt)}${p.closeReason ? `: ${CLOSE_REASON[p.closeReason]}` : ''}`]] as Array<[string, string]>) : []),
        ]}
      />

      <Section id="stappen" title="Stappen">
        <ol className="steps">
          {p.steps.map((s, index) => (
            <li key={index} className="steps__item">
              <p className="utrecht-paragraph">
                <strong>{PLACEMENT_STATUS[s.toStatus]}</strong> op {formatDateTime(s.at)}
                {isStaff(user.role) ? `, door ${who(s.actorId)}` : ''}
              </p>
              {s.reason && <p className="utrecht-paragraph utrecht-paragraph--small">Reden: {CLOSE_REASON[s.reason]}</p>}
              {s.note && <p className="utrecht-paragraph utrecht-paragraph--small steps__note">Notitie: {s.note}</p>}
            </li>
          ))}
        </ol>
      </Section>

      {isStaff(user.role) && open && (
        <Section id="volgende-stap" title="Volgende stap">
          <AdvanceForm key={p.status} placementId={p.id} status={p.status} onDone={() => refetch({ requestPolicy: 'network-only' })} />
        </Section>
      )}

      {isStaff(user.role) && (open || p.status === 'PLACED') && (
        <Section id="instrumenten" title="Instrumenten">
          {context.data ? (
            <InstrumentsForm placementId={p.id} instruments={p.instruments} leerwerkplek={context.data.vacancy.leerwerkplek} />
          ) : (
            <Loading what="Instrumenten" />
          )}
        </Section>
      )}

      {isStaff(user.role) && p.status === 'PLACED' && (
        <Section id="nazorg" title="Nazorg">
          <P>Leg 6 en 12 maanden na de plaatsing vast of de kandidaat nog aan het werk is.</P>
          <NazorgForm placementId={p.id} after6={p.inWorkAfter6Months} after12={p.inWorkAfter12Months} />
        </Section>
      )}
    </>
  );
}
