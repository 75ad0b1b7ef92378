import { useQuery } from 'urql';
import { pageError } from '../errors';
import { graphql } from '../gql';
import { MatchCardFrame, Reasons } from './MatchList';
import { Empty, ErrorAlert, Loading, P, TextLink } from './ui';

const MatchVacanciesQuery = graphql(`
  query MatchVacancies($candidateId: ID!, $filter: VacancyMatchFilter) {
    matchVacancies(candidateId: $candidateId, filter: $filter, first: 20) {
      considered
      matches {
        ...VacancyMatchFields
      }
      nearMisses {
        ...VacancyMatchFields
      }
    }
  }
`);

graphql(`
  fragment VacancyMatchFields on VacancyMatch {
    score
    notes
    reasons {
      ...MatchReasonFields
    }
    unmet {
      ...UnmetRequirementFields
    }
    vacancy {
      id
      title
      placeName
      hoursMin
      hoursMax
      leerwerkplek
      employer {
        id
        name
      }
    }
  }
`);

/** Candidate first: the vacancies that fit this person, with reasons, then the near misses. */
export function VacancyMatches({ candidateId, leerwerkplek, headingLevel = 2 }: { candidateId: string; leerwerkplek?: boolean; headingLevel?: 2 | 3 }) {
  const [{ data, fetching, error }] = useQuery({
    query: MatchVacanciesQuery,
    variables: { candidateId, filter: leerwerkplek ? { leerwerkplek: true } : null },
  });
  const result = data?.matchVacancies;
  const H = `h${headingLevel}` as const;
  const what = leerwerkplek ? 'leerwerkplekken' : 'vacatures';
  return (
    <section aria-label={`Passende ${what}`}>
      <H className={`utrecht-heading-${headingLevel}`}>Passende {what}</H>
      <ErrorAlert message={pageError(error)} />
      {fetching && !result && <Loading what={`Passende ${what}`} />}
      {result && result.matches.length === 0 && (
        <Empty title={`Geen open ${what} die aan alle eisen voldoen.`}>
          <P>Vul het profiel verder aan (talenten, uren, reisafstand) of bekijk de bijna-matches.</P>
        </Empty>
      )}
      <ol className="match-list">
        {result?.matches.map((m) => <VacancyMatchCard key={m.vacancy.id} match={m} />)}
      </ol>
      {result && result.nearMisses.length > 0 && (
        <>
          <H className={`utrecht-heading-${headingLevel}`}>Bijna passend</H>
          <ol className="match-list">
            {result.nearMisses.map((m) => (
              <VacancyMatchCard key={m.vacancy.id} match={m} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

type VacancyMatch = {
  score: number;
  notes: string[];
  reasons: Array<{ criterion: string; text: string; contribution: number; weight: number; fulfilment: number }>;
  unmet: Array<{ text: string }>;
  vacancy: { id: string; title: string; placeName: string; hoursMin: number; hoursMax: number; employer: { name: string } };
};

function VacancyMatchCard({ match }: { match: VacancyMatch }) {
  const v = match.vacancy;
  return (
    <MatchCardFrame
      title={
        <p className="utrecht-paragraph match-card__title">
          <TextLink to={`/vacatures/${v.id}`}>{v.title}</TextLink> bij {v.employer.name}, {v.placeName} ({v.hoursMin}-{v.hoursMax} uur)
        </p>
      }
      score={match.score}
      unmet={match.unmet}
    >
      <Reasons reasons={match.reasons} notes={match.notes} />
    </MatchCardFrame>
  );
}
