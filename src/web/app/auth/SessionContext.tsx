import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Action } from '../../../domain/access/permissions';
import { api, setCsrfToken, setUnauthorizedHandler } from '../api/client';
import type { Session } from '../../../shared/contracts/auth';

type SessionState =
  | { status: 'loading'; session: null }
  | { status: 'anonymous'; session: null }
  | { status: 'signedIn'; session: Session };

type SessionContextValue = SessionState & {
  /** Stores the session returned by login or /api/auth/me (null: signed out). */
  setSession: (session: Session | null) => void;
  /** Reloads /api/auth/me (e.g. after changing the password). */
  refresh: () => Promise<void>;
  /** True when the signed-in user has the ability (the server still enforces it). */
  can: (action: Action) => boolean;
};

const SessionContext = createContext<SessionContextValue | null>(null);

/** Loads the current session once and keeps it for the whole app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading', session: null });

  const setSession = useCallback((session: Session | null) => {
    setCsrfToken(session?.csrfToken ?? null);
    setState(session ? { status: 'signedIn', session } : { status: 'anonymous', session: null });
  }, []);

  const refresh = useCallback(async () => {
    try {
      setSession(await api<Session>('/api/auth/me', { redirectOn401: false }));
    } catch {
      setSession(null);
    }
  }, [setSession]);

  useEffect(() => {
    void refresh();
    // A 401 anywhere means the session ended: forget it, and the route guard shows the login page.
    setUnauthorizedHandler(() => setSession(null));
    return () => setUnauthorizedHandler(null);
  }, [refresh, setSession]);

  const value = useMemo<SessionContextValue>(
    () => ({
      ...state,
      setSession,
      refresh,
      can: (action) => state.session?.abilities.includes(action) ?? false,
    }),
    [state, setSession, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session state and helpers; must be used under SessionProvider. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}
