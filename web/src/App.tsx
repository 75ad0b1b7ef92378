import { useMemo, useRef } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { createClient } from './client';
import { Layout } from './components/Layout';
import { homeFor } from './navigation';
import { CandidatePage } from './pages/CandidatePage';
import { CandidatesPage } from './pages/CandidatesPage';
import { LeerwerkplekkenPage } from './pages/LeerwerkplekkenPage';
import { LoginPage } from './pages/LoginPage';
import { MyCandidatesPage } from './pages/MyCandidatesPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PlacementPage } from './pages/PlacementPage';
import { PlacementsPage } from './pages/PlacementsPage';
import { BeheerPage } from './pages/BeheerPage';
import { DashboardPage } from './pages/ShellPages';
import { VacanciesPage } from './pages/VacanciesPage';
import { VacancyFormPage } from './pages/VacancyFormPage';
import { VacancyPage } from './pages/VacancyPage';
import { SessionProvider, useSession } from './session';

export function App() {
  return (
    <SessionProvider>
      <GraphQL />
    </SessionProvider>
  );
}

function GraphQL() {
  const session = useSession();
  // The client reads the token through a ref, so a new login does not rebuild the client (and its cache) twice.
  const token = useRef(session.token);
  token.current = session.token;
  const signOut = useRef(session.signOut);
  signOut.current = session.signOut;
  const client = useMemo(
    () => createClient(() => token.current, () => signOut.current('Uw sessie is verlopen of niet meer geldig. Log opnieuw in.')),
    // A fresh client (and cache) per signed-in user: nothing of one user's data stays visible to the next.
    [session.user?.id],
  );
  return (
    <Provider value={client}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </Provider>
  );
}

function AppRoutes() {
  const { user } = useSession();
  if (!user) {
    return (
      <Routes>
        <Route path="*" element={<LoginPage />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Navigate to={homeFor(user.role)} replace />} />
        <Route path="inloggen" element={<Navigate to={homeFor(user.role)} replace />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="vacatures" element={<VacanciesPage />} />
        <Route path="vacatures/nieuw" element={<VacancyFormPage />} />
        <Route path="vacatures/:id" element={<VacancyPage />} />
        <Route path="vacatures/:id/bewerken" element={<VacancyFormPage />} />
        <Route path="kandidaten" element={<CandidatesPage />} />
        <Route path="kandidaten/mijn" element={<MyCandidatesPage />} />
        <Route path="kandidaten/:id" element={<CandidatePage />} />
        <Route path="leerwerkplekken" element={<LeerwerkplekkenPage />} />
        <Route path="plaatsingen" element={<PlacementsPage />} />
        <Route path="plaatsingen/:id" element={<PlacementPage />} />
        <Route path="beheer" element={<BeheerPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
