import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../auth/auth-provider';
import { safeNext } from '../../auth/guards';
import { AuthLayout } from './auth-layout';
import { LoginForm } from './login-form';

export function LoginPage() {
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));

  return (
    <AuthLayout
      title="Sign in to Crowsnest"
      subtitle="Welcome back. Pick up where your team left off."
      footer={
        <>
          New to Crowsnest?{' '}
          <Link to="/signup" className="font-medium text-accent-600 hover:text-accent-700">
            Create an account
          </Link>
        </>
      }
    >
      <LoginForm
        onSignedIn={(token) => {
          signIn(token);
          navigate(next, { replace: true });
        }}
      />
    </AuthLayout>
  );
}
