// The command line's own words, in both languages.
import type { Lang, Text } from '../i18n/lang';

export const CLI_TEXT = {
  usage: {
    zh: '用法：xxgk-audit [--json | --csv | --xlsx 文件] [--lang zh|en] [--links] [--jobs N] 文件、网址或文件夹…\n\n检查政府信息公开工作年度报告的表格勾稽关系和必备内容。\n文件夹内的网页、PDF 和 Word 文件按名称顺序逐一检查（含子文件夹）。\n同一机关相邻年度的报告一并给出时，逐对比对跨年度关系（上年结转等）。\n  --json       以 JSON 数组输出审核结果（无法读取的输入也列出，附原因）\n  --csv        以 CSV 表格输出全部问题（UTF-8 带 BOM，每个问题一行）\n  --xlsx 文件  写出 Excel 工作簿：「汇总」表每份报告一行，「问题」表每个问题一行\n  --links      每个输入是年报栏目的列表页：检查其链接的全部年度报告（含翻页）\n  --jobs N     同时读取的输入数（默认 4；同一网站同时最多 2 个请求）\n  --lang       消息语言：zh（默认）或 en\n  --help       显示本说明\n  --version    显示版本\n\n退出状态：0 已完成审核；1 有输入无法读取；2 用法错误或无法写出工作簿。',
    en: 'Usage: xxgk-audit [--json | --csv | --xlsx FILE] [--lang zh|en] [--links] [--jobs N] FILE_OR_URL_OR_DIR...\n\nChecks Chinese government information-disclosure annual reports: table arithmetic and required parts.\nA folder is read whole: its saved pages, PDF and Word files, subfolders too, in name order.\nReports of one body in consecutive years given together are compared pair by pair (carried-over requests and more).\n  --json       print the results as one JSON array (an input that cannot be read is listed with the reason)\n  --csv        print every finding as one CSV table (UTF-8 with BOM, one row per finding)\n  --xlsx FILE  write an Excel workbook: sheet 汇总, a row per report; sheet 问题, a row per finding\n  --links      each input is a list page of reports: audit every report it links to, over its pages\n  --jobs N     how many inputs are read at once (default 4; at most 2 requests at once per host)\n  --lang       message language: zh (default) or en\n  --help       show this help\n  --version    show the version\n\nExit status: 0 audited; 1 an input could not be read; 2 bad usage or the workbook could not be written.',
  },
  noInput: { zh: '没有给出要审核的文件或网址', en: 'no file or URL given' },
  badOption: { zh: '未知选项 {option}', en: 'unknown option {option}' },
  badLang: { zh: '--lang 只能是 zh 或 en', en: '--lang takes zh or en' },
  badJobs: { zh: '--jobs 须为正整数', en: '--jobs takes a positive whole number' },
  badXlsx: { zh: '--xlsx 须给出要写出的文件名', en: '--xlsx takes the name of the file to write' },
  manyFormats: { zh: '--json、--csv 和 --xlsx 只能选一个', en: 'choose one of --json, --csv and --xlsx' },
  unreadable: { zh: '无法读取 {input}：{reason}', en: 'cannot read {input}: {reason}' },
  notChecked: { zh: '{input}：{reason}', en: '{input}: {reason}' },
  notFound: { zh: '文件不存在', en: 'no such file' },
  emptyFolder: { zh: '文件夹中没有网页、PDF 或 Word 文件', en: 'the folder holds no saved page, PDF or Word file' },
  cannotOpen: { zh: '无法打开（{detail}）', en: 'cannot be opened ({detail})' },
  tooLarge: { zh: '文件超过 {mb} MB', en: 'the file is over {mb} MB' },
  unreadableLine: { zh: '无法读取：{reason}', en: 'could not be read: {reason}' },
  totals: { zh: '合计：报告 {reports} 份 · 无法读取 {unreadable} 个 · 错误 {error} · 警告 {warning} · 提示 {info}', en: 'Total: {reports} reports · {unreadable} unreadable · {error} errors · {warning} warnings · {info} notes' },
  progressList: { zh: '列表 {done}/{total} {input}', en: 'list {done}/{total} {input}' },
  progress: { zh: '{done}/{total} {input}', en: '{done}/{total} {input}' },
  cannotWrite: { zh: '无法写出 {file}（{detail}）', en: 'cannot write {file} ({detail})' },
  wroteXlsx: { zh: '已写出 {file}（报告 {reports} 份，问题 {findings} 个）', en: 'wrote {file} ({reports} reports, {findings} findings)' },
  notReport: { zh: '不是政府信息公开工作年度报告，未作检查', en: 'not an information-disclosure annual report; nothing checked' },
  noFindings: { zh: '未发现问题（已运行 {rules} 条规则，核对 {checked} 项）', en: 'no findings ({rules} rules ran, {checked} items checked)' },
  summary: { zh: '错误 {error} · 警告 {warning} · 提示 {info}', en: '{error} errors · {warning} warnings · {info} notes' },
  reportLine: { zh: '{title}\n  机关：{agency}　年度：{year}　模板：{template}　落款：{signed}　发布：{published}', en: '{title}\n  agency: {agency}  year: {year}  template: {template}  signed: {signed}  published: {published}' },
  unknown: { zh: '未知', en: 'unknown' },
  review: { zh: '待核', en: 'review' },
  previousReport: { zh: '比对的上年报告：{year} 年度《{title}》 {source}', en: 'compared with last year’s report: {year}, “{title}” {source}' },
  severity: {
    error: { zh: '错误', en: 'error' },
    warning: { zh: '警告', en: 'warning' },
    info: { zh: '提示', en: 'info' },
  },
} as const satisfies Record<string, Text | Record<string, Text>>;

export type CliKey = Exclude<keyof typeof CLI_TEXT, 'severity'>;

export function cliText(key: CliKey, lang: Lang): string {
  return CLI_TEXT[key][lang];
}
