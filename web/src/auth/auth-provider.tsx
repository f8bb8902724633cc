import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api } from '../api/client';
import { getAccessToken, onSessionChange, refreshSession, setAccessToken } from '../api/session';

type Status = 'loading' | 'signed-in' | 'signed-out';

interface Auth {
  status: Status;
  /** True after the user signed out on purpose (rather than the session lapsing). */
  signedOutByUser: boolean;
  /** Starts a session with a token from sign-in or sign-up. */
  signIn: (accessToken: string) => void;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside <AuthProvider>');
  return auth;
}

/** Restores the session from the refresh cookie on load and tracks it afterwards. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>(() => (getAccessToken() ? 'signed-in' : 'loading'));
  const [signedOutByUser, setSignedOutByUser] = useState(false);

  useEffect(
    () =>
      onSessionChange((signedIn) => {
        setStatus(signedIn ? 'signed-in' : 'signed-out');
        // Drop the previous user's data once the signed-out screens have replaced theirs.
        if (!signedIn) setTimeout(() => queryClient.clear(), 0);
      }),
    [queryClient],
  );

  useEffect(() => {
    if (getAccessToken()) return;
    void refreshSession().then((token) => {
      if (!token) setStatus('signed-out');
    });
  }, []);

  // No cache to clear here: signing out (or the session lapsing) already dropped the last user's data.
  const signIn = useCallback((accessToken: string) => {
    setSignedOutByUser(false);
    setAccessToken(accessToken);
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.auth.logout.$post();
    } finally {
      setSignedOutByUser(true);
      setAccessToken(null);
      setStatus('signed-out');
    }
  }, []);

  const value = useMemo(
    () => ({ status, signedOutByUser, signIn, signOut }),
    [status, signedOutByUser, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
