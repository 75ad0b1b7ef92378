import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { MatchCardFrame, Reasons } from '../components/MatchList';
import { ExistingPlacement, ProposeCandidate } from '../components/ProposeCandidate';
import { RequestIntroduction } from '../components/RequestIntroduction';
import { Alert, Button, ButtonLink, DataList, Empty, ErrorAlert, P, PageTitle, QueryStatus, RecordMissing, Section, StatusBadge, TextLink } from '../components/ui';
import { fieldErrors, pageError } from '../errors';
import { graphql } from '../gql';
import type { VacancyStatus } from '../gql/graphql';
import { CONTRACT_TYPE, countOf, formatDate, OPLEIDINGSNIVEAU, shortId, VACANCY_STATUS, yesNo } from '../labels';
import { useCategories } from '../reference';
import { isStaff, useUser } from '../session';

const VacancyQuery = graphql(`
  query Vacancy($id: ID!) {
    vacancy(id: $id) {
      id
      title
      description
      status
      placeName
      postcode
      hoursMin
      hoursMax
      contractType
      openings
      closingDate
      startDate
      categoryCode
      requiredTalents
      niceToHaveTalents
      minTaalniveau
      minOpleidingsniveau
      startkwalificatieRequired
      leerwerkplek
      banenafspraak
      loonkostensubsidie
      jobcoach
      proefplaatsing
      beschutWerk
      employer {
        id
        name
      }
    }
  }
`);

// WSP staff: the full candidate record next to the anonymised profile.
const StaffMatchesQuery = graphql(`
  query StaffCandidateMatches($vacancyId: ID!) {
    matchCandidates(vacancyId: $vacancyId, first: 20) {
      considered
      vacancyOpen
      matches {
        ...StaffCandidateMatchFields
      }
      nearMisses {
        ...StaffCandidateMatchFields
      }
    }
  }
`);

// An employer never even asks for the full record: only the anonymised profile and the job-fit reasons.
const EmployerMatchesQuery = graphql(`
  query EmployerCandidateMatches($vacancyId: ID!) {
    matchCandidates(vacancyId: $vacancyId, first: 20) {
      considered
      vacancyOpen
      matches {
        ...CandidateMatchFields
      }
      nearMisses {
        ...CandidateMatchFields
      }
    }
  }
`);

// One fragment for every role: the API itself gives an employer job-fit reasons only and no notes
// (matching/employer-view.ts), so the screen asks the same fields.
graphql(`
  fragment CandidateMatchFields on CandidateMatch {
    score
    notes
    reasons {
      ...MatchReasonFields
    }
    unmet {
      ...UnmetRequirementFields
    }
    profile {
      id
      talents
      taalniveau
      opleidingsniveau
      startkwalificatie
      hoursMin
      hoursMax
      availableFrom
      workExperience {
        title
        years
      }
    }
  }
`);

graphql(`
  fragment StaffCandidateMatchFields on CandidateMatch {
    ...CandidateMatchFields
    candidate {
      id
      placeName
      personal {
        firstName
        lastName
      }
    }
  }
`);

// Who already has a voordracht for this vacancy: shown at the match instead of a second "Voordragen".
const VacancyPlacementsQuery = graphql(`
  query VacancyPlacements($vacancyId: ID!) {
    placements(vacancyId: $vacancyId, first: 100, status: [PROPOSED, INTRODUCED, INTERVIEW, TRIAL, PLACED]) {
      nodes {
        id
        candidateId
        status
      }
    }
  }
`);

// What this employer already asked about, per anonymised profile.
const VacancyIntroductionsQuery = graphql(`
  query VacancyIntroductions($vacancyId: ID!) {
    introductionRequests(vacancyId: $vacancyId, first: 100) {
      nodes {
        id
        candidateProfileId
        status
      }
    }
  }
`);

