// The prose reader on real wordings: the seeds' sentences verbatim, and the ways portals write counts.
import { describe, expect, it } from 'vitest';
import { readStatements } from '../../../lib/prose/read-statements';
import { DEPT_2024, GOV_2019, cellsOf, read } from './helpers';

const GOV_2024 = { ...DEPT_2024, agency: '互助县人民政府', agencyKind: 'government' as const };

describe('counts named by their words', () => {
  it('reads a full paragraph of the requests table restated (clean-2021-city-bureau)', () => {
    const text = '（二）依申请公开情况。全年新收政府信息公开申请87件，上年结转6件。本年度办结88件，其中予以公开34件，部分公开9件，'
      + '不予公开11件，无法提供24件，不予处理6件，其他处理4件；结转下年度继续办理5件。';
    expect(read(text, { ...DEPT_2024, year: 2023 })).toEqual([
      'new = 87', 'carried-in = 6', 'handled = 88', 'granted = 34', 'partly-granted = 9', 'denied = 11',
      'unavailable = 24', 'rejected = 6', 'other-processing = 4', 'carried-out = 5',
    ]);
  });

  it('reads several statements in one sentence, joined by 、', () => {
    expect(read('本年度因政府信息公开被申请行政复议2件、提起行政诉讼7件。')).toEqual(['review = 2', 'suit = 7']);
    expect(read('收到政府信息公开申请81件，涉及自然人80件、商业企业1件。')).toEqual([
      'new = 81', 'natural-person/new = 80', 'business/new = 1']);
  });

  it('reads 「共办结148件，其中予以公开42件、部分公开3件…」 as the handled total and its own outcomes', () => {
    expect(read('共办结148件，其中予以公开42件、部分公开3件、不予公开5件、无法提供31件、不予处理1件、其他处理2件。')).toEqual([
      'handled = 148', 'granted = 42', 'partly-granted = 3', 'denied = 5', 'unavailable = 31', 'rejected = 1', 'other-processing = 2']);
  });

  it('reads 予以公开及部分公开 as the sum of two rows', () => {
    const [s] = readStatements('requests', '予以公开及部分公开258件。', DEPT_2024);
    expect(s!.subject).toBe('granted-or-partly');
    expect(cellsOf(s!)).toEqual(['granted.total+partly-granted.total']);
  });

  it('reads 行政诉讼 as both suit groups, 不予公开 as the eight denied rows', () => {
    const [suit, denied] = readStatements('overview', '行政诉讼案件7件，不予公开5件。', DEPT_2024);
    expect(cellsOf(suit!)).toEqual(['suit-direct.total+suit-after-review.total']);
    expect(cellsOf(denied!)[0]!.split('+')).toHaveLength(8);
  });

  it('reads 其他处理 as the 2019 single row and the three 2021 rows', () => {
    const [s19] = readStatements('overview', '其他处理3件。', GOV_2019);
    const [s21] = readStatements('overview', '其他处理3件。', DEPT_2024);
    expect(cellsOf(s19!)).toEqual(['other.total']);
    expect(cellsOf(s21!)).toEqual(['other-no-correction.total+other-unpaid-fee.total+other-misc.total']);
  });

  it('reads 上年结转 and 结转至2025年 (the next year, in a 2024 report)', () => {
    expect(read('上年结转18件，结转至2025年6件。')).toEqual(['carried-in = 18', 'carried-out = 6']);
  });

  it('reads the count written before its words: 「另有11件结转下年度继续办理」 (portal-01)', () => {
    expect(read('全年办结213件，另有11件结转下年度继续办理。', GOV_2019)).toEqual(['handled = 213', 'carried-out = 11']);
  });

  it('does not read 办理 of licences or other matters as requests (portal-07)', () => {
    expect(read('办理并公开律师、公证、司法鉴定等行政许可事项134件。')).toEqual([]);
  });

  it('lists several readings for 办理', () => {
    const [s] = readStatements('overview', '共办理政府信息公开申请93件。', DEPT_2024);
    expect(s!.subject).toBe('processed');
    expect(cellsOf(s!)).toEqual(['total.total', 'new.total', 'new.total+carried-in.total']);
  });

  it('reads 答复 as the handled total (portal-03, verbatim)', () => {
    expect(read('（二）依申请公开情况。全年收到政府信息公开申请73件，上年结转4件，已全部在法定期限内答复74件，结转下年度继续办理3件。',
      { ...GOV_2019, year: 2020 })).toEqual(['new = 73', 'carried-in = 4', 'handled = 74', 'carried-out = 3']);
  });

  it('reads a sub-row of a group: 「因保护第三方合法权益不予公开4件」', () => {
    expect(read('因保护第三方合法权益不予公开4件，本机关不掌握相关政府信息18件。')).toEqual([
      'denied-third-party = 4', 'unavailable-not-held = 18']);
  });

  it('reads outcomes of reviews and suits from the case named before them (portal-01, verbatim)', () => {
    const text = '2019年，市政府办公厅因政府信息公开工作被申请行政复议3件，其中结果维持2件、其他结果1件；被提起行政诉讼1件（未经复议直接起诉），结果维持。';
    expect(read(text, GOV_2019)).toEqual(['review = 3', 'upheld/review = 2', 'other-result/review = 1', 'suit = 1']);
    expect(read('行政复议结果纠正1件。')).toEqual(['corrected/review = 1']);
  });

  it('does not read an outcome with no case named before it', () => {
    expect(read('结果维持2件。')).toEqual([]);
  });

  it('reads 规范性文件 columns from the words or the document named before (clean-2021-city-bureau, verbatim)', () => {
    const text = '全年制发行政规范性文件3件，废止1件，截至年底现行有效行政规范性文件12件，均已在政府门户网站集中公开。';
    expect(read(text, { ...DEPT_2024, year: 2023 })).toEqual([
      'issued/normative-docs = 3', 'repealed/normative-docs = 1', 'in-force/normative-docs = 12']);
    expect(read('制发行政规范性文件1件，截至年底现行有效3件。')).toEqual(['issued/normative-docs = 1', 'in-force/normative-docs = 3']);
  });

  it('reads the 2019 columns: 新制作并公开 (either column) and 对外公开总数', () => {
    const [made, total] = readStatements('overview', '全年新制作并公开规范性文件5件，截至年底县政府门户网站对外公开的规范性文件共37件。', GOV_2019);
    expect(cellsOf(made!)).toEqual(['art20-1.normative-docs.made', 'art20-1.normative-docs.published']);
    expect(cellsOf(total!)).toEqual(['art20-1.normative-docs.total-published']);
  });

  it('reads decisions of the proactive table (clean-2021-city-bureau, portal-03, verbatim)', () => {
    expect(read('行政处罚决定38件、查封扣押等行政强制决定5件，均在作出决定之日起7个工作日内公开。', { ...DEPT_2024, year: 2023 }))
      .toEqual(['penalty = 38', 'coercion = 5']);
    expect(read('公开行政许可处理决定1268件、其他对外管理服务事项处理决定5820件、行政处罚决定17件。', { ...GOV_2019, year: 2020 }))
      .toEqual(['licensing = 1268', 'other-services = 5820', 'penalty = 17']);
  });

  it('reads 法人或其他组织 as the five organisation columns summed', () => {
    const [, s] = readStatements('overview', '收到申请20件，其中法人或其他组织申请7件。', DEPT_2024);
    expect(s!.subject).toBe('organisations');
    expect(cellsOf(s!)).toEqual(['new.business+new.research+new.public-interest+new.legal-service+new.other-org']);
  });

  it('reads an applicant column of the count named before it', () => {
    expect(read('本年度办结88件，其中自然人57件。')).toEqual(['handled = 88', 'natural-person/handled = 57']);
  });
});

