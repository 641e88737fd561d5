// The readable report: one self-contained HTML document (inline CSS, no scripts, nothing fetched)
// that an auditor can read, print or mail. Page-derived text is escaped; the table rows copied
// from the page go through the caller's sanitiser (DOMPurify) and nothing else reaches the markup.
import type { Config, DOMPurify, UponSanitizeAttributeHook } from 'dompurify';
import type { Lang } from '../i18n/lang';
import { format } from '../i18n/lang';
import type { UiKey } from '../i18n/ui';
import { SEVERITY_KEY, ui } from '../i18n/ui';
import { sectionName, templateName } from '../i18n/terms';
import { actualText, placeName, reportTemplate } from '../i18n/places';
import type { TemplateId } from '../templates/types';
import type { Dismissal } from '../result/dismissal';
import type { Finding } from '../result/schema';
import type { Severity } from '../result/severity';
import { SEVERITIES, SEVERITY_ORDER } from '../result/severity';
import { ruleRank, ruleTitle } from '../rules';
import type { ExportInput, ExportStatus } from './input';
import {
  STATUS_KEY, dismissalText, dismissalsById, reportTitle,
  statusOf,
} from './input';

/** The parts of a DOMPurify instance the snippet sanitiser uses. */
export type Purifier = Pick<DOMPurify, 'sanitize' | 'addHook' | 'removeHook' | 'isSupported'>;

/** Either a function from untrusted HTML to safe HTML, or a DOMPurify instance (then
 * `sanitizeSnippet` is used). In the popup: `createDOMPurify(window)`; under Node:
 * `createDOMPurify(new JSDOM('').window)`. */
export type SnippetSanitizer = ((html: string) => string) | Purifier;

/** The CSP of the exported document: no scripts, no fetches, inline styles only. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const SNIPPET_TAGS = [
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'p', 'br', 'span', 'div', 'b', 'strong', 'i', 'em', 'u', 'sub', 'sup',
];

/** The attribute the snippet builder puts on a copied cell the finding involves: its role. */
export const INVOLVED_ATTR = 'data-involved';
const INVOLVED_ROLES = new Set(['total', 'part', 'value', 'blocking']);

const SNIPPET_CONFIG: Config = {
  ALLOWED_TAGS: SNIPPET_TAGS,
  ALLOWED_ATTR: ['colspan', 'rowspan', INVOLVED_ATTR],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
};

/** colspan/rowspan kept only as small whole numbers (browsers clamp at 1000 and 65534); the
 * involved mark only on a cell and only with a role's name. */
const checkSpan: UponSanitizeAttributeHook = (node, event) => {
  if (event.attrName === INVOLVED_ATTR) {
    const tag = node.nodeName.toUpperCase();
    event.keepAttr = (tag === 'TD' || tag === 'TH') && INVOLVED_ROLES.has(event.attrValue);
    return;
  }
  if (event.attrName !== 'colspan' && event.attrName !== 'rowspan') return;
  const n = /^\s*(\d{1,4})\s*$/.exec(event.attrValue);
  if (!n || Number(n[1]) < 1 || Number(n[1]) > 1000) event.keepAttr = false;
  else event.attrValue = String(Number(n[1]));
};

/**
 * Sanitises the rows copied from a page for the report: table markup and a little inline
 * formatting only, no attributes but colspan, rowspan and the involved cells' role (so the page's
 * ids, classes and styles stay behind), text of anything removed kept. Throws when DOMPurify has no DOM to work with
 * (it would otherwise return its input unchanged).
 */
export function sanitizeSnippet(purify: Purifier, html: string): string {
  if (!purify.isSupported) throw new Error('DOMPurify has no DOM here: create it with a window (jsdom under Node)');
  // Rows outside a <table> would lose their structure when parsed in a body.
  const wrapped = /<table[\s>]/i.test(html) ? html : `<table>${html}</table>`;
  purify.addHook('uponSanitizeAttribute', checkSpan);
  try {
    return purify.sanitize(wrapped, SNIPPET_CONFIG);
  } finally {
    purify.removeHook('uponSanitizeAttribute', checkSpan);
  }
}

function sanitizerFn(s: SnippetSanitizer): (html: string) => string {
  // A DOMPurify instance is itself callable (it makes instances), so look for `sanitize` first.
  if ('sanitize' in s && typeof s.sanitize === 'function') return (html) => sanitizeSnippet(s, html);
  if (typeof s === 'function') return s;
  throw new TypeError('toHtmlReport needs a sanitiser function or a DOMPurify instance');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1b1b; background: #fff;
  font: 15px/1.6 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif; }
