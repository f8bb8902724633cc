import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../auth/auth-provider';
import { AuthLayout } from './auth-layout';
import { SignupForm } from './signup-form';

export function SignupPage() {
  const { signIn } = useAuth();
  const navigate = useNavigate();
  return (
    <AuthLayout
      title="Create your account"
      subtitle="Track competitors, find niches and publish everywhere, with your team."
      footer={
        <>
          Already have an account?{' '}
          <Link to="/login" className="font-medium text-accent-600 hover:text-accent-700">
            Sign in
          </Link>
        </>
      }
    >
      <SignupForm
        onSignedUp={({ accessToken, workspace }) => {
          signIn(accessToken);
          navigate(`/w/${workspace.id}`, { replace: true });
        }}
      />
    </AuthLayout>
  );
}