describe('numbers as portals write them', () => {
  it('reads full-width digits and numbers split from their unit by a span boundary', () => {
    expect(read('全年共收到政府信息公开申请１５４件，上年结转 18 件。')).toEqual(['new = 154', 'carried-in = 18']);
  });

  it('reads digits split by spaces and thousands separators', () => {
    expect(read('全年共收到政府信息公开申请1 54件，办结1,268件，结转下年度1，002件。')).toEqual([
      'new = 154', 'handled = 1268', 'carried-out = 1002']);
  });

  it('reads Chinese numerals used for counts', () => {
    expect(read('上年结转两件，不予处理一件，无法提供十二件。')).toEqual(['carried-in = 2', 'rejected = 1', 'unavailable = 12']);
  });

  it('marks 余 / 约 / 近 / 多 / 左右 approximate', () => {
    expect(read('全年共收到政府信息公开申请约150件，办结140余件，上年结转近10件，不予公开5件左右，无法提供20多件。')).toEqual([
      'new ~ 150', 'handled ~ 140', 'carried-in ~ 10', 'denied ~ 5', 'unavailable ~ 20']);
  });

  it('keeps the offsets of the section text', () => {
    const text = '一段话。\n全年新收政府信息公开申请１５４件。';
    const [s] = readStatements('overview', text, DEPT_2024);
    expect(text.slice(s!.numberStart, s!.numberEnd)).toBe('１５４');
    expect(text.slice(s!.sentenceStart, s!.sentenceStart + s!.sentence.length)).toBe(s!.sentence);
    expect(s!.sentence).toBe('全年新收政府信息公开申请１５４件。');
  });
});

