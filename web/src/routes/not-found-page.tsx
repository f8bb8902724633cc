import { Compass } from 'lucide-react';
import { Link } from 'react-router';
import { buttonClasses } from '../components/button';
import { EmptyState } from '../components/empty-state';
import { useDocumentTitle } from '../lib/use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Not found');
  return (
    <EmptyState
      icon={<Compass />}
      title="Page not found"
      description="The address may be mistyped, or the page has moved."
      action={
        <Link to="/" className={buttonClasses('secondary')}>
          Go to the dashboard
        </Link>
      }
    />
  );
}
