// The report files a page attaches, read on the command line's tree and on jsdom's alike: PDF and
// Word links named as reports (or any file of a page that is itself a report), absolute, each
// once, names as written; no notice's other files, no scripts, no anchors.
import { describe, expect, it } from 'vitest';
import { reportAttachments } from '../../../lib/batch/attachments';
import { buildDocument } from '../../../lib/sources/html/build-document';
import type { HtmlDocument } from '../../../lib/sources/html/dom';
import { jsdomDocument } from '../../support/two-builders';

const PAGE = 'http://www.fenglin.gov.cn/xxgk/ndbg/t20230118_1.html';
const builders: [string, (html: string) => HtmlDocument][] = [
  ['light tree', (html) => buildDocument(html)],
  ['jsdom', (html) => jsdomDocument(html) as unknown as HtmlDocument],
];

describe.each(builders)('reportAttachments (%s)', (_name, build) => {
  it('a notice about a report: the files that name a report, not its other files', () => {
    const doc = build(`<title>关于公布2022年度政府信息公开工作年度报告的通知</title>
      <a href="P020230118.pdf">丰林市2022年政府信息公开工作年度报告（全真版）.pdf</a>
      <a href="/files/ndbg-2022.docx" title="2022年度报告 Word 版">下载</a>
      <a href="P020230118.pdf#page=2">同一文件</a>
      <a href="guide.pdf">办事指南.pdf</a>
      <a href="javascript:open('x.pdf')">年度报告.pdf</a>
      <a href="list.html">政府信息公开年报</a>`);
    expect(reportAttachments(doc, PAGE)).toEqual([
      { url: 'http://www.fenglin.gov.cn/xxgk/ndbg/P020230118.pdf', name: '丰林市2022年政府信息公开工作年度报告（全真版）.pdf', format: 'pdf' },
      { url: 'http://www.fenglin.gov.cn/files/ndbg-2022.docx', name: '下载', format: 'docx' },
    ]);
  });

  it('a report\'s own page: every PDF or Word file it attaches, .doc and .wps too, told by the text when the address is a script', () => {
    const doc = build(`<title>丰林市市场监督管理局2022年政府信息公开工作年度报告</title>
      <a href="/attach/1.pdf">附件1</a>
      <a href="/download.jsp?id=9">附件2：统计表.doc</a>
      <a href="/attach/3.wps">附件3</a>
      <a href="/attach/photo.jpg">图片</a>`);
    expect(reportAttachments(doc, PAGE).map((a) => [a.url, a.format])).toEqual([
      ['http://www.fenglin.gov.cn/attach/1.pdf', 'pdf'],
      ['http://www.fenglin.gov.cn/download.jsp?id=9', 'doc'],
      ['http://www.fenglin.gov.cn/attach/3.wps', 'wps'],
    ]);
  });

  it('resolves against the page\'s <base>', () => {
    const doc = build('<base href="http://files.fenglin.gov.cn/up/"><title>t</title><a href="2022年报.pdf">2022年报</a>');
    expect(reportAttachments(doc, PAGE)[0]!.url).toBe('http://files.fenglin.gov.cn/up/2022%E5%B9%B4%E6%8A%A5.pdf');
  });
});
