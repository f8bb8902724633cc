import { createBrowserRouter } from 'react-router';
import { PublicOnly, RequireAuth } from './auth/guards';
import { AccountPage } from './routes/account/account-page';
import { AccountsPage } from './routes/accounts/accounts-page';
import { ApiKeysPage } from './routes/api-keys/api-keys-page';
import { AuditPage } from './routes/audit/audit-page';
import { LoginPage } from './routes/auth/login-page';
import { SignupPage } from './routes/auth/signup-page';
import { BrandVoicesPage } from './routes/brand-voices/brand-voices-page';
import { ComposePage } from './routes/compose/compose-page';
import { ContentDetailPage } from './routes/content/content-detail-page';
import { ContentPage } from './routes/content/content-page';
import { CreatePage } from './routes/create/create-page';
import { DashboardPage } from './routes/dashboard/dashboard-page';
import { FailuresPage } from './routes/failures/failures-page';
import { HomePage } from './routes/home-page';
import { InvitePage } from './routes/invite/invite-page';
import { JobsPage } from './routes/jobs/jobs-page';
import { MediaPage } from './routes/media/media-page';
import { MembersPage } from './routes/members/members-page';
import { SocialAccountPage } from './routes/metrics/social-account-page';
import { NotFoundPage } from './routes/not-found-page';
import { PostPage } from './routes/posts/post-page';
import { PostsPage } from './routes/posts/posts-page';
import { QueuePage } from './routes/queue/queue-page';
import { RouteError } from './routes/route-error';
import { AiSettingsPage } from './routes/settings/ai-settings-page';
import { SettingsPage } from './routes/settings/settings-page';
import { SourceDetailPage } from './routes/sources/source-detail-page';
import { SourcesPage } from './routes/sources/sources-page';
import { AppShell } from './shell/app-shell';
import { RequireRole, WorkspaceLayout } from './shell/workspace-layout';

/** Every page. A new workspace page goes under w/:workspaceId and into shell/nav-items.ts. */
export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      {
        element: <PublicOnly />,
        children: [
          { path: 'login', element: <LoginPage /> },
          { path: 'signup', element: <SignupPage /> },
        ],
      },
      { path: 'invite/:token', element: <InvitePage /> },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppShell />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'account', element: <AccountPage /> },
              {
                path: 'w/:workspaceId',
                element: <WorkspaceLayout />,
                children: [
                  { index: true, element: <DashboardPage /> },
                  { path: 'sources', element: <SourcesPage /> },
                  { path: 'sources/:sourceId', element: <SourceDetailPage /> },
                  { path: 'content', element: <ContentPage /> },
                  { path: 'content/:contentId', element: <ContentDetailPage /> },
                  { path: 'members', element: <MembersPage /> },
                  { path: 'jobs', element: <JobsPage /> },
                  { path: 'settings', element: <SettingsPage /> },
                  { path: 'settings/ai', element: <AiSettingsPage /> },
                  {
                    path: 'create',
                    element: (
                      <RequireRole min="editor">
                        <CreatePage />
                      </RequireRole>
                    ),
                  },
                  { path: 'brand-voices', element: <BrandVoicesPage /> },
                  { path: 'posts', element: <PostsPage /> },
                  { path: 'media', element: <MediaPage /> },
                  {
                    path: 'posts/new',
                    element: (
                      <RequireRole min="editor">
                        <ComposePage />
                      </RequireRole>
                    ),
                  },
                  { path: 'posts/:postId', element: <PostPage /> },
                  { path: 'failures', element: <FailuresPage /> },
                  { path: 'accounts', element: <AccountsPage /> },
                  { path: 'accounts/:accountId', element: <SocialAccountPage /> },
                  { path: 'accounts/:accountId/queue', element: <QueuePage /> },
                  {
                    path: 'api-keys',
                    element: (
                      <RequireRole min="admin">
                        <ApiKeysPage />
                      </RequireRole>
                    ),
                  },
                  {
                    path: 'audit',
                    element: (
                      <RequireRole min="admin">
                        <AuditPage />
                      </RequireRole>
                    ),
                  },
                  { path: '*', element: <NotFoundPage /> },
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
