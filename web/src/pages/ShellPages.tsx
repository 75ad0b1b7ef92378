import { lazy, Suspense } from 'react';
import { Empty, Loading, P, PageTitle } from '../components/ui';

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

/** Beheer (ADMIN): users and roles, the audit trail and the ranking explanation arrive with their APIs. */
export function BeheerPage() {
  return (
    <>
      <PageTitle>Beheer</PageTitle>
      <Empty title="Beheerschermen komen eraan.">
        <P>
          Hier komt het beheer van gebruikers en rollen, het auditlog (wie welke persoonsgegevens heeft bekeken of gewijzigd) en de uitleg van
          de rangschikking (welke criteria met welk gewicht meetellen).
        </P>
        <P>Nieuwe gebruikers maakt u tot die tijd aan via de GraphQL-mutatie createUser.</P>
      </Empty>
    </>
  );
}
