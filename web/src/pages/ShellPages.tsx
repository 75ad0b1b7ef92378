import { lazy, Suspense } from 'react';
import { Empty, Loading, P, PageTitle } from '../components/ui';

// recharts is large: the dashboard is loaded when it is opened, not with the first page.
const DashboardFigures = lazy(() => import('./DashboardFigures'));

/**
 * Dashboard: the WSP figures. The full wspDashboard API (placement funnel, uitstroom, time to fill, knelpunten)
 * is being built on another branch; until it lands this page shows what the search API already counts.
 */
export function DashboardPage() {
  return (
    <>
      <PageTitle>Dashboard</PageTitle>
      <Empty title="Het volledige WSP-dashboard komt eraan.">
        <P>
          Straks ziet u hier de plaatsingstrechter, plaatsingen per maand, uitstroom naar werk, doorlooptijd en de knelpunten (vacatures zonder
          goede match), met een periodekeuze en filters op gemeente, beroepsgroep en accounthouder. Hieronder alvast de huidige aantallen.
        </P>
      </Empty>
      <Suspense fallback={<Loading what="Cijfers" />}>
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
