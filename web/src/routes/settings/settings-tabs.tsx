import { NavLink } from 'react-router';
import { cn } from '../../lib/cn';
import { useWorkspace } from '../../shell/workspace-context';

const TABS = [
  { path: '', label: 'General' },
  { path: '/ai', label: 'AI' },
];

/** The settings pages, as tabs under the page title. */
export function SettingsTabs() {
  const workspace = useWorkspace();
  return (
    <nav aria-label="Settings" className="-mt-2 mb-6 flex gap-1 overflow-x-auto border-b border-zinc-200">
      {TABS.map((tab) => (
        <NavLink
          key={tab.path}
          to={`/w/${workspace.id}/settings${tab.path}`}
          end
          className={({ isActive }) =>
            cn(
              '-mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:outline-accent-600',
              isActive
                ? 'border-accent-600 text-zinc-900'
                : 'border-transparent text-zinc-500 hover:border-zinc-300 hover:text-zinc-800',
            )
          }
        >
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}