describe('percentages', () => {
  it('attaches 「占X%」 to the count before it, with the handled then new totals as base', () => {
    const [s] = readStatements('overview', '予以公开及部分公开42件，占51.85%。', DEPT_2024);
    expect(s!.percent).toMatchObject({ value: 51.85, digits: 2 });
    expect(s!.percent!.base.map((set) => set.map((c) => c.row).join('+'))).toEqual(['total', 'new']);
  });

  it('takes the base the sentence names', () => {
    const [s] = readStatements('overview', '予以公开34件，占收到申请总数的39%。', DEPT_2024);
    expect(s!.percent!.base.map((set) => set.map((c) => c.row).join('+'))).toEqual(['new']);
    expect(s!.percent!.digits).toBe(0);
  });

  it('leaves a percentage without 占, or after another count, unattached', () => {
    const [a] = readStatements('overview', '办结88件，办复率100%。', DEPT_2024);
    expect(a!.percent).toBeUndefined();
    const [b] = readStatements('overview', '予以公开34件，部分公开9件，占10.2%。', DEPT_2024);
    expect(b!.percent).toBeUndefined();
  });

  it('does not read a percentage of a comparison', () => {
    const [s] = readStatements('overview', '予以公开34件，同比增长，占比上升至39%。', DEPT_2024);
    expect(s!.percent).toBeUndefined();
  });
});

describe('sentences that state nothing comparable', () => {
  it.each([
    ['another year', '2023年共收到政府信息公开申请90件。'],
    ['last year', '上年度共收到政府信息公开申请90件。'],
    ['a comparison', '与去年相比，收到政府信息公开申请增加20件。'],
    ['a 较上年 figure', '较上年减少办结12件。'],
    ['the whole county in a department report', '全县教育系统共收到政府信息公开申请45件。'],
    ['each department', '各部门共办结政府信息公开申请300件。'],
    ['a half year', '上半年收到政府信息公开申请40件。'],
    ['suggestions and proposals (seed 000, verbatim)', '2024年办理的7件代表建议、1件委员提案均一一予以了回复，并将办理情况上报至县人大、县政府和县政协。'],
    ['proposals (clean-2021-city-bureau, verbatim)', '2024年，我局共承办市人大代表建议6件、市政协提案4件，均已按期办结，办复率100%。'],
    ['information items, not counts of the tables (seed 002, verbatim)', '今年，共宣发教育信息 430 余篇，多篇内容被市县级新闻媒体转载采编。'],
    ['days (clean-2021-city-bureau)', '所有申请均在作出决定之日起7个工作日内答复。'],
    ['two subjects under one count', '行政复议、行政诉讼案件共9件。'],
    ['received and handled under one count', '共收到并办结政府信息公开申请100件。'],
    ['an outcome with no case', '其中结果纠正1件。'],
    ['a repeal with no document named before it', '废止1件。'],
  ])('%s', (_name, text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads 全市 in a government report, not in a department report', () => {
    const text = '全市共收到政府信息公开申请1268件。';
    expect(read(text, GOV_2024)).toEqual(['new = 1268']);
    expect(read(text, DEPT_2024)).toEqual([]);
    expect(read(text, { ...DEPT_2024, agencyKind: 'unknown' })).toEqual([]);
  });

  it('does not take the agency name for another body (全州县)', () => {
    const opts = { ...DEPT_2024, agency: '全州县教育局' };
    expect(read('全州县教育局共收到政府信息公开申请12件。', opts)).toEqual(['new = 12']);
  });

  it('reads the count before a comparison, not after it', () => {
    expect(read('全年共收到政府信息公开申请100件，同比增长25%，较上年增加20件。')).toEqual(['new = 100']);
  });

  it('does not read a 其中 part as its parent again, but reads a part that names its own subject', () => {
    expect(read('全年共收到政府信息公开申请154件，其中，通过网络收到申请100件，信函收到申请54件。')).toEqual(['new = 154']);
    expect(read('全年共收到政府信息公开申请154件，其中，自然人申请100件。')).toEqual(['new = 154', 'natural-person/new = 100']);
  });

  it('reads the same subject twice when no 其中 makes it a part', () => {
    expect(read('新收申请10件。新收申请10件。')).toEqual(['new = 10', 'new = 10']);
  });
});

