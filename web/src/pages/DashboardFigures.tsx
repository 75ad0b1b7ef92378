import { Component, lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Empty, ErrorAlert, Field, Loading, P, TextLink } from '../components/ui';
import { errorSentence } from '../errors';
import { graphql } from '../gql';
import type { WspDashboardQuery } from '../gql/graphql';
import { days, pct } from './dashboard-format';
import { countOf } from '../labels';
import { useCategories } from '../reference';
import { useUser } from '../session';
import { useDebounced } from '../useDebounced';

const DashboardQuery = graphql(`
  query WspDashboard($from: Date, $to: Date, $filter: WspDashboardFilter) {
    wspDashboard(from: $from, to: $to, filter: $filter) {
      from
      to
      funnel {
        rejected
        withdrawn
        steps {
          step
          reached
          conversion
        }
      }
      perMonth {
        month
        proposed
        placed
      }
      placements {
        placed
        leerwerkplek
        banenafspraak
        loonkostensubsidie
        jobcoach
        inWorkAfter6Months {
          due
          inWork
          share
        }
      }
      vacancies {
        openVacancies
        openings
        openingsUnfilled
        leerwerkplekkenOpen
      }
      candidates {
        activeCandidates
        statushouder
        vijftigPlus
        jongereZonderStartkwalificatie
        perKlantcategorie {
          code
          label
          candidates
        }
      }
      uitstroom {
        candidateBase
        candidatesPlaced
        share
      }
      proportionality {
        targetGroup
        shareOfCandidates
        shareOfProposals
        shareOfPlacements
        perMonth {
          month
          shareOfPlacements
          shareOfProposals
        }
      }
      timing {
        overall {
          medianDaysToFill
          medianDaysToFirstProposal
          filledVacancies
          vacanciesWithoutProposal
        }
        perCategory {
          categoryCode
          categoryLabel
          medianDaysToFill
          filledVacancies
        }
      }
      knelpunten {
        count
        notYetAssessed
        threshold
        vacancies {
          vacancyId
          title
          employerName
          bestScore
          eligibleCandidates
          daysOpen
        }
      }
      workloadAccounthouders {
        userId
        displayName
      }
    }
  }
`);

// recharts is large: the charts load apart from the figures, starting when the dashboard opens (in parallel with the
// figures' query), so the tiles do not wait for the chart code.
const loadCharts = () => import('./DashboardCharts');
const DashboardCharts = lazy(loadCharts);

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * The period presets a manager thinks in; "Zelf kiezen" opens the two dates. "Laatste 12 maanden", the one the
 * dashboard opens with, sends no dates: the API's default period (computed ahead on the server) is that one.
 */
function presetPeriod(preset: string, today = new Date()): { from?: string; to?: string } {
  const y = today.getFullYear();
  const m = today.getMonth();
  switch (preset) {
    case 'maand':
      return { from: iso(new Date(y, m, 1)), to: iso(today) };
    case 'kwartaal':
      return { from: iso(new Date(y, m - 2, 1)), to: iso(today) };
    case 'jaar':
      return { from: iso(new Date(y, 0, 1)), to: iso(today) };
    default:
      return {};
  }
}

/** When the charts' own file cannot be loaded (offline, a new release meanwhile): say so, keep the tiles and the lists. */
class ChartsBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <ErrorAlert message="De grafieken konden niet worden geladen. Vernieuw de pagina om het opnieuw te proberen." /> : this.props.children;
  }
}

