import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useQuery } from 'urql';
import { ErrorAlert, Loading } from '../components/ui';
import { pageError } from '../errors';
import { graphql } from '../gql';
import { TARGET_GROUP } from '../labels';
import { useCategories } from '../reference';

const DashboardCountsQuery = graphql(`
  query DashboardCounts {
    openVacancies: searchVacancies(first: 1) {
      totalCount
      totalCountExact
      facets {
        field
        values {
          value
          count
        }
      }
    }
    activeCandidates: searchCandidates(first: 1) {
      totalCount
      totalCountExact
      facets {
        field
        values {
          value
          count
        }
      }
    }
  }
`);

type Facets = Array<{ field: string; values: Array<{ value: string; count: number }> }>;
const facet = (facets: Facets, field: string) => facets.find((f) => f.field === field)?.values ?? [];

/** Tiles and bar charts over the facet counts of the search API (open vacancies, active candidates). */
export default function DashboardFigures() {
  const [{ data, fetching, error }] = useQuery({ query: DashboardCountsQuery });
  const { labels } = useCategories();
  if (fetching && !data) return <Loading what="Cijfers" />;
  if (!data) return <ErrorAlert message={pageError(error)} />;
  const v = data.openVacancies;
  const c = data.activeCandidates;
  const about = (exact: boolean) => (exact ? '' : 'ca. ');
  const perCategory = facet(v.facets, 'categoryCode')
    .slice(0, 10)
    .map((x) => ({ name: labels.get(x.value) ?? x.value, aantal: x.count }));
  const perKlantcategorie = facet(c.facets, 'klantcategorie')
    .map((x) => ({ name: x.value, aantal: x.count }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const perGroup = facet(c.facets, 'targetGroups').map((x) => ({ name: TARGET_GROUP[x.value] ?? x.value, aantal: x.count }));
  const leerwerkplekken = facet(v.facets, 'leerwerkplek').find((x) => x.value === 'true')?.count ?? 0;
  return (
    <>
      <ul className="tiles" aria-label="Kerncijfers">
        <li className="tile">
          <span className="tile__value">
            {about(v.totalCountExact)}
            {v.totalCount}
          </span>
          <span className="tile__label">open vacatures</span>
        </li>
        <li className="tile">
          <span className="tile__value">{leerwerkplekken}</span>
          <span className="tile__label">open leerwerkplekken</span>
        </li>
        <li className="tile">
          <span className="tile__value">
            {about(c.totalCountExact)}
            {c.totalCount}
          </span>
          <span className="tile__label">actieve kandidaten</span>
        </li>
      </ul>
      <div className="charts">
        <Chart title="Open vacatures per beroepsgroep" data={perCategory} />
        <Chart title="Kandidaten per klantcategorie" data={perKlantcategorie} />
        <Chart title="Kandidaten per doelgroep" data={perGroup} />
      </div>
    </>
  );
}

/** A bar chart with its figures also as a table, so the numbers are there for a screen reader and a keyboard. */
function Chart({ title, data }: { title: string; data: Array<{ name: string; aantal: number }> }) {
  return (
    <figure className="chart">
      <figcaption className="utrecht-heading-3">{title}</figcaption>
      {data.length === 0 ? (
        <p className="utrecht-paragraph">Nog geen gegevens.</p>
      ) : (
        <>
          <div aria-hidden="true" className="chart__canvas">
            <ResponsiveContainer width="100%" height={240}>
              <BarChart data={data} layout="vertical" margin={{ left: 24, right: 16 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="name" width={150} />
                <Tooltip />
                <Bar dataKey="aantal" fill="#24578f" maxBarSize={32} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <table className="utrecht-table utrecht-table--html-table visually-hidden">
            <caption>{title}</caption>
            <tbody>
              {data.map((d) => (
                <tr key={d.name}>
                  <th scope="row">{d.name}</th>
                  <td>{d.aantal}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
