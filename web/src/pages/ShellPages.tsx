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

/** Plaatsingen: the board per status arrives with the placements API (voordrachten, introductieverzoeken). */
export function PlacementsPage() {
  return (
    <>
      <PageTitle>Plaatsingen</PageTitle>
      <Empty title="Plaatsingen volgen komt eraan.">
        <P>
          Hier komt een bord per status: voorgedragen, voorgesteld aan de werkgever, gesprek, proefplaatsing, geplaatst. U zet een plaatsing een
          stap verder met een notitie en legt instrumenten vast (loonkostensubsidie met loonwaarde, jobcoach, proefplaatsing, no-riskpolis,
          opleiding). Ook de open introductieverzoeken van werkgevers staan hier.
        </P>
        <P>Tot die tijd: zoek bij een vacature de passende kandidaten en neem contact op met de werkgever zoals u gewend bent.</P>
      </Empty>
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
