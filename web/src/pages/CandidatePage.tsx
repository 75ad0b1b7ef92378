import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { VacancyMatches } from '../components/VacancyMatches';
import { Alert, DataList, PageTitle, RecordMissing, StatusBadge } from '../components/ui';
import { pageError } from '../errors';
import { graphql } from '../gql';
import { CANDIDATE_STATUS, formatDate, OPLEIDINGSNIVEAU, TARGET_GROUP, yesNo } from '../labels';
import { useCategories } from '../reference';

const CandidateQuery = graphql(`
  query Candidate($id: ID!) {
    candidate(id: $id) {
      id
      status
      placeName
      postcode
      maxTravelKm
      talents
      categoryWishes
      taalniveau
      opleidingsniveau
      startkwalificatie
      hoursMin
      hoursMax
      availableFrom
      rijbewijs
      klantcategorie
      targetGroups
      banenafspraak
      loonkostensubsidie
      jobcoachNeeded
      visibleToEmployers
      consulentApprovesVisibility
      profileText
      workExperience {
        title
        years
      }
      personal {
        firstName
        lastName
        email
        phone
      }
      completeness {
        percentage
        missing {
          field
          label
        }
      }
    }
  }
`);

export function CandidatePage() {
  const { id = '' } = useParams();
  const { labels } = useCategories();
  const [{ data, fetching, error }] = useQuery({ query: CandidateQuery, variables: { id } });
  const c = data?.candidate;
  if (!c) return <RecordMissing title="Kandidaat" loading={fetching} error={pageError(error)} notFound="Deze kandidaat is niet gevonden." />;
  const complete = c.completeness.percentage;
  return (
    <>
      <PageTitle>{`${c.personal.firstName} ${c.personal.lastName}`}</PageTitle>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        {c.placeName ?? 'Woonplaats onbekend'} <StatusBadge tone={c.status === 'ACTIVE' ? 'success' : 'neutral'}>{CANDIDATE_STATUS[c.status]}</StatusBadge>{' '}
        {c.targetGroups.map((g) => (
          <StatusBadge key={g} tone="active">
            {TARGET_GROUP[g] ?? g}
          </StatusBadge>
        ))}
      </p>
      <section aria-labelledby="volledigheid" className="completeness">
        <h2 id="volledigheid" className="utrecht-heading-2">
          Profiel {complete}% compleet
        </h2>
        <progress max={100} value={complete} aria-labelledby="volledigheid" className="completeness__bar" />
        {c.completeness.missing.length > 0 ? (
          <Alert type="warning">
            Vul nog aan, zodat werkgevers en matches dit profiel beter vinden: {c.completeness.missing.map((m) => m.label).join(', ')}.
          </Alert>
        ) : (
          <Alert type="ok">Het profiel is compleet.</Alert>
        )}
      </section>
      <div className="two-columns">
        <section aria-labelledby="profiel">
          <h2 id="profiel" className="utrecht-heading-2">
            Profiel
          </h2>
          {c.profileText && <p className="utrecht-paragraph">{c.profileText}</p>}
          <DataList
            items={[
              ['Talenten', c.talents.join(', ') || 'nog niet ingevuld'],
              ['Beroepswensen', c.categoryWishes.map((w) => labels.get(w) ?? w).join(', ') || 'nog niet ingevuld'],
              ['Werkervaring', c.workExperience.map((w) => `${w.title} (${w.years} jaar)`).join(', ') || 'geen'],
              ['Taalniveau', c.taalniveau ?? 'onbekend'],
              ['Opleidingsniveau', c.opleidingsniveau ? OPLEIDINGSNIVEAU[c.opleidingsniveau] : 'onbekend'],
              ['Startkwalificatie', yesNo(c.startkwalificatie)],
              ['Uren per week', c.hoursMin != null || c.hoursMax != null ? `${c.hoursMin ?? '?'} tot ${c.hoursMax ?? '?'}` : 'onbekend'],
              ['Beschikbaar vanaf', c.availableFrom ? formatDate(c.availableFrom) : 'onbekend'],
              ['Maximale reisafstand', c.maxTravelKm != null ? `${c.maxTravelKm} km` : 'onbekend'],
              ['Rijbewijs', c.rijbewijs.join(', ') || 'geen'],
            ]}
          />
        </section>
        <section aria-labelledby="begeleiding">
          <h2 id="begeleiding" className="utrecht-heading-2">
            Begeleiding en contact
          </h2>
          <DataList
            items={[
              ['Klantcategorie', c.klantcategorie ?? 'onbekend'],
              ['Doelgroepregister (banenafspraak)', yesNo(c.banenafspraak)],
              ['Indicatie loonkostensubsidie', yesNo(c.loonkostensubsidie)],
              ['Jobcoach nodig', yesNo(c.jobcoachNeeded)],
              ['Zichtbaar voor werkgevers', c.visibleToEmployers && c.consulentApprovesVisibility ? 'Ja (anoniem)' : 'Nee'],
              ['E-mail', c.personal.email ?? 'onbekend'],
              ['Telefoon', c.personal.phone ?? 'onbekend'],
              ['Postcode', c.postcode ?? 'onbekend'],
            ]}
          />
        </section>
      </div>
      <VacancyMatches candidateId={c.id} />
    </>
  );
}
