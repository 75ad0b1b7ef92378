import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useQuery } from 'urql';
import { Empty, ErrorAlert, Field, Loading, P, TextLink } from '../components/ui';
import { errorSentence } from '../errors';
import { graphql } from '../gql';
import type { WspDashboardQuery } from '../gql/graphql';
import { PLACEMENT_STATUS, TARGET_GROUP } from '../labels';
import { useCategories } from '../reference';
import { useUser } from '../session';
import { useDebounced } from '../useDebounced';

const DashboardQuery = graphql(`
  query WspDashboard($from: Date!, $to: Date!, $filter: WspDashboardFilter) {
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

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The period presets a manager thinks in; "Zelf kiezen" opens the two dates. */
function presetPeriod(preset: string, today = new Date()): { from: string; to: string } {
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
      return { from: iso(new Date(y, m - 11, 1)), to: iso(today) };
  }
}

const pct = (share: number | null | undefined) => (share == null ? '-' : `${Math.round(share * 100)}%`);
const days = (n: number | null | undefined) => (n == null ? '-' : `${Math.round(n)} dagen`);
const monthLabel = (month: string) => new Date(`${month}-15T12:00:00`).toLocaleDateString('nl-NL', { month: 'short', year: '2-digit' });

/** The WSP dashboard: tiles first, then the charts, each with its figures also as a table for a screen reader. */
export default function DashboardFigures() {
  const user = useUser();
  const { list: categories } = useCategories();
  const [preset, setPreset] = useState('12maanden');
  const [custom, setCustom] = useState(() => presetPeriod('12maanden'));
  const [municipality, setMunicipality] = useState('');
  const [categoryCode, setCategoryCode] = useState('');
  const [accounthouderId, setAccounthouderId] = useState('');
  const period = preset === 'zelf' ? custom : presetPeriod(preset);
  const place = useDebounced(municipality.trim(), 500);
  const filter = useMemo(
    () => (place || categoryCode || accounthouderId ? { municipality: place || null, categoryCode: categoryCode || null, accounthouderId: accounthouderId || null } : null),
    [place, categoryCode, accounthouderId],
  );
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
            <select {...props} value={preset} onChange={(e) => setPreset(e.target.value)}>
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
            <Field label="Van">{(props) => <input {...props} type="date" value={custom.from} onChange={(e) => setCustom({ ...custom, from: e.target.value })} />}</Field>
            <Field label="Tot en met">{(props) => <input {...props} type="date" value={custom.to} onChange={(e) => setCustom({ ...custom, to: e.target.value })} />}</Field>
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
  const funnel = d.funnel.steps.map((s) => ({ name: PLACEMENT_STATUS[s.step] ?? s.step, aantal: s.reached, conversie: s.conversion }));
  const months = d.perMonth.map((m) => ({ name: monthLabel(m.month), Voorgedragen: m.proposed, Geplaatst: m.placed }));
  const groups = d.candidates
    ? [
        { name: TARGET_GROUP.STATUSHOUDER, aantal: d.candidates.statushouder },
        { name: TARGET_GROUP.VIJFTIG_PLUS, aantal: d.candidates.vijftigPlus },
        { name: TARGET_GROUP.JONGERE_ZONDER_STARTKWALIFICATIE, aantal: d.candidates.jongereZonderStartkwalificatie },
      ]
    : [];
  // The short code on the axis ("1A"), the full label in the table and the tooltip: the labels are long sentences.
  const klant = (d.candidates?.perKlantcategorie ?? []).map((k) => ({ name: k.code ?? 'Niet vastgelegd', aantal: k.candidates, label: k.label }));
  const timing = d.timing.perCategory.filter((c) => c.medianDaysToFill != null).map((c) => ({ name: c.categoryLabel ?? c.categoryCode ?? 'Onbekend', aantal: Math.round(c.medianDaysToFill!) }));
  const proportionalityMonths = d.perMonth.map((m) => {
    const row: Record<string, string | number | null> = { name: monthLabel(m.month) };
    for (const p of d.proportionality ?? []) {
      const share = p.perMonth.find((x) => x.month === m.month)?.shareOfPlacements;
      row[TARGET_GROUP[p.targetGroup]] = share == null ? null : Math.round(share * 100);
    }
    return row;
  });

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

      <div className="charts">
        <BarFigure title="Plaatsingstrechter" data={funnel} note={`Daarnaast ${d.funnel.rejected} afgewezen en ${d.funnel.withdrawn} teruggetrokken.`} extra={(row) => (row.conversie == null ? '' : `${pct(row.conversie as number)} van de stap ervoor`)} />
        <MonthFigure title="Voordrachten en plaatsingen per maand" data={months} series={['Voorgedragen', 'Geplaatst']} kind="bar" />
        {d.candidates && <BarFigure title="Kandidaten per klantcategorie" data={klant} />}
        {d.candidates && <BarFigure title="Kandidaten per doelgroep" data={groups} />}
        {d.proportionality && (
          <MonthFigure
            title="Evenredigheid: aandeel van de plaatsingen per doelgroep (%)"
            data={proportionalityMonths}
            series={d.proportionality.map((p) => TARGET_GROUP[p.targetGroup])}
            kind="line"
            note={d.proportionality.map((p) => `${TARGET_GROUP[p.targetGroup]}: ${pct(p.shareOfCandidates)} van de kandidaten, ${pct(p.shareOfPlacements)} van de plaatsingen`).join('. ')}
          />
        )}
        <BarFigure title="Doorlooptijd tot vervulling per beroepsgroep (mediaan, dagen)" data={timing} empty="Nog geen vacatures vervuld in deze periode." />
      </div>

      <section aria-labelledby="knelpunten">
        <h2 id="knelpunten" className="utrecht-heading-2">
          Knelpunten: open vacatures zonder goede match
        </h2>
        <P small>
          Geen geschikte kandidaat met een score van {Math.round(d.knelpunten.threshold * 100)}% of meer.
          {d.knelpunten.notYetAssessed > 0 ? ` ${d.knelpunten.notYetAssessed} vacatures zijn nog niet beoordeeld.` : ''}
        </P>
        {d.knelpunten.vacancies.length === 0 ? (
          <Empty title="Geen knelpunten.">
            <P>Voor elke open vacature is er een goed passende kandidaat. Kijk bij de vacatures wie u kunt voordragen.</P>
          </Empty>
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

type Row = { name: string; aantal: number } & Record<string, unknown>;

/** A bar chart with its figures also as a table, so the numbers are there for a screen reader and a keyboard. */
function BarFigure({ title, data, note, empty, extra }: { title: string; data: Row[]; note?: string; empty?: string; extra?: (row: Row) => string }) {
  const nothing = data.length === 0 || data.every((r) => r.aantal === 0);
  return (
    <figure className="chart">
      <figcaption className="utrecht-heading-3">{title}</figcaption>
      {nothing ? (
        <p className="utrecht-paragraph">{empty ?? 'Nog geen gegevens in deze periode.'}</p>
      ) : (
        <>
          <div aria-hidden="true" className="chart__canvas">
            <ResponsiveContainer width="100%" height={Math.max(160, data.length * 40 + 40)}>
              <BarChart data={data} layout="vertical" margin={{ left: 24, right: 16 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="name" width={170} />
                <Tooltip labelFormatter={(name, payload) => (payload?.[0]?.payload?.label as string | undefined) ?? name} />
                <Bar dataKey="aantal" fill="#24578f" maxBarSize={32} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <table className="visually-hidden">
            <caption>{title}</caption>
            <tbody>
              {data.map((d) => (
                <tr key={d.name}>
                  <th scope="row">{typeof d.label === 'string' ? d.label : d.name}</th>
                  <td>{d.aantal}</td>
                  {extra && <td>{extra(d)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {note && <p className="utrecht-paragraph utrecht-paragraph--small">{note}</p>}
    </figure>
  );
}

const COLOURS = ['#24578f', '#b34700', '#2e7d32'];

function MonthFigure({ title, data, series, kind, note }: { title: string; data: Array<Record<string, string | number | null>>; series: string[]; kind: 'bar' | 'line'; note?: string }) {
  const Chart = kind === 'bar' ? BarChart : LineChart;
  return (
    <figure className="chart">
      <figcaption className="utrecht-heading-3">{title}</figcaption>
      <div aria-hidden="true" className="chart__canvas">
        <ResponsiveContainer width="100%" height={240}>
          <Chart data={data} margin={{ left: 0, right: 16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis allowDecimals={false} domain={kind === 'line' ? [0, 100] : undefined} unit={kind === 'line' ? '%' : undefined} />
            <Tooltip />
            <Legend />
            {series.map((s, i) =>
              kind === 'bar' ? <Bar key={s} dataKey={s} fill={COLOURS[i % 3]} maxBarSize={24} /> : <Line key={s} dataKey={s} stroke={COLOURS[i % 3]} strokeWidth={2} connectNulls />,
            )}
          </Chart>
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Maand</th>
            {series.map((s) => (
              <th key={s} scope="col">
                {s}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((row) => (
            <tr key={String(row.name)}>
              <th scope="row">{row.name}</th>
              {series.map((s) => (
                <td key={s}>{row[s] ?? '-'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {note && <p className="utrecht-paragraph utrecht-paragraph--small">{note}</p>}
    </figure>
  );
}
