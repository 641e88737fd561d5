// The detector's cheap look (lib/parse/detect.ts): it must never miss a page the engine would read
// as a report, and should stay quiet on ordinary pages.
import { describe, expect, it } from 'vitest';
import { mayBeReport as looksLikeReport } from '../../lib/parse/detect';
import { htmlSample } from '../../lib/sources/html/sample';

const mayBeReport = (doc: Document) => looksLikeReport(htmlSample(doc));
import { documentFromHtml, fixtureNames, loadDocument, loadExpected } from '../support/fixtures';

const page = (head: string, body: string) => documentFromHtml(Buffer.from(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`), 'https://www.example.gov.cn/a.html');
const REQUESTS_TABLE = '<table><tr><td>本年新收政府信息公开申请数量</td><td>3</td></tr><tr><td>上年结转政府信息公开申请数量</td><td>0</td></tr></table>';
const NEWS = '<p>本市召开政务公开工作推进会议，听取各部门汇报。</p>';

/** Pages that are not reports but look like one at a glance: the engine has the last word. */
const LOOK_ALIKE: Record<string, string> = {
  'not-report-list': 'the index of annual reports is titled 「政府信息公开年度报告」',
};

describe('mayBeReport on the fixture pages', () => {
  for (const name of fixtureNames()) {
    const isReport = loadExpected(name).report.isReport !== false;
    const candidate = isReport || name in LOOK_ALIKE;
    it(`${name}: ${candidate ? 'may be a report' : 'is left alone'}${LOOK_ALIKE[name] ? ` (${LOOK_ALIKE[name]})` : ''}`, () => {
      expect(mayBeReport(loadDocument(name))).toBe(candidate);
    });
  }
});

describe('mayBeReport, one signal at a time', () => {
  it('the title', () => {
    expect(mayBeReport(page('<title>某区人民政府2021年政府信息公开工作年度报告</title>', NEWS))).toBe(true);
    expect(mayBeReport(page('<title>某区 政务公开 工作 年报</title>', NEWS))).toBe(true);
    expect(mayBeReport(page('<title>某区人民政府门户网站</title>', NEWS))).toBe(false);
  });

  it('the article meta in the head, whatever the case of its name', () => {
    expect(mayBeReport(page('<title>门户网站</title><meta name="articletitle" content="2022年政府信息公开工作年度报告">', NEWS))).toBe(true);
    expect(mayBeReport(page('<title>门户网站</title><meta name="ArticleTitle" content="关于开展政务公开检查的通知">', NEWS))).toBe(false);
  });

  it('a heading, among the first eight of its level', () => {
    const others = '<h2>栏目</h2>'.repeat(7);
    expect(mayBeReport(page('<title>门户网站</title>', `${others}<h2>2023年度政府信息公开工作年度报告</h2>${NEWS}`))).toBe(true);
    expect(mayBeReport(page('<title>门户网站</title>', `${others}<h2>栏目</h2><h2>2023年度政府信息公开工作年度报告</h2>${NEWS}`))).toBe(false);
  });

  it('a statistical table, but not a layout table that holds others, and only among the first 40', () => {
    expect(mayBeReport(page('<title>门户网站</title>', REQUESTS_TABLE))).toBe(true);
    expect(mayBeReport(page('<title>门户网站</title>', `<table><tr><td>${REQUESTS_TABLE}</td></tr></table>`))).toBe(true);
    const small = '<table><tr><td>项目</td><td>1</td></tr></table>'.repeat(40);
    expect(mayBeReport(page('<title>门户网站</title>', `${small}${REQUESTS_TABLE}`))).toBe(false);
  });

  it('an appeals or a proactive table by its fixed phrases', () => {
    expect(mayBeReport(page('<title>门户网站</title>', '<table><tr><td>行政复议</td><td>行政诉讼</td></tr><tr><td>结果维持</td><td>0</td></tr></table>'))).toBe(true);
    expect(mayBeReport(page('<title>门户网站</title>', '<table><tr><td>第二十条第（一）项</td></tr><tr><td>规范性文件</td><td>3</td></tr></table>'))).toBe(true);
    expect(mayBeReport(page('<title>门户网站</title>', '<table><tr><td>行政复议</td><td>收件</td></tr></table>'))).toBe(false);
  });
});
