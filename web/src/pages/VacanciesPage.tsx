import { useState } from 'react';
import { useQuery } from 'urql';
import { SearchForm, SearchLayout, useFacetSelection } from '../components/SearchLayout';
import { ButtonLink, Checkbox, Empty, Field, Loading, P, PageTitle, QueryStatus, SelectField, StatusBadge, TableHead, TextLink } from '../components/ui';
import { fieldErrors, pageError } from '../errors';
import { graphql } from '../gql';
import type { VacancySearchFilter, VacancyStatus } from '../gql/graphql';
import { CONTRACT_TYPE, countOf, formatDate, VACANCY_STATUS } from '../labels';
import { useUser } from '../session';
import { useDebounced } from '../useDebounced';

const SearchVacanciesQuery = graphql(`
  query SearchVacancies($query: String, $filter: VacancySearchFilter, $first: Int!) {
    searchVacancies(query: $query, filter: $filter, first: $first) {
      totalCount
      totalCountExact
      facets {
        ...FacetFields
      }
      nodes {
        distanceKm
        vacancy {
          ...VacancyListFields
          leerwerkplek
          employer {
            id
            name
          }
        }
      }
    }
  }
`);

graphql(`
  fragment VacancyListFields on Vacancy {
    id
    title
    status
    placeName
    hoursMin
    hoursMax
    contractType
    closingDate
  }
`);

const OwnVacanciesQuery = graphql(`
  query OwnVacancies {
    vacancies(first: 100, status: [DRAFT, OPEN, FILLED, CLOSED]) {
      totalCount
      nodes {
        ...VacancyListFields
      }
    }
  }
`);

export function VacanciesPage() {
  const user = useUser();
  return user.role === 'WERKGEVER' ? <OwnVacancies /> : <VacancySearch />;
}

function statusTone(status: string) {
  return status === 'OPEN' ? 'success' : status === 'DRAFT' ? 'warning' : 'neutral';
}

