// The six sections of both templates, with the heading variants seen on real reports.
import type { SectionKey } from './types';

export interface SectionDef {
  key: SectionKey;
  ordinal: number;
  heading: string;
  variants: readonly string[];
  /** Words that make a numbered heading this section (matched as `label-variant`). */
  keywords: readonly RegExp[];
  /** The table this section holds, if any. */
  table: 'proactive' | 'requests' | 'appeals' | null;
}

export const SECTIONS: readonly SectionDef[] = [
  { key: 'overview', ordinal: 1, heading: '总体情况', table: null,
    variants: ['工作开展情况', '基本情况', '总体工作情况', '政府信息公开工作总体情况', '工作概述', '概述'],
    keywords: [/总体情况/, /工作开展情况/, /概述$/, /概况$/] },
  { key: 'proactive', ordinal: 2, heading: '主动公开政府信息情况', table: 'proactive',
    variants: ['主动公开政府信息情况统计表', '主动公开政府信息情况统计', '主动公开情况'],
    keywords: [/主动公开/] },
  { key: 'requests', ordinal: 3, heading: '收到和处理政府信息公开申请情况', table: 'requests',
    variants: ['收到和处理政府信息公开申请情况统计表', '收到和处理政府信息公开申请情况统计'],
    keywords: [/收到.{0,4}处理.{0,12}申请/, /依申请公开.{0,8}情况/] },
  { key: 'appeals', ordinal: 4, heading: '政府信息公开行政复议、行政诉讼情况', table: 'appeals',
    variants: ['因政府信息公开工作被申请行政复议、提起行政诉讼情况', '政府信息公开行政复议、行政诉讼情况统计表',
      '政府信息公开行政复议行政诉讼情况', '因政府信息公开被申请行政复议、提起行政诉讼情况'],
    keywords: [/行政复议/, /行政诉讼/] },
  { key: 'problems', ordinal: 5, heading: '存在的主要问题及改进情况', table: null,
    variants: ['存在的主要问题及改进措施', '政府信息公开工作存在的主要问题及改进情况', '存在问题及改进情况',
      '存在的问题及改进情况', '存在的主要问题和改进情况', '存在的主要问题及改进措施情况', '存在问题及改进措施'],
    keywords: [/问题.{0,8}(改进|整改|措施)/, /存在.{0,6}(问题|不足)/] },
  { key: 'other', ordinal: 6, heading: '其他需要报告的事项', table: null,
    variants: ['其他需要报告事项', '其他需报告的事项', '其他事项', '其他需要说明的事项'],
    keywords: [/其他需.{0,2}报告/, /^其他.{0,4}事项$/] },
];

/** Prefixes and suffixes a real heading may carry around the template's words. */
export const HEADING_PREFIX = /^(本年度|年度|本机关|行政机关|我局|我委|我办|本单位)/;
export const HEADING_SUFFIX = /(统计表|统计|情况表)$/;