const SetStatusMutation = graphql(`
  mutation SetVacancyStatus($id: ID!, $status: VacancyStatus!) {
    setVacancyStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);

// The lifecycle (DOMAIN.md): DRAFT -> OPEN -> FILLED | CLOSED; a FILLED or CLOSED vacancy may be reopened.
const NEXT_STATUS: Record<string, Array<{ status: VacancyStatus; label: string }>> = {
  DRAFT: [{ status: 'OPEN', label: 'Openzetten' }],
  OPEN: [
    { status: 'FILLED', label: 'Markeren als vervuld' },
    { status: 'CLOSED', label: 'Sluiten' },
  ],
  FILLED: [{ status: 'OPEN', label: 'Heropenen' }],
  CLOSED: [{ status: 'OPEN', label: 'Heropenen' }],
};

export function VacancyPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const { labels } = useCategories();
  const [{ data, fetching, error }] = useQuery({ query: VacancyQuery, variables: { id } });
  const [statusResult, setStatus] = useMutation(SetStatusMutation);
  const v = data?.vacancy;

  if (!v) return <RecordMissing title="Vacature" loading={fetching} error={pageError(error)} notFound="Deze vacature is niet gevonden." />;
  const statusProblem = fieldErrors(statusResult.error).status;
  // Who may edit vacancies (the API's EDITORS): everyone but the matchmaker.
  const canChangeStatus = user.role !== 'MATCHMAKER';

  return (
    <>
      <PageTitle>{v.title}</PageTitle>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        {v.employer.name}, {v.placeName} <StatusBadge tone={v.status === 'OPEN' ? 'success' : 'neutral'}>{VACANCY_STATUS[v.status]}</StatusBadge>
      </p>
      {canChangeStatus && (
        <div className="utrecht-button-group actions" role="group" aria-label="Status wijzigen">
          <ButtonLink to={`/vacatures/${v.id}/bewerken`}>Bewerken</ButtonLink>
          {NEXT_STATUS[v.status].map((next) => (
            <Button key={next.status} kind="secondary" busy={statusResult.fetching} onClick={() => setStatus({ id: v.id, status: next.status })}>
              {next.label}
            </Button>
          ))}
        </div>
      )}
      {statusProblem && <Alert type="error">{statusProblem}</Alert>}
      {!statusProblem && <ErrorAlert message={pageError(statusResult.error)} />}
      {statusResult.data && <Alert type="ok">Status gewijzigd naar {VACANCY_STATUS[statusResult.data.setVacancyStatus.status]}.</Alert>}

      <Section id="vacature-gegevens" title="Gegevens">
        {v.description && <P>{v.description}</P>}
        <DataList
          items={[
            ['Beroepsgroep', v.categoryCode ? (labels.get(v.categoryCode) ?? v.categoryCode) : 'niet ingevuld'],
            ['Uren per week', `${v.hoursMin} tot ${v.hoursMax}`],
            ['Soort contract', CONTRACT_TYPE[v.contractType]],
            ['Aantal plekken', String(v.openings)],
            ['Gevraagde talenten', v.requiredTalents.join(', ') || 'geen'],
            ['Gewenste talenten', v.niceToHaveTalents.join(', ') || 'geen'],
            ['Minimaal taalniveau', v.minTaalniveau ?? 'geen eis'],
            ['Minimaal opleidingsniveau', v.minOpleidingsniveau ? OPLEIDINGSNIVEAU[v.minOpleidingsniveau] : 'geen eis'],
            ['Startkwalificatie vereist', yesNo(v.startkwalificatieRequired)],
            ['Leerwerkplek (BBL)', yesNo(v.leerwerkplek)],
            ['Banenafspraak', yesNo(v.banenafspraak)],
            ['Open voor loonkostensubsidie', yesNo(v.loonkostensubsidie)],
            ['Jobcoach mogelijk', yesNo(v.jobcoach)],
            ['Proefplaatsing mogelijk', yesNo(v.proefplaatsing)],
            ['Sluitingsdatum', v.closingDate ? formatDate(v.closingDate) : 'geen'],
          ]}
        />
      </Section>
      {isStaff(user.role) ? <StaffMatches vacancyId={v.id} /> : <EmployerMatches vacancyId={v.id} />}
    </>
  );
}

type MatchFields = {
  score: number;
  notes?: string[];
  reasons: Array<{ criterion: string; text: string; contribution: number; weight: number; fulfilment: number }>;
  unmet: Array<{ requirement: string; text: string }>;
  profile: {
    id: string;
    talents: string[];
    taalniveau?: string | null;
    hoursMin?: number | null;
    hoursMax?: number | null;
    workExperience: Array<{ title: string; years: number }>;
  };
  candidate?: { id: string; placeName?: string | null; personal: { firstName: string; lastName: string } } | null;
};

function StaffMatches({ vacancyId }: { vacancyId: string }) {
  const [{ data, fetching, error }] = useQuery({ query: StaffMatchesQuery, variables: { vacancyId } });
  const [placements, refetchPlacements] = useQuery({ query: VacancyPlacementsQuery, variables: { vacancyId } });
  const proposed = new Map((placements.data?.placements.nodes ?? []).map((p) => [p.candidateId, p]));
  const voordragen: Voordragen = {
    vacancyId,
    proposed,
    refresh: () => refetchPlacements({ requestPolicy: 'network-only' }),
  };
  return <Matches result={data?.matchCandidates} fetching={fetching} error={pageError(error)} staff voordragen={voordragen} />;
}

function EmployerMatches({ vacancyId }: { vacancyId: string }) {
  const [{ data, fetching, error }] = useQuery({ query: EmployerMatchesQuery, variables: { vacancyId } });
  const [requests, refetchRequests] = useQuery({ query: VacancyIntroductionsQuery, variables: { vacancyId } });
  const kennismaking: Kennismaking = {
    vacancyId,
    requested: new Map((requests.data?.introductionRequests.nodes ?? []).map((r) => [r.candidateProfileId, r.status])),
    refresh: () => refetchRequests({ requestPolicy: 'network-only' }),
  };
  return <Matches result={data?.matchCandidates} fetching={fetching} error={pageError(error)} staff={false} kennismaking={kennismaking} />;
}

interface Kennismaking {
  vacancyId: string;
  requested: Map<string, string>;
  refresh: () => void;
  open?: boolean;
}

interface Voordragen {
  vacancyId: string;
  proposed: Map<string, ExistingPlacement>;
  refresh: () => void;
  /** Only an OPEN vacancy takes voordrachten; existing ones still show. */
  open?: boolean;
}

function Matches({
  result,
  fetching,
  error,
  staff,
  voordragen,
  kennismaking,
}: {
  result?: { considered: number; vacancyOpen: boolean; matches: MatchFields[]; nearMisses: MatchFields[] };
  fetching: boolean;
  error: string | null;
  staff: boolean;
  voordragen?: Voordragen;
  kennismaking?: Kennismaking;
}) {
  const open = result?.vacancyOpen;
  const card = (m: MatchFields) => (
    <MatchCard key={m.profile.id} match={m} staff={staff} voordragen={voordragen && { ...voordragen, open }} kennismaking={kennismaking && { ...kennismaking, open }} />
  );
  return (
    <Section id="passende-kandidaten" title="Passende kandidaten">
      {!staff && (
        <P>
          U ziet kandidaten zonder naam of contactgegevens. Heeft u interesse? Kies "Kennismaking aanvragen": het WSP vraagt de kandidaat
          om toestemming en stelt u daarna aan elkaar voor.
        </P>
      )}
      <QueryStatus error={error} loading={fetching && !result} what="Passende kandidaten" />
      {result && !result.vacancyOpen && <Alert type="warning">Deze vacature staat niet open. De kandidaten hieronder passen wel, maar de vacature is nog niet of niet meer te vervullen.</Alert>}
      {result && result.matches.length === 0 && (
        <Empty title="Nog geen kandidaat voldoet aan alle eisen.">
          <P>
            Bekijk de bijna-matches hieronder, of versoepel een eis (taalniveau, startkwalificatie, rijbewijs) als dat voor het werk kan.
          </P>
        </Empty>
      )}
      {result && result.matches.length > 0 && (
        <ol className="match-list" aria-label="Kandidaten, best passend eerst">
          {result.matches.map(card)}
        </ol>
      )}
      {result && result.nearMisses.length > 0 && (
        <>
          <h2 className="utrecht-heading-2">Bijna-matches</h2>
          <P>Deze kandidaten missen precies één eis. Misschien is die op te lossen, bijvoorbeeld met een cursus of een jobcoach.</P>
          <ol className="match-list">
            {result.nearMisses.map(card)}
          </ol>
        </>
      )}
      {result && (
        <P small>
          {countOf(result.considered, 'kandidaat', 'kandidaten')} bekeken.
        </P>
      )}
    </Section>
  );
}

function MatchCard({ match, staff, voordragen, kennismaking }: { match: MatchFields; staff: boolean; voordragen?: Voordragen; kennismaking?: Kennismaking }) {
  const name = staff && match.candidate ? `${match.candidate.personal.firstName} ${match.candidate.personal.lastName}` : `Kandidaat ${shortId(match.profile.id)}`;
  const p = match.profile;
  return (
    <MatchCardFrame
      title={<h3 className="utrecht-heading-3">{staff && match.candidate ? <TextLink to={`/kandidaten/${match.candidate.id}`}>{name}</TextLink> : name}</h3>}
      score={match.score}
      unmet={match.unmet}
    >
      <p className="utrecht-paragraph">
        {p.talents.length ? `Talenten: ${p.talents.join(', ')}` : 'Nog geen talenten bekend'}
        {p.taalniveau ? ` · Taalniveau ${p.taalniveau}` : ''}
        {p.hoursMin != null || p.hoursMax != null ? ` · ${p.hoursMin ?? '?'}-${p.hoursMax ?? '?'} uur` : ''}
        {p.workExperience.length ? ` · Ervaring: ${p.workExperience.map((w) => `${w.title} (${w.years} jr)`).join(', ')}` : ''}
      </p>
      <Reasons reasons={match.reasons /* an employer's are job fit only: the API projects them (matching/employer-view.ts) */}
        notes={match.notes ?? []}
      />
      {staff && voordragen && match.candidate && (
        <ProposeCandidate
          vacancyId={voordragen.vacancyId}
          candidateId={match.candidate.id}
          name={name}
          existing={voordragen.proposed.get(match.candidate.id)}
          onProposed={voordragen.refresh}
          canPropose={voordragen.open !== false}
        />
      )}
      {!staff && kennismaking && (kennismaking.open !== false || kennismaking.requested.has(match.profile.id)) && (
        <RequestIntroduction
          vacancyId={kennismaking.vacancyId}
          profileId={match.profile.id}
          label={name}
          existingStatus={kennismaking.requested.get(match.profile.id)}
          onRequested={kennismaking.refresh}
        />
      )}
    </MatchCardFrame>
  );
}
