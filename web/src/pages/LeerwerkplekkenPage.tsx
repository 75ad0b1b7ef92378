import { useState } from 'react';
import { useQuery } from 'urql';
import { VacancyMatches } from '../components/VacancyMatches';
import { Empty, ErrorAlert, Loading, P, PageTitle, TextLink } from '../components/ui';
import { pageError } from '../errors';
import { graphql } from '../gql';
import { countOf } from '../labels';

const YoungCandidatesQuery = graphql(`
  query YoungWithoutStartkwalificatie {
    searchCandidates(filter: { targetGroups: [JONGERE_ZONDER_STARTKWALIFICATIE] }, first: 50) {
      totalCount
      totalCountExact
      nodes {
        candidate {
          id
          placeName
          talents
          personal {
            firstName
            lastName
          }
        }
      }
    }
  }
`);

/** The leerwerkmakelaar's view: young people without startkwalificatie, and the leerwerkplekken (BBL) that fit. */
export function LeerwerkplekkenPage() {
  const [{ data, fetching, error }] = useQuery({ query: YoungCandidatesQuery });
  const [chosen, setChosen] = useState<string | null>(null);
  const people = (data?.searchCandidates.nodes ?? []).flatMap((n) => (n.candidate ? [n.candidate] : []));
  return (
    <>
      <PageTitle>Leerwerkplekken</PageTitle>
      <P>Jongeren tot 27 jaar zonder startkwalificatie. Kies een jongere om de leerwerkplekken (BBL bij een erkend leerbedrijf) te zien die passen.</P>
      <ErrorAlert message={pageError(error)} />
      {fetching && !data && <Loading what="Jongeren" />}
      {data && people.length === 0 && (
        <Empty title="Er zijn geen jongeren zonder startkwalificatie gevonden.">
          <P>Controleer bij de kandidaten of geboortedatum en opleidingsniveau zijn ingevuld: daaruit volgt de doelgroep.</P>
        </Empty>
      )}
      <div className="two-columns two-columns--list">
        {people.length > 0 && (
          <section aria-labelledby="jongeren">
            <h2 id="jongeren" className="utrecht-heading-2">
              {countOf(data?.searchCandidates.totalCount ?? 0, 'jongere', 'jongeren', data?.searchCandidates.totalCountExact)}
            </h2>
            <ul className="pick-list">
              {people.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className={`pick-list__item${chosen === p.id ? ' pick-list__item--current' : ''}`}
                    aria-pressed={chosen === p.id}
                    onClick={() => setChosen(p.id)}
                  >
                    <strong>
                      {p.personal.firstName} {p.personal.lastName}
                    </strong>
                    <span>
                      {p.placeName ?? 'woonplaats onbekend'} · {p.talents.slice(0, 3).join(', ') || 'nog geen talenten'}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <div>
          {chosen ? (
            <>
              <P>
                <TextLink to={`/kandidaten/${chosen}`}>Volledig profiel bekijken</TextLink>
              </P>
              <VacancyMatches candidateId={chosen} leerwerkplek />
            </>
          ) : (
            people.length > 0 && <Empty title="Kies links een jongere.">{null}</Empty>
          )}
        </div>
      </div>
    </>
  );
}
