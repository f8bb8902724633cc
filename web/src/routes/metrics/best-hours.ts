/** One hour of the week as the API answers it: ISO weekday (1 Monday … 7 Sunday), hour 0–23. */
export interface HourCell {
  weekday: number;
  hour: number;
  posts: number;
  engagement: number;
}

/** Monday first, as ISO 8601 numbers the days. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Shades from least to most engagement; hours with no posts stay blank. */
export const LEVELS = 4;

/** The 7 × 24 grid, rows Monday to Sunday, each cell the hour's numbers or null when nothing went out. */
export function weekGrid(cells: readonly HourCell[]): (HourCell | null)[][] {
  const grid: (HourCell | null)[][] = WEEKDAYS.map(() => Array.from({ length: 24 }, () => null));
  for (const cell of cells) {
    const row = grid[cell.weekday - 1];
    if (row && cell.hour >= 0 && cell.hour < 24) row[cell.hour] = cell;
  }
  return grid;
}

/** 1 to LEVELS by engagement against the best hour's; 0 when there were posts but no engagement. */
export function levelOf(engagement: number, best: number): number {
  if (engagement <= 0 || best <= 0) return 0;
  return Math.max(1, Math.ceil((engagement / best) * LEVELS));
}

/** "09:00–10:00". */
export function hourRange(hour: number): string {
  const pad = (h: number) => String(h % 24).padStart(2, '0');
  return `${pad(hour)}:00–${pad(hour + 1)}:00`;
}

/** How one hour reads aloud and in its tooltip. */
export function describeHour(cell: HourCell): string {
  const posts = cell.posts === 1 ? '1 post' : `${cell.posts} posts`;
  return `${WEEKDAYS[cell.weekday - 1] ?? ''} ${hourRange(cell.hour)}: ${posts}, median engagement ${cell.engagement}`;
}