/** Werkgeversportaal: the employer's own vacancies, whatever their status. */
function OwnVacancies() {
  const [{ data, fetching, error }] = useQuery({ query: OwnVacanciesQuery });
  const nodes = data?.vacancies.nodes ?? [];
  return (
    <>
      <PageTitle>Mijn vacatures</PageTitle>
      <P>Uw vacatures bij het Werkgeversservicepunt. Bij een open vacature ziet u welke kandidaten passen, zonder naam of contactgegevens.</P>
      <p>
        <ButtonLink to="/vacatures/nieuw" kind="primary">
          Vacature plaatsen
        </ButtonLink>
      </p>
      <QueryStatus error={pageError(error)} loading={fetching && !data} what="Vacatures" />
      {data && nodes.length === 0 && (
        <Empty title="U heeft nog geen vacatures.">
          <P>Plaats uw eerste vacature met de knop hierboven. Wij zetten hem open zodra de accounthouder hem heeft bekeken.</P>
        </Empty>
      )}
      {nodes.length > 0 && (
        <div className="utrecht-table-container">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption visually-hidden">Mijn vacatures</caption>
            <TableHead columns={['Vacature', 'Status', 'Plaats', 'Uren', 'Sluit op']} />
            <tbody className="utrecht-table__body">
              {nodes.map((v) => (
                <tr className="utrecht-table__row" key={v.id}>
                  <td className="utrecht-table__cell">
                    <TextLink to={`/vacatures/${v.id}`}>{v.title}</TextLink>
                  </td>
                  <td className="utrecht-table__cell">
                    <StatusBadge tone={statusTone(v.status)}>{VACANCY_STATUS[v.status]}</StatusBadge>
                  </td>
                  <td className="utrecht-table__cell">{v.placeName}</td>
                  <td className="utrecht-table__cell">
                    {v.hoursMin}-{v.hoursMax}
                  </td>
                  <td className="utrecht-table__cell">{v.closingDate ? formatDate(v.closingDate) : 'geen datum'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

// Facet fields the search filter can narrow on, and how.
const FILTERABLE = new Set(['categoryCode', 'status', 'leerwerkplek', 'banenafspraak', 'loonkostensubsidie']);

function VacancySearch() {
  const user = useUser();
  const [text, setText] = useState('');
  const [place, setPlace] = useState('');
  const [km, setKm] = useState('15');
  const facets = useFacetSelection();
  const { selected } = facets;
  const [leerwerkplek, setLeerwerkplek] = useState(false);
  const query = useDebounced(text.trim());
  const near = useDebounced(place.trim());

  const filter: VacancySearchFilter = {};
  if (selected.categoryCode?.length) filter.categories = selected.categoryCode;
  if (selected.status?.length) filter.status = selected.status as VacancyStatus[];
  if (leerwerkplek || selected.leerwerkplek?.includes('true')) filter.leerwerkplek = true;
  if (selected.banenafspraak?.includes('true')) filter.banenafspraak = true;
  if (selected.loonkostensubsidie?.includes('true')) filter.loonkostensubsidie = true;
  if (near) filter.near = { place: near, withinKm: Number(km) || 15 };

  const [{ data, fetching, error }] = useQuery({
    query: SearchVacanciesQuery,
    variables: { query: query || null, filter, first: 50 },
  });
  const result = data?.searchVacancies;
  const placeError = fieldErrors(error).place;

  return (
    <>
      <PageTitle>Vacatures</PageTitle>
      {user.role !== 'MATCHMAKER' ? (
        <p>
          <ButtonLink to="/vacatures/nieuw" kind="primary">
            Nieuwe vacature
          </ButtonLink>
        </p>
      ) : null}
      <SearchForm label="Vacatures zoeken">
        <Field label="Zoeken in vacatures" description="Bijvoorbeeld een functie, talent of werkgever.">
          {(props) => <input {...props} type="search" value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <Field label="In de buurt van (plaats)" error={placeError}>
          {(props) => <input {...props} type="text" value={place} onChange={(e) => setPlace(e.target.value)} />}
        </Field>
        <SelectField label="Straal in km" value={km} onChange={setKm} options={['5', '10', '15', '25', '50'].map((v) => [v, `${v} km`] as const)} />
        <Checkbox label="Alleen leerwerkplekken" checked={leerwerkplek} onChange={setLeerwerkplek} />
      </SearchForm>
      <SearchLayout result={result} selection={facets} filterable={FILTERABLE} error={placeError ? null : pageError(error)}>
        <section aria-labelledby="vacature-resultaten" className="results">
          <h2 id="vacature-resultaten" className="utrecht-heading-2">
            {result ? countOf(result.totalCount, 'vacature', 'vacatures', result.totalCountExact) : 'Resultaten'}
          </h2>
          {fetching && <Loading what="Vacatures" />}
          {result && result.nodes.length === 0 && (
            <Empty title="Geen vacatures gevonden.">
              <P>Probeer minder woorden, een grotere straal of zet filters uit. Standaard ziet u alleen open vacatures.</P>
            </Empty>
          )}
          <ul className="result-list">
            {result?.nodes.map(({ vacancy: v, distanceKm }) => (
              <li key={v.id} className="result-card">
                <h3 className="utrecht-heading-3">
                  <TextLink to={`/vacatures/${v.id}`}>{v.title}</TextLink>
                </h3>
                <p className="utrecht-paragraph">
                  {v.employer.name}, {v.placeName}
                  {distanceKm != null && ` (${distanceKm.toFixed(0)} km)`} · {v.hoursMin}-{v.hoursMax} uur · {CONTRACT_TYPE[v.contractType]}
                </p>
                <p className="badges">
                  <StatusBadge tone={statusTone(v.status)}>{VACANCY_STATUS[v.status]}</StatusBadge>
                  {v.leerwerkplek && <StatusBadge tone="active">Leerwerkplek</StatusBadge>}
                  {v.closingDate && <span className="muted">Sluit {formatDate(v.closingDate)}</span>}
                </p>
              </li>
            ))}
          </ul>
        </section>
      </SearchLayout>
    </>
  );
}
