// The command line's own words, in both languages.
import type { Lang, Text } from '../i18n/lang';

export const CLI_TEXT = {
  usage: {
    zh: '用法：xxgk-audit [--json] [--lang zh|en] 文件或网址…\n\n检查政府信息公开工作年度报告的表格勾稽关系和必备内容。\n同一机关相邻年度的报告一并给出时，逐对比对跨年度关系（上年结转等）。\n  --json      以 JSON 数组输出审核结果\n  --lang      消息语言：zh（默认）或 en\n  --help      显示本说明\n  --version   显示版本\n\n退出状态：0 已完成审核；1 有输入无法读取；2 用法错误。',
    en: 'Usage: xxgk-audit [--json] [--lang zh|en] FILE_OR_URL...\n\nChecks Chinese government information-disclosure annual reports: table arithmetic and required parts.\nReports of one body in consecutive years given together are compared pair by pair (carried-over requests and more).\n  --json      print the results as one JSON array\n  --lang      message language: zh (default) or en\n  --help      show this help\n  --version   show the version\n\nExit status: 0 audited; 1 an input could not be read; 2 bad usage.',
  },
  noInput: { zh: '没有给出要审核的文件或网址', en: 'no file or URL given' },
  badOption: { zh: '未知选项 {option}', en: 'unknown option {option}' },
  badLang: { zh: '--lang 只能是 zh 或 en', en: '--lang takes zh or en' },
  unreadable: { zh: '无法读取 {input}：{reason}', en: 'cannot read {input}: {reason}' },
  notChecked: { zh: '{input}：{reason}', en: '{input}: {reason}' },
  notFound: { zh: '文件不存在', en: 'no such file' },
  isDir: { zh: '是一个目录', en: 'is a directory' },
  http: { zh: '服务器返回 {status}', en: 'the server answered {status}' },
  network: { zh: '网络错误（{detail}）', en: 'network error ({detail})' },
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

export function cliText(key: Exclude<keyof typeof CLI_TEXT, 'severity'>, lang: Lang): string {
  return CLI_TEXT[key][lang];
}
