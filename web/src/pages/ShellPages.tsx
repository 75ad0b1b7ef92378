import { PageTitle } from '../components/ui';
import DashboardFigures from './DashboardFigures';

/**
 * Dashboard: the wspDashboard figures as tiles and charts, with a period picker and filters. The figures come with
 * the first page, so their query starts as soon as the page renders; only the charts (recharts) load apart.
 */
export function DashboardPage() {
  return (
    <>
      <PageTitle>Dashboard</PageTitle>
      <DashboardFigures />
    </>
  );
}
