import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration';

describe('formatDuration', () => {
  it('shows minutes and seconds, and hours only when there are some', () => {
    expect(formatDuration(7_400)).toBe('0:07');
    expect(formatDuration(725_000)).toBe('12:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(59_600)).toBe('1:00');
  });

  it('is empty when the duration is unknown', () => {
    expect(formatDuration(null)).toBe('');
    expect(formatDuration(-1)).toBe('');
  });
});
