import { lazy, Suspense } from 'react';
import { Loading, PageTitle } from '../components/ui';

// recharts is large: the dashboard is loaded when it is opened, not with the first page.
const DashboardFigures = lazy(() => import('./DashboardFigures'));

/** Dashboard: the wspDashboard figures as tiles and charts, with a period picker and filters. */
export function DashboardPage() {
  return (
    <>
      <PageTitle>Dashboard</PageTitle>
      <Suspense fallback={<Loading what="Dashboard" />}>
        <DashboardFigures />
      </Suspense>
    </>
  );
}
