import type { ReactNode } from 'react';
import { Logo } from '../../components/logo';
import { useDocumentTitle } from '../../lib/use-document-title';

/** The frame of the signed-out pages: the mark, a heading and one card. */
export function AuthLayout({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-zinc-50 px-4 py-12">
      <div className="w-full max-w-md">
        <Logo className="mb-8 justify-center" />
        <div className="rounded-xl bg-white px-6 py-8 shadow-sm ring-1 ring-zinc-200 sm:px-8">
          <h1 className="text-xl font-semibold tracking-tight text-zinc-900">{title}</h1>
          {subtitle && <p className="mt-1.5 text-sm text-zinc-500">{subtitle}</p>}
          <div className="mt-6">{children}</div>
        </div>
        {footer && <div className="mt-6 text-center text-sm text-zinc-500">{footer}</div>}
      </div>
    </div>
  );
}
