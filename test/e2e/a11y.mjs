/**
 * Accessibility checks run inside the page: axe-core's WCAG 2.2 A/AA rules, and a measure of
 * the focused element's focus indicator (what axe cannot see: it never moves focus).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { assert } from './browser.mjs';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG rules axe checks automatically, up to 2.2 AA. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Fails with every violation axe-core finds in the page as it is now. The script is
 * evaluated through the DevTools protocol, which the app's strict CSP does not block.
 */
export async function expectAxeClean(page, where) {
  // Colours are judged as they end up: a button just enabled may still be fading in (Tailwind's
  // transition-colors). Finite transitions and animations are let finish; a spinner never does.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.map((node) => node.target.join(' ')).join('\n      ')}`,
    );
  }, AXE_TAGS);
  assert(violations.length === 0, `axe-core found problems on ${where}:\n    ${violations.join('\n    ')}`);
}

/**
 * Describes the focused element and its focus indicator: an outline (on the element or on
 * its ::after, which some rows stretch over the whole row), or a solid box-shadow ring.
 * `contrast` is the indicator colour against the colours next to it (WCAG 1.4.11 asks 3:1);
 * `clipped` is true when an ancestor that clips its overflow cuts the indicator off.
 */
export function focusIndicator(page) {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    // Any CSS colour (Tailwind 4 computes to oklch) as sRGB bytes, through the canvas.
    const rgba = (color) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const luminance = ([r, g, b]) => {
      const lin = (c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const contrast = (a, b) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
    // The colour painted behind `from`: its own and its ancestors' backgrounds over white.
    const backdrop = (from) => {
      const layers = [];
      for (let node = from; node instanceof Element; node = node.parentElement) {
        const color = rgba(getComputedStyle(node).backgroundColor);
        if (color[3] > 0) layers.push(color);
        if (color[3] === 1) break;
      }
      return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255]);
    };

    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const label =
      `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"` +
      (element.closest('[aria-label]') ? ` in ${element.closest('[aria-label]').getAttribute('aria-label')}` : '');

    const found = [];
    for (const pseudo of [null, '::after']) {
      const style = getComputedStyle(element, pseudo);
      const width = Number.parseFloat(style.outlineWidth);
      if (style.outlineStyle === 'none' || width < 1) continue;
      const offset = Number.parseFloat(style.outlineOffset);
      found.push({
        kind: `outline${pseudo ?? ''}`,
        width,
        color: style.outlineColor,
        inset: offset + width <= 0,
        offset,
      });
    }
    // "oklch(…) 0px 0px 0px 2px inset, rgba(0, 0, 0, 0) 0px 0px 0px 0px": a solid ring has no blur and a spread.
    const shadows = getComputedStyle(element).boxShadow.split(/,(?![^(]*\))/);
    for (const shadow of shadows) {
      const color = shadow.match(/^\s*([a-z]+\([^)]*\)|#[0-9a-f]+|[a-z]+)/i)?.[1];
      const lengths = [...shadow.matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1]));
      if (!color || lengths.length < 4 || rgba(color)[3] < 0.5) continue;
      const [, , blur, spread] = lengths;
      if (blur === 0 && spread >= 1)
        found.push({ kind: 'ring', width: spread, color, inset: shadow.includes('inset'), offset: 0 });
    }

    const rect = element.getBoundingClientRect();
    return {
      label,
      indicators: found.map((indicator) => {
        const next = backdrop(indicator.inset ? element : element.parentElement);
        // An outside indicator reaches this far past the element's box; inside ones cannot be clipped.
        const reach = indicator.inset ? 0 : indicator.offset + indicator.width;
        let clipped = false;
        for (let node = element.parentElement; reach > 0 && node; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const box = node.getBoundingClientRect();
          const inner = {
            left: box.left + node.clientLeft,
            top: box.top + node.clientTop,
            right: box.left + node.clientLeft + node.clientWidth,
            bottom: box.top + node.clientTop + node.clientHeight,
          };
          if (
            rect.left - reach < inner.left - 0.5 ||
            rect.top - reach < inner.top - 0.5 ||
            rect.right + reach > inner.right + 0.5 ||
            rect.bottom + reach > inner.bottom + 0.5
          )
            clipped = true;
        }
        return { ...indicator, contrast: contrast(rgba(indicator.color), next), clipped };
      }),
    };
  });
}

/** The focus indicator is there, at least 2 px, 3:1 against its surroundings and not cut off. */
export async function expectVisibleFocus(page) {
  const focus = await focusIndicator(page);
  assert(focus, 'nothing is focused');
  const good = focus.indicators.filter((i) => i.width >= 2 && i.contrast >= 3 && !i.clipped);
  assert(good.length > 0, `no visible focus indicator on ${focus.label}: ${JSON.stringify(focus.indicators)}`);
  return focus;
}
