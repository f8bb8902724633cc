/**
 * Reads display and visibility from a style attribute the way a CSSStyleDeclaration exposes
 * them (the last declaration wins; `!important` stays part of the value), which is what
 * Readability's visibility test compares against "none" and "hidden".
 */

export interface Visibility {
  display: string;
  visibility: string;
}

export function styleVisibility(style: string): Visibility {
  const result: Visibility = { display: '', visibility: '' };
  if (!style.includes('display') && !style.includes('visibility')) return result;
  for (const rule of style.split(';')) {
    const colon = rule.indexOf(':');
    if (colon < 0) continue;
    const key = rule.slice(0, colon).trim();
    if (key === 'display') result.display = rule.slice(colon + 1).trim();
    else if (key === 'visibility') result.visibility = rule.slice(colon + 1).trim();
  }
  return result;
}

export function isHiddenByStyle(style: string): boolean {
  const { display, visibility } = styleVisibility(style);
  return display === 'none' || visibility === 'hidden';
}
