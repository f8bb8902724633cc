import { describe, expect, it } from 'vitest';
import { parseDocument } from './document';
import { type DomElement, isElement } from './element';

const urls = { base: 'https://example.com/a/', page: 'https://example.com/a/page' };
const read = (html: string) => parseDocument(html, urls);

describe('parseDocument', () => {
  it('puts head content in <head> and the rest in <body>, with or without the tags', () => {
    for (const html of [
      '<title>T</title><meta name="a" content="b"><p>Hello</p>',
      '<html><head><title>T</title><meta name="a" content="b"></head><body><p>Hello</p></body></html>',
    ]) {
      const doc = read(html);
      expect(doc.head.childNodes.map((node) => node.nodeName)).toEqual(['TITLE', 'META']);
      expect(doc.body.innerHTML).toBe('<p>Hello</p>');
      expect(doc.title).toBe('T');
    }
  });

  it('keeps the attributes of <html> and <body>', () => {
    const doc = read('<html lang="fr" dir="ltr"><body class="home"><p>x');
    expect(doc.documentElement.getAttribute('lang')).toBe('fr');
    expect(doc.body.className).toBe('home');
  });

  it('closes what HTML lets authors leave open, and decodes entities', () => {
    const doc = read('<ul><li>one<li>two &amp; three</ul><p>a<p>b &lt;c&gt; &nbsp;&eacute;');
    expect(doc.body.innerHTML).toBe('<ul><li>one</li><li>two &amp; three</li></ul><p>a</p><p>b &lt;c&gt; &nbsp;é</p>');
  });

  it('treats script and style content as text', () => {
    const doc = read('<script>if (a < b) document.write("</p>")</script><p>x</p>');
    expect(doc.getElementsByTagName('p')).toHaveLength(1);
    expect(doc.getElementsByTagName('script')[0]?.textContent).toBe('if (a < b) document.write("</p>")');
  });

  it('lets a filter leave elements and their content out, while an observer sees everything', () => {
    const seen: string[] = [];
    const doc = parseDocument('<div class="ad"><p>buy</p></div><p>keep</p>', urls, {
      filter: (_name, attributes) => attributes.class !== 'ad',
      observer: { open: (name) => seen.push(name), text: (text) => seen.push(text), close: () => {} },
    });
    expect(doc.body.innerHTML).toBe('<p>keep</p>');
    expect(seen).toEqual(['div', 'p', 'buy', 'p', 'keep']);
  });

  it('bounds nesting depth without losing content', () => {
    const doc = read(`${'<div>'.repeat(300)}deep${'</div>'.repeat(300)}<p>after</p>`);
    let depth = 0;
    for (let node: DomElement | undefined = doc.body; node; node = node.children.find(isElement)) depth++;
    expect(depth).toBeLessThan(140);
    expect(doc.body.textContent).toBe('deepafter');
  });
});

describe('the small DOM', () => {
  it('moves nodes and keeps sibling links and child lists in step', () => {
    const doc = read('<div id="a"><p>1</p><p>2</p><p>3</p></div><div id="b"></div>');
    const [a, b] = doc.body.children as DomElement[];
    const [one, two, three] = (a as DomElement).children;
    (b as DomElement).appendChild(two as DomElement);
    expect(a?.innerHTML).toBe('<p>1</p><p>3</p>');
    expect(one?.nextSibling).toBe(three);
    expect(three?.previousSibling).toBe(one);
    expect(b?.firstChild).toBe(two);
    expect(two?.parentNode).toBe(b);
    // replaceChild with a node taken from inside the one it replaces, as Readability does.
    const p = (b as DomElement).firstElementChild as DomElement;
    doc.body.replaceChild(p, b as DomElement);
    expect(doc.body.innerHTML).toBe('<div id="a"><p>1</p><p>3</p></div><p>2</p>');
  });

  it('finds elements in document order and answers tag-list selectors only', () => {
    const doc = read('<h2>a</h2><div><p>b</p><h2>c</h2></div><p>d</p>');
    expect(doc.body.querySelectorAll('p, h2').map((e) => e.textContent)).toEqual(['a', 'b', 'c', 'd']);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(5);
    expect(() => doc.body.querySelectorAll('div > p')).toThrow();
  });

  it('sets innerHTML and textContent', () => {
    const doc = read('<div></div>');
    const div = doc.body.firstElementChild as DomElement;
    div.innerHTML = '<b>bold</b> & <i>it</i>';
    expect(div.textContent).toBe('bold & it');
    expect(div.innerHTML).toBe('<b>bold</b> &amp; <i>it</i>');
    div.textContent = '<plain>';
    expect(div.innerHTML).toBe('&lt;plain&gt;');
  });

  it('reads display and visibility from the style attribute as a CSSStyleDeclaration does', () => {
    const doc = read('<p style="color: red; display:none">a</p><p style="display: none !important">b</p><p>c</p>');
    const [a, b, c] = doc.body.children as DomElement[];
    expect(a?.style.display).toBe('none');
    expect(b?.style.display).toBe('none !important');
    expect(c?.style).toEqual({ display: '', visibility: '' });
  });

  it('serializes attributes in order, escaped', () => {
    const doc = read('<font color="red" title="a &quot;b&quot; &amp; c">x</font><br><img src="i.png">');
    const font = doc.body.firstElementChild as DomElement;
    font.setAttribute('data-x', 'y');
    expect(doc.body.innerHTML).toBe(
      '<font color="red" title="a &quot;b&quot; &amp; c" data-x="y">x</font><br><img src="i.png">',
    );
  });
});
