import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize-html';

const BASE = 'https://news.example.com/2024/story.html';
const clean = (html: string) => sanitizeHtml(html, BASE);

const ALLOWED_ATTRIBUTES = new Set([
  'href',
  'title',
  'rel',
  'target',
  'src',
  'alt',
  'width',
  'height',
  'loading',
  'decoding',
  'referrerpolicy',
  'colspan',
  'rowspan',
  'scope',
  'start',
  'reversed',
  'datetime',
  'dir',
  'lang',
]);

interface Node {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: Node[];
}

/** Parses the output as a browser-like parser would and checks every element and attribute. */
function expectSafe(output: string): void {
  const walk = (node: Node) => {
    if (node.type === 'script' || node.type === 'style' || node.type === 'comment' || node.type === 'cdata') {
      throw new Error(`unsafe node ${node.type} in ${output}`);
    }
    for (const [name, value] of Object.entries(node.attribs ?? {})) {
      expect(ALLOWED_ATTRIBUTES.has(name), `attribute ${name} in ${output}`).toBe(true);
      if (name === 'href') expect(value).toMatch(/^(https?:\/\/|mailto:)/);
      if (name === 'src') expect(value).toMatch(/^https?:\/\//);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(parseDocument(output) as unknown as Node);
  expect(output).not.toMatch(
    /<\s*\/?\s*(script|style|iframe|object|embed|svg|math|form|base|meta|link|template|noscript)/i,
  );
  expect(output).not.toMatch(/\son\w+\s*=/i);
  // (inside an http(s) address, as a path, "javascript:" is just text)
  expect(output).not.toMatch(/="\s*(javascript|vbscript|data):|srcdoc|formaction|xlink:href|style=/i);
}

describe('sanitizeHtml keeps article structure', () => {
  it('keeps text structure and drops the rest of the markup', () => {
    const html =
      '<div class="x"><h2 id="h">Title</h2><p style="color:red">A <em>b</em> <strong>c</strong> <span>d</span></p>' +
      '<ul><li>1</li></ul><ol start="3"><li>2</li></ol><blockquote>q</blockquote><pre><code>x &lt; y</code></pre>' +
      '<table><tr><th scope="col">h</th><td colspan="2">c</td></tr></table><hr><br></div>';
    expect(clean(html)).toBe(
      '<h2>Title</h2><p>A <em>b</em> <strong>c</strong> d</p><ul><li>1</li></ul><ol start="3"><li>2</li></ol>' +
        '<blockquote>q</blockquote><pre><code>x &lt; y</code></pre>' +
        '<table><tr><th scope="col">h</th><td colspan="2">c</td></tr></table><hr><br>',
    );
  });

  it('makes links absolute and opens them safely in a new tab', () => {
    expect(clean('<a href="../about?a=1&amp;b=2" title="About">About</a>')).toBe(
      '<a href="https://news.example.com/about?a=1&amp;b=2" title="About" rel="noopener noreferrer nofollow ugc" target="_blank">About</a>',
    );
    expect(clean('<a href="mailto:desk@example.com">Mail</a>')).toContain('href="mailto:desk@example.com"');
  });

  it('keeps http(s) images, absolute and lazy', () => {
    expect(
      clean(
        '<figure><img src="/i/a.jpg" alt="A &quot;b&quot;" width="640" height="x"><figcaption>c</figcaption></figure>',
      ),
    ).toBe(
      '<figure><img src="https://news.example.com/i/a.jpg" alt="A &quot;b&quot;" width="640" loading="lazy" decoding="async" referrerpolicy="no-referrer"><figcaption>c</figcaption></figure>',
    );
  });

  it('drops scripts, styles, embeds, forms and foreign content with what they hold', () => {
    const html =
      '<p>a</p><script>alert(1)</script><style>p{}</style><iframe src="https://x.example/">f</iframe>' +
      '<object data="x.swf"><embed src="x.swf"></object><form action="/x"><input value="v"><button>b</button></form>' +
      '<svg><text>s</text></svg><math><mi>m</mi></math><template><p>t</p></template><noscript><p>n</p></noscript><p>z</p>';
    expect(clean(html)).toBe('<p>a</p><p>z</p>');
  });

  it('unwraps links and images it cannot keep', () => {
    expect(clean('<a href="javascript:alert(1)">text</a><img src="data:image/png;base64,AAAA" alt="x">')).toBe('text');
  });

  it('escapes text and keeps entities meaning the same', () => {
    expect(clean('<p>1 &lt; 2 &amp;&amp; &quot;quotes&quot; &nbsp;&eacute;</p>')).toBe(
      '<p>1 &lt; 2 &amp;&amp; &quot;quotes&quot; \u00a0é</p>',
    );
  });

  it('gives nothing for nothing', () => {
    expect(clean('')).toBe('');
    expect(clean('<script>x</script>')).toBe('');
  });
});

// In the style of the OWASP XSS filter evasion cheat sheet.
const VECTORS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  "<IMG SRC=javascript:alert('XSS')>",
  "<IMG SRC=JaVaScRiPt:alert('XSS')>",
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  '<a onmouseover="alert(document.cookie)">xxs link</a>',
  '<a onmouseover=alert(document.cookie)>xxs link</a>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
  '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>',
  '<IMG SRC=# onmouseover="alert(\'xxs\')">',
  '<IMG SRC= onmouseover="alert(\'xxs\')">',
  '<IMG onmouseover="alert(\'xxs\')">',
  '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
  '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>',
  '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>',
  '<IMG SRC="jav\tascript:alert(\'XSS\');">',
  '<IMG SRC="jav&#x09;ascript:alert(\'XSS\');">',
  '<IMG SRC="jav&#x0A;ascript:alert(\'XSS\');">',
  '<IMG SRC="jav&#x0D;ascript:alert(\'XSS\');">',
  '<IMG SRC=" &#14;  javascript:alert(\'XSS\');">',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="  javascript:alert(1)">x</a>',
  '<a href="\u0001javascript:alert(1)">x</a>',
  '<a href="jaVAscript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<SCRIPT/XSS SRC="https://xss.example/xss.js"></SCRIPT>',
  '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
  '<<SCRIPT>alert("XSS");//<</SCRIPT>',
  '<SCRIPT SRC=https://xss.example/xss.js?< B >',
  '<SCRIPT SRC=//xss.example/.j>',
  '<IMG SRC="`<javascript:alert>`(\'XSS\')"',
  '<iframe src=https://xss.example/scriptlet.html <',
  "\\\";alert('XSS');//",
  '</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
  '<INPUT TYPE="IMAGE" SRC="javascript:alert(\'XSS\');">',
  '<BODY BACKGROUND="javascript:alert(\'XSS\')">',
  '<IMG DYNSRC="javascript:alert(\'XSS\')">',
  '<IMG LOWSRC="javascript:alert(\'XSS\')">',
  '<STYLE>li {list-style-image: url("javascript:alert(\'XSS\')");}</STYLE><UL><LI>XSS</br>',
  "<svg/onload=alert('XSS')>",
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
  '<math><a xlink:href="javascript:alert(1)">click</a></math>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  "<BODY ONLOAD=alert('XSS')>",
  '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">',
  '<IFRAME SRC="javascript:alert(\'XSS\');"></IFRAME>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<FRAMESET><FRAME SRC="javascript:alert(\'XSS\');"></FRAMESET>',
  '<TABLE BACKGROUND="javascript:alert(\'XSS\')"><TD BACKGROUND="javascript:alert(\'XSS\')">',
  '<DIV STYLE="background-image: url(javascript:alert(\'XSS\'))">',
  '<DIV STYLE="width: expression(alert(\'XSS\'));">',
  '<IMG STYLE="xss:expr/*XSS*/ession(alert(\'XSS\'))">',
  '<BASE HREF="javascript:alert(\'XSS\');//">',
  '<OBJECT TYPE="text/x-scriptlet" DATA="https://xss.example/scriptlet.html"></OBJECT>',
  '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
  "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
  '<![CDATA[<script>alert(1)</script>]]>',
  '<!-- --><script>alert(1)</script><!-- -->',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<XSS STYLE="behavior: url(xss.htc);">',
  '<button formaction="javascript:alert(1)">x</button>',
  '<form><button formaction=javascript:alert(1)>x</button></form>',
  '<a href="https://ok.example/" onclick="alert(1)" style="position:fixed">ok</a>',
  '<img src="https://ok.example/i.png" srcset="javascript:alert(1) 1x" onload="alert(1)">',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<p id="cookie" name="location">clobbering</p><a id="x" name="y" href="https://ok.example/">a</a>',
  '<textarea></textarea><script>alert(1)</script>',
  '<title><script>alert(1)</script></title>',
  '<xmp><script>alert(1)</script></xmp>',
  '<plaintext><script>alert(1)</script>',
  '<a href="https://ok.example/"><a href="javascript:alert(1)">nested</a></a>',
  '<img src="https://ok.example/"/onerror=alert(1)>',
  '<img src=https://ok.example/ alt="x" onerror=alert(1)//',
  '<div><p>unclosed <b>tags <i>everywhere',
];

describe('sanitizeHtml against XSS vectors', () => {
  it.each(VECTORS)('%s', (vector) => {
    expectSafe(clean(vector));
    // Whatever survives must also be stable: sanitizing again changes nothing.
    expect(clean(clean(vector))).toBe(clean(vector));
  });

  it('keeps the harmless part of a vector', () => {
    expect(clean('<a href="https://ok.example/" onclick="alert(1)" style="position:fixed">ok</a>')).toBe(
      '<a href="https://ok.example/" rel="noopener noreferrer nofollow ugc" target="_blank">ok</a>',
    );
    expect(clean('<p id="cookie" name="location">clobbering</p>')).toBe('<p>clobbering</p>');
  });
});