describe('none statements', () => {
  it.each([
    ['seed 001, verbatim', '依申请公开政府信息情况。2024 年度，未收到政府信息依申请公开事项；未发生针对本部门有关政府信息公开事务的行政复议；'
      + '未发生针对本部门有关政府信息公开事务的行政诉讼；', ['new none', 'review none', 'suit none']],
    ['seed 003, verbatim (2024 for 2021)', '2024年未收到群众关于教育信息的依申请公开事项。', ['new none']],
    ['seed 004, verbatim', '全年我局未收到依申请公开件。', ['new none']],
    ['both under one 未发生', '本年度未发生因政府信息公开引起的行政复议、行政诉讼。', ['review none', 'suit none']],
    ['defect-structure-2021', '2024年，本局未发生涉及政府信息公开事项的复议、诉讼案件。', ['review none', 'suit none']],
    ['无…行政复议', '本年度无因政府信息公开引起的行政复议。', ['review none']],
    ['未被申请', '本机关因政府信息公开未被申请行政复议，未被提起行政诉讼。', ['review none', 'suit none']],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['an outcome, not the cases', '本年度因政府信息公开被申请行政复议2件，未被复议纠错。'],
    ['责任追究 (clean-2021-city-bureau, verbatim)', '本年度未发生因政府信息公开工作受到责任追究的情况。'],
    ['complaints, not requests (seed 001, verbatim)', '未收到各类针对本部门政府信息公开事务有关的申诉（包括信访、举报）。'],
    ['another year', '2023年未收到政府信息公开申请。'],
    ['another body', '全县未发生因政府信息公开引起的行政复议。'],
    ['a request that led to an appeal', '未发生因政府信息公开申请引起的行政诉讼。'],
  ])('nothing for %s', (_name, text) => {
    expect(read(text).filter((s) => s.endsWith('none') && !s.startsWith('suit'))).toEqual([]);
  });

  it('gives a none statement count 0 and the words as its span', () => {
    const text = '全年未收到政府信息公开申请。';
    const [s] = readStatements('requests', text, DEPT_2024);
    expect(s).toMatchObject({ count: 0, none: true, subject: 'new' });
    expect(text.slice(s!.numberStart, s!.numberEnd)).toBe('未收到政府信息公开申请');
  });
});

describe('speed', () => {
  it('reads a 200 KB section quickly, including hostile repeats', () => {
    const para = '全年新收政府信息公开申请87件，上年结转6件。本年度办结88件，其中予以公开34件，部分公开9件，占51.85%；';
    const body = [para.repeat(2000), '1 '.repeat(20_000), '未发生'.repeat(10_000), '收到'.repeat(10_000)].join('\n');
    expect(body.length).toBeGreaterThan(200_000);
    const t0 = performance.now();
    const out = readStatements('overview', body, DEPT_2024);
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(out.length).toBe(2000 * 5);
  });

  // Under 1 ms on an idle core; the bound leaves room for a loaded test machine.
  it('reads a 10 KB section of real prose in a few milliseconds', () => {
    const prose = '（二）依申请公开情况。全年新收政府信息公开申请87件，上年结转6件。本年度办结88件，其中予以公开34件，部分公开9件，'
      + '不予公开11件，无法提供24件，不予处理6件，其他处理4件；结转下年度继续办理5件。所有申请均在法定期限内答复，答复文书均载明依据、理由和救济途径。'
      + '严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”，全年审查拟公开信息630余条。动态更新本局政府信息公开指南和主动公开基本目录，'
      + '对2018年以来制发的规范性文件开展清理，公布继续有效、废止和失效文件目录。建立依申请公开办理台账，实行登记、审核、答复、归档全流程管理。\n';
    const body = prose.repeat(Math.ceil(10_240 / prose.length));
    readStatements('overview', body, DEPT_2024);
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) readStatements('overview', body, DEPT_2024);
    expect((performance.now() - t0) / 20).toBeLessThan(10);
  });
});
