import { describe, expect, it } from 'vitest';
import { DomDocument } from './dom/document';
import type { DomNode } from './dom/node';
import { isHidden, isUnlikely, pruneFilter } from './prune-rules';

const doc = new DomDocument('https://example.com/', 'https://example.com/');
const stackOf = (...names: string[]): DomNode[] => [doc, doc.body, ...names.map((name) => doc.createElement(name))];

describe('isHidden', () => {
  it.each([
    [{ style: 'display:none' }, true],
    [{ style: 'color: red; visibility: hidden' }, true],
    [{ style: 'display: none !important' }, false], // what Readability's check sees as visible
    [{ style: 'display: block' }, false],
    [{ hidden: '' }, true],
    [{ 'aria-hidden': 'true' }, true],
    [{ 'aria-hidden': 'true', class: 'mwe-math-fallback-image-inline' }, false],
    [{ 'aria-hidden': 'false' }, false],
    [{ 'aria-modal': 'true', role: 'dialog' }, true],
    [{ role: 'dialog' }, false],
  ])('%o → %s', (attributes, hidden) => {
    expect(isHidden(attributes)).toBe(hidden);
  });
});

describe('isUnlikely', () => {
  it('applies Readability’s class, id and role rules', () => {
    expect(isUnlikely('div', { class: 'sidebar' }, stackOf())).toBe(true);
    expect(isUnlikely('div', { id: 'comments' }, stackOf())).toBe(true);
    expect(isUnlikely('nav', { role: 'navigation' }, stackOf())).toBe(true);
    expect(isUnlikely('div', { class: 'article-body' }, stackOf())).toBe(false);
    expect(isUnlikely('div', { class: 'sidebar main-content' }, stackOf())).toBe(false); // "maybe a candidate"
    expect(isUnlikely('div', { class: 'MathJax CtxtMenu_Attached_0' }, stackOf())).toBe(false);
  });

  it('leaves to Readability what it looks at before the unlikely test', () => {
    expect(isUnlikely('a', { class: 'menu-link' }, stackOf())).toBe(false);
    expect(isUnlikely('h1', { class: 'header-title' }, stackOf())).toBe(false);
    expect(isUnlikely('div', { class: 'author-header' }, stackOf())).toBe(false);
    expect(isUnlikely('span', { rel: 'author', class: 'footer' }, stackOf())).toBe(false);
  });

  it('spares elements close below a table or code block, as Readability does', () => {
    expect(isUnlikely('div', { class: 'related' }, stackOf('table', 'tr', 'td'))).toBe(false);
    expect(isUnlikely('span', { class: 'comment' }, stackOf('pre', 'code'))).toBe(false);
    expect(isUnlikely('div', { class: 'related' }, stackOf('table', 'tr', 'td', 'div', 'div'))).toBe(true);
  });
});

describe('pruneFilter', () => {
  it('always leaves out what is never content, and never the document elements', () => {
    const filter = pruneFilter({ unlikely: false });
    for (const name of ['script', 'style', 'iframe', 'svg', 'template', 'meta', 'link']) {
      expect(filter(name, {}, stackOf())).toBe(false);
    }
    expect(filter('body', { class: 'sidebar', hidden: '' }, stackOf())).toBe(true);
    expect(filter('div', { class: 'sidebar' }, stackOf())).toBe(true);
    expect(pruneFilter({ unlikely: true })('div', { class: 'sidebar' }, stackOf())).toBe(false);
  });
});
