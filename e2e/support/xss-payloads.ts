/**
 * Known XSS payloads, compact but covering the ways text escapes into code: element injection,
 * event handlers, javascript: URLs, attribute and comment breakouts, breakouts from inline
 * <script>/JSON (Next streams its RSC payload inside <script> tags), template syntax, and
 * JavaScript string breakouts. Each sets window.__xss and/or opens a dialog if it ever runs.
 */
export const XSS_PAYLOADS = [
  `<script>window.__xss=1;alert("xss-script")</script>`,
  `<img src=x onerror="window.__xss=1;alert('xss-img')">`,
  `<svg onload="window.__xss=1;alert('xss-svg')"></svg>`,
  `javascript:window.__xss=1;alert('xss-js-url')`,
  `"><img src=x onerror=window.__xss=1;alert('xss-attr')>`,
  `'><svg/onload=window.__xss=1;alert('xss-attr2')>`,
  `</script><script>window.__xss=1;alert('xss-json')</script>`,
  `"}]</script><script>window.__xss=1</script>`,
  `"-alert('xss-dq')-"`,
  `'-alert('xss-sq')-'`,
  "${alert('xss-tpl')}`;window.__xss=1;`",
  `{{constructor.constructor('window.__xss=1;alert(1)')()}}`,
  `--><script>window.__xss=1</script><!--`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<details open ontoggle="window.__xss=1;alert('xss-toggle')">`,
  `<a href="javascript:window.__xss=1">click</a>`,
  `\u2028\u2029<script>window.__xss=1</script>`,
] as const;

/** Payloads that fit fields limited to 40 characters (units) and 64 (identifiers, references). */
export const SHORT_PAYLOADS = XSS_PAYLOADS.filter((p) => p.length <= 40);
export const MEDIUM_PAYLOADS = XSS_PAYLOADS.filter((p) => p.length <= 64);

/** URLs that validation lets through (http/https) carrying markup and quote breakouts. */
export const XSS_URLS = [
  `https://xss.example.org/"><script>window.__xss=1</script>`,
  `https://xss.example.org/?q='-alert(1)-'&r="onmouseover="alert(1)`,
  `https://xss.example.org/#<img src=x onerror=alert(1)>`,
  `http://xss.example.org/</script><script>alert(1)</script>`,
] as const;