h1 { font-size: 1.45rem; margin: 0 0 .2rem; line-height: 1.35; }
.subtitle { margin: 0 0 1rem; color: #555; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid #ccc; }
h3 { font-size: 1.02rem; margin: 1.2rem 0 .4rem; }
h3 .rule-id, .finding-id { font: 12px/1.4 ui-monospace, Menlo, Consolas, monospace; color: #666; font-weight: normal; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem; }
dl.facts dt { color: #555; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
table.counts { border-collapse: collapse; margin: .5rem 0; }
table.counts th, table.counts td { border: 1px solid #bbb; padding: .2rem .7rem; text-align: right; }
table.counts th:first-child, table.counts td:first-child { text-align: left; }
.note { margin: 1rem 0; padding: .6rem .8rem; border: 1px solid #d8c27a; background: #fff8e1; }
.group-note { color: #555; margin: .2rem 0 .6rem; }
.finding { margin: .5rem 0 1rem; padding: .5rem .8rem; border-left: 4px solid #999; background: #fafafa; break-inside: avoid; page-break-inside: avoid; }
.finding.sev-error { border-left-color: #c62828; }
.finding.sev-warning { border-left-color: #ef8f00; }
.finding.sev-info { border-left-color: #1e6fd9; }
.finding.dismissed { border-left-color: #9e9e9e; background: #f4f4f4; color: #444; }
.finding p { margin: .2rem 0; }
.message { font-weight: 600; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-size: 12px; border: 1px solid currentColor; }
.badge.sev-error { color: #b71c1c; }
.badge.sev-warning { color: #a65f00; }
.badge.sev-info { color: #1557b0; }
.values b { font-variant-numeric: tabular-nums; }
.keys, .dismissal { font-size: 13px; color: #444; }
.snippet { margin: .4rem 0 .2rem; overflow-x: auto; }
.snippet figcaption { font-size: 12px; color: #666; }
.snippet table { border-collapse: collapse; font-size: 12px; margin-top: .2rem; background: #fff; }
.snippet td, .snippet th { border: 1px solid #999; padding: .1rem .35rem; text-align: center; vertical-align: middle; }
.snippet [data-involved="total"], .snippet [data-involved="value"] { background: #fde0dc; outline: 2px solid #c62828; outline-offset: -2px; font-weight: 700; }
.snippet [data-involved="blocking"] { background: #ffe9c2; outline: 2px solid #ef8f00; outline-offset: -2px; font-weight: 700; }
.snippet [data-involved="part"] { background: #e3eefc; outline: 1px dashed #1e6fd9; outline-offset: -2px; }
.snippet .legend { margin-left: .6rem; }
.snippet .legend span { display: inline-block; margin-right: .5rem; padding: 0 .3rem; }
footer { margin-top: 2rem; padding-top: .5rem; border-top: 1px solid #ddd; font-size: 12px; color: #666; }
@page { margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  .finding { background: none; }
  .snippet { overflow: visible; }
  .snippet table { font-size: 8pt; }
}
`.trim();

interface RuleGroup {
  rule: string;
  severity: Severity;
  findings: Finding[];
}

/** Findings by rule: the most severe rules first, then in the order of the rule catalog. */
function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const f of findings) {
    const g = groups.get(f.rule);
    if (!g) groups.set(f.rule, { rule: f.rule, severity: f.severity, findings: [f] });
    else {
      g.findings.push(f);
      if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[g.severity]) g.severity = f.severity;
    }
  }
  return [...groups.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || ruleRank(a.rule) - ruleRank(b.rule));
}

/** 2026-11-23T08:00:00.000Z → 2026-11-23 08:00 UTC (the export cannot know the reader's zone). */
function auditedAtText(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}

/** Where the finding stands, in the template's words; the keys ride along in data-* attributes. */
function keysHtml(f: Finding, lang: Lang, template: TemplateId | null): string {
  const parts: string[] = [];
  if (f.section && !f.table) parts.push(escapeHtml(sectionName(f.section, lang)));
  const place = placeName(f, lang, template);
  if (place) parts.push(escapeHtml(place));
  if (parts.length === 0) return '';
  const data = (['section', 'table', 'block', 'row', 'column'] as const)
    .filter((k) => f[k] !== null).map((k) => ` data-${k}="${escapeHtml(f[k]!)}"`).join('');
  return `<p class="keys"${data}>${escapeHtml(ui('exportHtmlLocation', lang))}${colon(lang)}${parts.join(' · ')}</p>`;
}

const INVOLVED_KEY: Record<string, UiKey> = {
  total: 'exportHtmlInvolvedTotal', part: 'exportHtmlInvolvedPart', value: 'exportHtmlInvolvedValue', blocking: 'exportHtmlInvolvedBlocking',
};

/** What the marked cells of a snippet are, for the roles it has. */
function legendHtml(clean: string, lang: Lang): string {
  const roles = [...INVOLVED_ROLES].filter((r) => clean.includes(`${INVOLVED_ATTR}="${r}"`));
  if (roles.length === 0) return '';
  return `<span class="legend">${roles.map((r) => `<span ${INVOLVED_ATTR}="${r}">${escapeHtml(ui(INVOLVED_KEY[r]!, lang))}</span>`).join('')}</span>`;
}

function findingHtml(f: Finding, dismissal: Dismissal | undefined, snippet: string | undefined, sanitize: (html: string) => string, lang: Lang, template: TemplateId | null): string {
  const status: ExportStatus = statusOf(f, dismissal);
  const out: string[] = [];
  out.push(`<article class="finding sev-${f.severity}${dismissal ? ' dismissed' : ''}" id="f-${escapeHtml(f.id)}">`);
  out.push(`<p class="message">${escapeHtml(f.message)}</p>`);
  const values: string[] = [
    `<span class="badge sev-${f.severity}">${escapeHtml(ui(SEVERITY_KEY[f.severity], lang))}</span>`,
    escapeHtml(ui(STATUS_KEY[status], lang)),
  ];
  // A null expected means the relation gives none; a null actual next to an expected one is a blank cell.
  if (f.expected !== null) values.push(`${escapeHtml(ui('exportColExpected', lang))} <b>${escapeHtml(String(f.expected))}</b>`);
  if (f.expected !== null || f.actual !== null) {
    values.push(`${escapeHtml(ui('exportColActual', lang))} <b>${escapeHtml(actualText(f, lang))}</b>`);
  }
  out.push(`<p class="values">${values.join(' · ')}</p>`);
  out.push(keysHtml(f, lang, template));
  if (dismissal) {
    out.push(`<p class="dismissal">${escapeHtml(ui('exportHtmlDismissedReason', lang))}${colon(lang)}${escapeHtml(dismissalText(dismissal, lang))}</p>`);
  }
  if (snippet && snippet.trim()) {
    const clean = sanitize(snippet);
    if (clean.trim()) {
      out.push(`<figure class="snippet"><figcaption>${escapeHtml(ui('exportHtmlRowsInvolved', lang))}${legendHtml(clean, lang)}</figcaption>${clean}</figure>`);
    }
  }
  out.push(`<p class="finding-id">#${escapeHtml(f.id)}</p>`);
  out.push('</article>');
  return out.filter(Boolean).join('\n');
}

function groupsHtml(findings: readonly Finding[], input: ExportInput, dismissed: Map<string, Dismissal>, sanitize: (html: string) => string): string {
  const { lang } = input;
  return groupByRule(findings).map((g) => [
    `<section class="rule">`,
    `<h3>${escapeHtml(ruleTitle(g.rule, lang))} <span class="rule-id">${escapeHtml(g.rule)}</span> · ${escapeHtml(format(ui('exportHtmlFindingCount', lang), { n: g.findings.length }))}</h3>`,
    ...g.findings.map((f) => findingHtml(f, dismissed.get(f.id), input.snippets[f.id], sanitize, lang, reportTemplate(input.result.report.template))),
    `</section>`,
  ].join('\n')).join('\n');
}

function countsHtml(buckets: Record<ExportStatus, Finding[]>, lang: Lang): string {
  const statuses: ExportStatus[] = ['fail', 'review', 'dismissed'];
  const count = (s: ExportStatus, sev?: Severity) => buckets[s].filter((f) => !sev || f.severity === sev).length;
  const head = `<tr><th>${escapeHtml(ui('exportColSeverity', lang))}</th>${statuses.map((s) => `<th>${escapeHtml(ui(STATUS_KEY[s], lang))}</th>`).join('')}<th>${escapeHtml(ui('exportHtmlTotal', lang))}</th></tr>`;
  const row = (label: string, sev?: Severity) => {
    const cells = statuses.map((s) => count(s, sev));
    return `<tr><td>${escapeHtml(label)}</td>${cells.map((n) => `<td>${n}</td>`).join('')}<td>${cells.reduce((a, b) => a + b, 0)}</td></tr>`;
  };
  return [
    `<table class="counts">`,
    `<thead>${head}</thead>`,
    `<tbody>${SEVERITIES.map((sev) => row(ui(SEVERITY_KEY[sev], lang), sev)).join('')}${row(ui('exportHtmlTotal', lang))}</tbody>`,
    `</table>`,
  ].join('\n');
}

/**
 * The readable report of one page. `sanitize` receives each snippet (untrusted page HTML) and
 * must return safe HTML: pass a DOMPurify instance (then `sanitizeSnippet` is applied) or a
 * function such as `(html) => sanitizeSnippet(purify, html)`.
 */
export function toHtmlReport(input: ExportInput, sanitize: SnippetSanitizer): string {
  const clean = sanitizerFn(sanitize);
  const { result, lang } = input;
  const r = result.report;
  const t = (key: UiKey) => escapeHtml(ui(key, lang));
  const unknown = ui('exportHtmlUnknown', lang);
  const title = reportTitle(input) ?? ui('exportHtmlUntitled', lang);
  const dismissed = dismissalsById(input.dismissals);
  const buckets: Record<ExportStatus, Finding[]> = { fail: [], review: [], dismissed: [] };
  for (const f of result.findings) buckets[statusOf(f, dismissed.get(f.id))].push(f);

  const facts: [UiKey, string][] = [
    ['exportHtmlAgency', r.agency ?? unknown],
    ['exportHtmlYear', r.year === null ? unknown : String(r.year)],
    ['exportHtmlTemplate', templateName(r.template, lang)],
    ['exportHtmlPublishedOn', r.publishedOn ?? unknown],
    ['exportHtmlSignedOn', r.signedOn ?? unknown],
    ['exportHtmlSource', result.source],
    ['exportHtmlAuditedAt', auditedAtText(result.auditedAt)],
    ['exportHtmlEngine', result.engine],
  ];
  const checked = result.checks.reduce((n, c) => n + c.checked, 0);

  const body: string[] = [
    `<header>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="subtitle">${t('exportHtmlTitleSuffix')}</p>`,
    `<dl class="facts">`,
    ...facts.map(([k, v]) => `<dt>${t(k)}</dt><dd>${escapeHtml(v)}</dd>`),
    `</dl>`,
    `</header>`,
    `<p class="note">${t('exportHtmlDisclaimer')}</p>`,
  ];
  if (!r.isReport) {
    body.push(`<p>${t('exportHtmlNotReport')}</p>`);
  } else {
    body.push(
      `<h2>${t('exportHtmlCounts')}</h2>`,
      countsHtml(buckets, lang),
      `<p>${escapeHtml(format(ui('exportHtmlChecksRan', lang), { rules: result.checks.length, checked }))}</p>`,
    );
    if (result.findings.length === 0) body.push(`<p>${t('exportHtmlNoFindings')}</p>`);
    if (buckets.fail.length > 0) {
      body.push(`<section class="group group-fail">`, `<h2>${t('exportHtmlFailGroup')}</h2>`, groupsHtml(buckets.fail, input, dismissed, clean), `</section>`);
    }
    if (buckets.review.length > 0) {
      body.push(
        `<section class="group group-review">`, `<h2>${t('exportHtmlReviewGroup')}</h2>`, `<p class="group-note">${t('exportHtmlReviewNote')}</p>`,
        groupsHtml(buckets.review, input, dismissed, clean), `</section>`,
      );
    }
    if (buckets.dismissed.length > 0) {
      body.push(
        `<section class="group group-dismissed">`, `<h2>${t('statusDismissed')}</h2>`, `<p class="group-note">${t('exportHtmlDismissedNote')}</p>`,
        groupsHtml(buckets.dismissed, input, dismissed, clean), `</section>`,
      );
    }
  }
  body.push(`<footer>${escapeHtml(format(ui('exportHtmlGenerated', lang), { engine: result.engine }))} · ${t('exportHtmlDisclaimer')}</footer>`);

  return [
    '<!doctype html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(`${title} - ${ui('exportHtmlTitleSuffix', lang)}`)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
