import { useState } from 'react';
import { useQuery } from 'urql';
import { CandidateCard } from '../components/CandidateCard';
import { SearchForm, SearchLayout, useFacetSelection } from '../components/SearchLayout';
import { Checkbox, Empty, Field, P, PageTitle } from '../components/ui';
import { fieldErrors, pageError } from '../errors';
import { graphql } from '../gql';
import type { CandidateSearchFilter, Taalniveau, TargetGroup } from '../gql/graphql';
import { countOf } from '../labels';
import { useDebounced } from '../useDebounced';

const SearchCandidatesQuery = graphql(`
  query SearchCandidates($query: String, $filter: CandidateSearchFilter, $first: Int!) {
    searchCandidates(query: $query, filter: $filter, first: $first) {
      totalCount
      totalCountExact
      facets {
        ...FacetFields
      }
      nodes {
        distanceKm
        candidate {
          ...CandidateSummaryFields
        }
      }
    }
  }
`);

graphql(`
  fragment CandidateSummaryFields on Candidate {
    id
    placeName
    talents
    taalniveau
    startkwalificatie
    targetGroups
    personal {
      firstName
      lastName
    }
    completeness {
      percentage
    }
  }
`);

const FILTERABLE = new Set(['categoryWishes', 'klantcategorie', 'targetGroups', 'taalniveau', 'banenafspraak', 'loonkostensubsidie', 'startkwalificatie']);

/** Kandidaten: search as you type; the API forgives typos ("orderpikker" finds orderpicken). */
export function CandidatesPage() {
  const [text, setText] = useState('');
  const [place, setPlace] = useState('');
  const facets = useFacetSelection();
  const { selected } = facets;
  const [withoutSk, setWithoutSk] = useState(false);
  const query = useDebounced(text.trim(), 200);
  const near = useDebounced(place.trim());

  const filter: CandidateSearchFilter = {};
  if (selected.categoryWishes?.length) filter.categories = selected.categoryWishes;
  if (selected.klantcategorie?.length) filter.klantcategorieen = selected.klantcategorie;
  if (selected.targetGroups?.length) filter.targetGroups = selected.targetGroups as TargetGroup[];
  if (selected.taalniveau?.length) filter.minTaalniveau = [...selected.taalniveau].sort()[0] as Taalniveau;
  if (selected.banenafspraak?.includes('true')) filter.banenafspraak = true;
  if (selected.loonkostensubsidie?.includes('true')) filter.loonkostensubsidie = true;
  if (selected.startkwalificatie?.includes('true')) filter.startkwalificatie = true;
  if (withoutSk) filter.startkwalificatie = false;
  if (near) filter.near = { place: near, withinKm: 15 };

  const [{ data, fetching, error }] = useQuery({ query: SearchCandidatesQuery, variables: { query: query || null, filter, first: 30 } });
  const result = data?.searchCandidates;
  const placeError = fieldErrors(error).place;

  return (
    <>
      <PageTitle>Kandidaten</PageTitle>
      <SearchForm label="Kandidaten zoeken">
        <Field label="Zoek op talent, ervaring of wens" description="De resultaten verschijnen terwijl u typt. Een tikfout is geen probleem.">
          {(props) => <input {...props} type="search" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <Field label="Woont binnen 15 km van (plaats)" error={placeError}>
          {(props) => <input {...props} type="text" value={place} onChange={(e) => setPlace(e.target.value)} />}
        </Field>
        <Checkbox label="Alleen zonder startkwalificatie" checked={withoutSk} onChange={setWithoutSk} />
      </SearchForm>
      <SearchLayout result={result} selection={facets} filterable={FILTERABLE} error={placeError ? null : pageError(error)}>
        <section aria-labelledby="kandidaat-resultaten" className="results" aria-busy={fetching}>
          <h2 id="kandidaat-resultaten" className="utrecht-heading-2" aria-live="polite">
            {result ? countOf(result.totalCount, 'kandidaat', 'kandidaten', result.totalCountExact) : 'Resultaten'}
          </h2>
          {/* The search status keeps its line whether a search runs or not. Shown only while fetching, it pushed the
              list down at every keystroke and back up when the answer landed: a click aimed at a name while an
              answer arrived pressed on one spot and released on another, and nothing opened. */}
          <p className="utrecht-paragraph loading" role="status">
            <span className="spinner" aria-hidden="true" style={{ visibility: fetching ? 'visible' : 'hidden' }} />
            {fetching ? 'Kandidaten zoeken...' : '\u00a0'}
          </p>
          {result && result.nodes.length === 0 && (
            <Empty title="Geen kandidaten gevonden.">
              <P>Probeer een ander woord of zet filters uit. Ook profielen zonder opleiding of beroepswens worden gevonden op hun talenten.</P>
            </Empty>
          )}
          <ul className="result-list">
            {result?.nodes.map((hit) => (hit.candidate ? <CandidateCard key={hit.candidate.id} candidate={hit.candidate} distanceKm={hit.distanceKm} /> : null))}
          </ul>
        </section>
      </SearchLayout>
    </>
  );
}
