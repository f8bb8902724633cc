import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useAuth } from '../../auth/auth-provider';
import { cn } from '../../lib/cn';
import { LoginForm } from '../auth/login-form';
import { SignupForm } from '../auth/signup-form';

type Mode = 'signup' | 'login';

/** A signed-out visitor: create an account with the invitation, or sign in and accept it. */
export function JoinAsNewcomer({
  token,
  invitation,
  onStart,
  onJoined,
}: {
  token: string;
  invitation: { email: string };
  /** Called before the session starts, so the page keeps this flow instead of switching views. */
  onStart: () => void;
  onJoined: (workspaceId: string) => void;
}) {
  const { signIn } = useAuth();
  const [mode, setMode] = useState<Mode>('signup');

  return (
    <div className="space-y-6">
      <div className="grid grid-cols-2 gap-1 rounded-lg bg-zinc-100 p-1" role="tablist" aria-label="How to join">
        {(['signup', 'login'] as const).map((option) => (
          <button
            key={option}
            type="button"
            role="tab"
            aria-selected={mode === option}
            onClick={() => setMode(option)}
            className={cn(
              'rounded-md px-3 py-1.5 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-accent-600',
              mode === option ? 'bg-white text-zinc-900 shadow-sm' : 'text-zinc-600 hover:text-zinc-900',
            )}
          >
            {option === 'signup' ? 'Create an account' : 'I have an account'}
          </button>
        ))}
      </div>
      {mode === 'signup' ? (
        <SignupForm
          invitation={{ token, email: invitation.email }}
          onSignedUp={({ accessToken, workspace }) => {
            onStart();
            signIn(accessToken);
            // Signing up with an invitation answers the invited workspace.
            onJoined(workspace.id);
          }}
        />
      ) : (
        <LoginForm
          email={invitation.email}
          submitLabel="Sign in and accept"
          onSignedIn={async (accessToken) => {
            onStart();
            signIn(accessToken);
            const { workspaceId } = await unwrap(api.invitations[':token'].accept.$post({ param: { token } }));
            onJoined(workspaceId);
          }}
        />
      )}
    </div>
  );
}
