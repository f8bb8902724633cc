import {
  Activity,
  CalendarDays,
  Images,
  KeyRound,
  LayoutDashboard,
  type LucideIcon,
  Megaphone,
  Newspaper,
  Rss,
  ScrollText,
  Settings,
  Share2,
  Sparkles,
  TriangleAlert,
  Users,
} from 'lucide-react';
import type { Role } from '../lib/roles';

export interface NavItem {
  /** Relative to /w/:workspaceId ('' is the dashboard). */
  path: string;
  label: string;
  icon: LucideIcon;
  /** The least role that can use the page; the item is hidden below it. */
  minRole: Role;
}

export interface NavSection {
  label?: string;
  items: NavItem[];
}

/**
 * The sidebar. A feature adds its page here (and its route in router.tsx); only pages that
 * exist are listed.
 */
export const NAV_SECTIONS: NavSection[] = [
  { items: [{ path: '', label: 'Dashboard', icon: LayoutDashboard, minRole: 'viewer' }] },
  {
    label: 'Discover',
    items: [
      { path: 'sources', label: 'Sources', icon: Rss, minRole: 'viewer' },
      { path: 'content', label: 'Content', icon: Newspaper, minRole: 'viewer' },
    ],
  },
  {
    label: 'Create',
    items: [
      { path: 'create', label: 'Create', icon: Sparkles, minRole: 'editor' },
      { path: 'brand-voices', label: 'Brand voices', icon: Megaphone, minRole: 'viewer' },
    ],
  },
  {
    label: 'Publish',
    items: [
      { path: 'posts', label: 'Posts', icon: CalendarDays, minRole: 'viewer' },
      { path: 'media', label: 'Media', icon: Images, minRole: 'viewer' },
      { path: 'failures', label: 'Failures', icon: TriangleAlert, minRole: 'viewer' },
      { path: 'accounts', label: 'Accounts', icon: Share2, minRole: 'viewer' },
    ],
  },
  {
    label: 'Operations',
    items: [{ path: 'jobs', label: 'Jobs', icon: Activity, minRole: 'viewer' }],
  },
  {
    label: 'Workspace',
    items: [
      { path: 'members', label: 'Members', icon: Users, minRole: 'viewer' },
      { path: 'api-keys', label: 'API keys', icon: KeyRound, minRole: 'admin' },
      { path: 'audit', label: 'Audit log', icon: ScrollText, minRole: 'admin' },
      { path: 'settings', label: 'Settings', icon: Settings, minRole: 'viewer' },
    ],
  },
];
