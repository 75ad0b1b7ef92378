import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';

export type Role = 'MATCHMAKER' | 'ACCOUNTHOUDER' | 'LEERWERKMAKELAAR' | 'WERKGEVER' | 'ADMIN';

export interface SessionUser {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  employerId?: string | null;
}

interface Session {
  token: string | null;
  user: SessionUser | null;
  /** Why the last session ended, shown once on the login page. */
  notice: string | null;
  signIn: (token: string, user: SessionUser) => void;
  signOut: (notice?: string) => void;
}

// sessionStorage: the login survives a reload but not closing the tab, and is never shared between tabs.
const STORAGE_KEY = 'wsp.session';

function stored(): { token: string; user: SessionUser } | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as { token: string; user: SessionUser }) : null;
  } catch {
    return null;
  }
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(() => stored());
  const [notice, setNotice] = useState<string | null>(null);

  const signIn = useCallback((token: string, user: SessionUser) => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ token, user }));
    setNotice(null);
    setState({ token, user });
  }, []);

  const signOut = useCallback((why?: string) => {
    sessionStorage.removeItem(STORAGE_KEY);
    setNotice(why ?? null);
    setState(null);
  }, []);

  const value = useMemo<Session>(
    () => ({ token: state?.token ?? null, user: state?.user ?? null, notice, signIn, signOut }),
    [state, notice, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; only used inside the signed-in part of the app. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a session');
  return user;
}

export const ROLE_LABELS: Record<Role, string> = {
  MATCHMAKER: 'Matchmaker',
  ACCOUNTHOUDER: 'Accounthouder',
  LEERWERKMAKELAAR: 'Leerwerkmakelaar',
  WERKGEVER: 'Werkgever',
  ADMIN: 'Functioneel beheerder',
};

export const isStaff = (role: Role): boolean => role !== 'WERKGEVER';
