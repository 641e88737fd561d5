import { dateKindName, statedDates } from '../rule-kit/dates';
import { finding } from '../rule-kit/draft';
import { defineRule } from '../rule-kit/types';

/**
 * 条例第四十九条: departments publish by 31 January, governments (人民政府, 管委会, 行政公署, 乡镇、
 * 街道) of their own level by 31 March. A government that published in February or March is on time;
 * an agency that cannot be told is late only after 31 March, and asked about in between.
 */
export default defineRule({
  meta: {
    id: 'date-late', severity: 'warning', wave: 1,
    title: { zh: '公布晚于法定期限', en: 'Published after the legal deadline' },
    description: {
      zh: '政府部门应于次年 1 月 31 日前公布年度报告，县级以上人民政府应于 3 月 31 日前公布（条例第四十九条）。',
      en: 'Departments publish by 31 January of the following year, governments by 31 March (Regulation art. 49).',
    },
    messages: {
      department: { zh: '{kind}为 {date}，晚于政府部门的公布期限 {deadline}', en: 'The {kind} is {date}, after the deadline for a department, {deadline}' },
      government: { zh: '{kind}为 {date}，晚于人民政府的公布期限 {deadline}', en: 'The {kind} is {date}, after the deadline for a government, {deadline}' },
      february: {
        zh: '{kind}为 {date}：{agency}若为人民政府（期限 3 月 31 日）则按期公布，若为政府部门（期限 1 月 31 日）则已逾期，请核实机关类型',
        en: 'The {kind} is {date}: on time if {agency} is a government (deadline 31 March), late if it is a department (deadline 31 January); please confirm which it is',
      },
    },
  },
  check(ctx) {
    const { year, agencyKind, agency } = ctx.report;
    if (year === null) return { checked: 0, findings: [] };
    // The publication date, else the signature date (a report signed late was published late).
    const dates = statedDates(ctx.report);
    const date = dates.find((d) => d.kind === 'published') ?? dates[0];
    if (!date) return { checked: 0, findings: [] };
    const jan = `${year + 1}-01-31`;
    const mar = `${year + 1}-03-31`;
    const params = { kind: dateKindName(date.kind, ctx.lang), date: date.iso, agency: agency ?? (ctx.lang === 'zh' ? '本机关' : 'the agency') };
    const subject = { kind: 'date', date: date.kind } as const;
    if (agencyKind === 'department') {
      return { checked: 1, findings: date.iso > jan ? [finding('department', {}, { params: { ...params, deadline: jan }, subject })] : [] };
    }
    if (date.iso > mar) return { checked: 1, findings: [finding('government', {}, { params: { ...params, deadline: mar }, subject })] };
    if (date.iso > jan && agencyKind === 'unknown') return { checked: 1, findings: [finding('february', {}, { severity: 'info', params, subject })] };
    return { checked: 1, findings: [] };
  },
});
