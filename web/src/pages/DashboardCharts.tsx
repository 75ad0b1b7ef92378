import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { WspDashboardQuery } from '../gql/graphql';
import { TableHead } from '../components/ui';
import { PLACEMENT_STATUS, TARGET_GROUP } from '../labels';
import { monthLabel, pct } from './dashboard-format';

type Dashboard = WspDashboardQuery['wspDashboard'];

/**
 * The dashboard's charts (recharts, about 118 KB gzipped): loaded apart from the page, so the tiles show as soon as
 * the figures arrive and the charts follow when their code is in.
 */
export default function DashboardCharts({ d }: { d: Dashboard }) {
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
    <div className="charts">
      <BarFigure title="Plaatsingstrechter" data={funnel} columns={['Stap', 'Aantal', 'Conversie']} note={`Daarnaast ${d.funnel.rejected} afgewezen en ${d.funnel.withdrawn} teruggetrokken.`} extra={(row) => (row.conversie == null ? '' : `${pct(row.conversie as number)} van de stap ervoor`)} />
      <MonthFigure title="Voordrachten en plaatsingen per maand" data={months} series={['Voorgedragen', 'Geplaatst']} kind="bar" />
      {d.candidates && <BarFigure title="Kandidaten per klantcategorie" data={klant} columns={['Klantcategorie', 'Kandidaten']} />}
      {d.candidates && <BarFigure title="Kandidaten per doelgroep" data={groups} columns={['Doelgroep', 'Kandidaten']} />}
      {d.proportionality && (
        <MonthFigure
          title="Evenredigheid: aandeel van de plaatsingen per doelgroep (%)"
          data={proportionalityMonths}
          series={d.proportionality.map((p) => TARGET_GROUP[p.targetGroup])}
          kind="line"
          note={d.proportionality.map((p) => `${TARGET_GROUP[p.targetGroup]}: ${pct(p.shareOfCandidates)} van de kandidaten, ${pct(p.shareOfPlacements)} van de plaatsingen`).join('. ')}
        />
      )}
      <BarFigure title="Doorlooptijd tot vervulling per beroepsgroep (mediaan, dagen)" data={timing} columns={['Beroepsgroep', 'Dagen (mediaan)']} empty="Nog geen vacatures vervuld in deze periode." />
    </div>
  );
}

type Row = { name: string; aantal: number } & Record<string, unknown>;

/** A bar chart with its figures also as a table, so the numbers are there for a screen reader and a keyboard. */
/** `columns`: the hidden table's headers for a screen reader (what each row is, its value, and `extra` when given). */
function BarFigure({
  title,
  data,
  note,
  empty,
  extra,
  columns,
}: {
  title: string;
  data: Row[];
  note?: string;
  empty?: string;
  extra?: (row: Row) => string;
  columns: string[];
}) {
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
            <TableHead columns={columns} />
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