/** The WSP dashboard: tiles first, then the charts, each with its figures also as a table for a screen reader. */
export default function DashboardFigures() {
  const user = useUser();
  const { list: categories } = useCategories();
  const [preset, setPreset] = useState('12maanden');
  const [custom, setCustom] = useState({ from: '', to: '' });
  const [municipality, setMunicipality] = useState('');
  const [categoryCode, setCategoryCode] = useState('');
  const [accounthouderId, setAccounthouderId] = useState('');
  // An emptied date field asks for the API's default for that end of the period.
  const period = preset === 'zelf' ? { from: custom.from || undefined, to: custom.to || undefined } : presetPeriod(preset);
  const place = useDebounced(municipality.trim(), 500);
  const filter = useMemo(
    () => (place || categoryCode || accounthouderId ? { municipality: place || null, categoryCode: categoryCode || null, accounthouderId: accounthouderId || null } : null),
    [place, categoryCode, accounthouderId],
  );
  useEffect(() => void loadCharts(), []);
  const [{ data, fetching, error }] = useQuery({ query: DashboardQuery, variables: { ...period, filter } });
  // The accounthouders to filter by come with the dashboard's own workload figures (staff only).
  const [accounthouders, setAccounthouders] = useState<Array<{ userId: string; displayName: string }>>([]);
  const workload = data?.wspDashboard.workloadAccounthouders;
  if (workload && accounthouders.length === 0 && workload.some((w) => w.userId)) {
    setAccounthouders(workload.filter((w): w is { userId: string; displayName: string } => !!w.userId));
  }
  const d = data?.wspDashboard;
  const staff = user.role !== 'WERKGEVER';

  return (
    <>
      <form className="dashboard-filters" aria-label="Periode en filters" onSubmit={(e) => e.preventDefault()}>
        <Field label="Periode" kind="select">
          {(props) => (
            <select
              {...props}
              value={preset}
              onChange={(e) => {
                // "Zelf kiezen" starts from the period on screen.
                if (e.target.value === 'zelf' && data) setCustom({ from: data.wspDashboard.from, to: data.wspDashboard.to });
                setPreset(e.target.value);
              }}
            >
              <option value="maand">Deze maand</option>
              <option value="kwartaal">Laatste 3 maanden</option>
              <option value="jaar">Dit jaar</option>
              <option value="12maanden">Laatste 12 maanden</option>
              <option value="zelf">Zelf kiezen</option>
            </select>
          )}
        </Field>
        {preset === 'zelf' && (
          <>
            <Field label="Van" description="Leeg: 12 maanden voor de einddatum">{(props) => <input {...props} type="date" value={custom.from} onChange={(e) => setCustom({ ...custom, from: e.target.value })} />}</Field>
            <Field label="Tot en met" description="Leeg: vandaag">{(props) => <input {...props} type="date" value={custom.to} onChange={(e) => setCustom({ ...custom, to: e.target.value })} />}</Field>
          </>
        )}
        {staff && (
          <>
            <Field label="Gemeente of plaats">{(props) => <input {...props} value={municipality} onChange={(e) => setMunicipality(e.target.value)} placeholder="bijv. Lansingerland" />}</Field>
            <Field label="Beroepsgroep" kind="select">
              {(props) => (
                <select {...props} value={categoryCode} onChange={(e) => setCategoryCode(e.target.value)}>
                  <option value="">Alle beroepsgroepen</option>
                  {categories.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Accounthouder" kind="select">
              {(props) => (
                <select {...props} value={accounthouderId} onChange={(e) => setAccounthouderId(e.target.value)}>
                  <option value="">Alle accounthouders</option>
                  {accounthouders.map((a) => (
                    <option key={a.userId} value={a.userId}>
                      {a.displayName}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        )}
      </form>
      {error && <ErrorAlert message={errorSentence(error)} />}
      {fetching && <Loading what="Cijfers" />}
      {d && <Figures d={d} />}
    </>
  );
}

type Dashboard = WspDashboardQuery['wspDashboard'];

function Tile({ value, label, hint }: { value: string | number; label: string; hint?: string }) {
  return (
    <li className="tile">
      <span className="tile__value">{typeof value === 'number' ? value.toLocaleString('nl-NL') : value}</span>
      <span className="tile__label">{label}</span>
      {hint && <span className="tile__hint">{hint}</span>}
    </li>
  );
}

function Figures({ d }: { d: Dashboard }) {
  const proposed = d.funnel.steps[0]?.reached ?? 0;

  return (
    <>
      <ul className="tiles" aria-label="Kerncijfers">
        <Tile value={proposed} label="voordrachten" hint="in de periode" />
        <Tile value={d.placements.placed} label="geplaatst" hint="in de periode" />
        <Tile value={d.vacancies.openVacancies} label="open vacatures" hint={`${d.vacancies.openingsUnfilled} plekken nog te vervullen`} />
        <Tile value={d.vacancies.leerwerkplekkenOpen} label="open leerwerkplekken" />
        {d.candidates && <Tile value={d.candidates.activeCandidates} label="actieve kandidaten" />}
        {d.uitstroom && <Tile value={pct(d.uitstroom.share)} label="uitstroom naar werk" hint={`${d.uitstroom.candidatesPlaced} van ${d.uitstroom.candidateBase} mensen`} />}
        <Tile value={days(d.timing.overall.medianDaysToFill)} label="doorlooptijd tot vervulling" hint={`mediaan, ${d.timing.overall.filledVacancies} vervulde vacatures`} />
        <Tile value={d.knelpunten.count} label="knelpunten" hint="open vacatures zonder goede match" />
        {d.placements.inWorkAfter6Months && (
          <Tile value={pct(d.placements.inWorkAfter6Months.share)} label="na 6 maanden nog aan het werk" hint={`${d.placements.inWorkAfter6Months.inWork} van ${d.placements.inWorkAfter6Months.due} te controleren`} />
        )}
      </ul>

      <ChartsBoundary>
        <Suspense fallback={<Loading what="Grafieken" />}>
          <DashboardCharts d={d} />
        </Suspense>
      </ChartsBoundary>

      <section aria-labelledby="knelpunten">
        <h2 id="knelpunten" className="utrecht-heading-2">
          Knelpunten: open vacatures zonder goede match
        </h2>
        <P small>
          Geen geschikte kandidaat met een score van {Math.round(d.knelpunten.threshold * 100)}% of meer.
          {/* The empty state below says it when nothing was found yet; here only beside a list. */}
          {d.knelpunten.notYetAssessed > 0 && d.knelpunten.vacancies.length > 0
            ? ` Nog niet beoordeeld: ${countOf(d.knelpunten.notYetAssessed, 'vacature', 'vacatures')}.`
            : ''}
        </P>
        {d.knelpunten.vacancies.length === 0 ? (
          d.knelpunten.notYetAssessed > 0 ? (
            <Empty title="Nog geen knelpunt gevonden.">
              <P>
                {countOf(d.knelpunten.notYetAssessed, 'vacature', 'vacatures')} {d.knelpunten.notYetAssessed === 1 ? 'wordt' : 'worden'} nog op
                de achtergrond beoordeeld. Kom over een paar minuten terug.
              </P>
            </Empty>
          ) : (
            <Empty title="Geen knelpunten.">
              <P>Voor elke open vacature is er een goed passende kandidaat. Kijk bij de vacatures wie u kunt voordragen.</P>
            </Empty>
          )
        ) : (
          <table className="utrecht-table knelpunten">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Vacature</th>
                <th className="utrecht-table__header-cell" scope="col">Werkgever</th>
                <th className="utrecht-table__header-cell" scope="col">Dagen open</th>
                <th className="utrecht-table__header-cell" scope="col">Beste score</th>
                <th className="utrecht-table__header-cell" scope="col">Geschikte kandidaten</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {d.knelpunten.vacancies.map((k) => (
                <tr key={k.vacancyId} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    <TextLink to={`/vacatures/${k.vacancyId}`}>{k.title}</TextLink>
                  </td>
                  <td className="utrecht-table__cell">{k.employerName}</td>
                  <td className="utrecht-table__cell">{k.daysOpen ?? '-'}</td>
                  <td className="utrecht-table__cell">{k.bestScore == null ? 'niemand geschikt' : pct(k.bestScore)}</td>
                  <td className="utrecht-table__cell">{k.eligibleCandidates}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
