import { useQuery } from 'urql';
import { CandidateCard } from '../components/CandidateCard';
import { Empty, ErrorAlert, Loading, P, PageTitle, TextLink } from '../components/ui';
import { pageError } from '../errors';
import { graphql } from '../gql';
import { countOf } from '../labels';
import { useUser } from '../session';

const MyCandidatesQuery = graphql(`
  query MyCandidates($matchmakerId: ID!) {
    candidates(matchmakerId: $matchmakerId, first: 100) {
      totalCount
      nodes {
        ...CandidateSummaryFields
      }
    }
  }
`);

/** Mijn kandidaten: the candidates assigned to the signed-in matchmaker (candidates(matchmakerId)). */
export function MyCandidatesPage() {
  const user = useUser();
  const [{ data, fetching, error }] = useQuery({ query: MyCandidatesQuery, variables: { matchmakerId: user.id } });
  const nodes = data?.candidates.nodes ?? [];
  return (
    <>
      <PageTitle>Mijn kandidaten</PageTitle>
      <P>De werkzoekenden die aan u zijn toegewezen, nieuwste eerst.</P>
      <ErrorAlert message={pageError(error)} />
      {fetching && !data && <Loading what="Uw kandidaten" />}
      {data && nodes.length === 0 && (
        <Empty title="Er zijn nog geen kandidaten aan u toegewezen.">
          <P>
            Zoek kandidaten op <TextLink to="/kandidaten">Kandidaten</TextLink>, of vraag uw teamleider om kandidaten aan u toe te wijzen.
          </P>
        </Empty>
      )}
      {nodes.length > 0 && (
        <>
          <h2 className="utrecht-heading-2">{countOf(data?.candidates.totalCount ?? 0, 'kandidaat', 'kandidaten')}</h2>
          <ul className="result-list">
            {nodes.map((c) => (
              <CandidateCard key={c.id} candidate={c} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
