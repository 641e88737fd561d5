// Which statistical table a table holds, told from its text's fixed phrases alone (cheap).
import type { TableKey } from '../templates/types';

// Plain phrases, searched with includes(): no pattern to compile on a page that is not a report.
const REQUESTS = ['本年新收', '上年结转', '办理结果', '予以公开', '不予公开', '无法提供', '不予处理', '结转下', '勾稽关系', '国家秘密', '重复申请'];
const APPEALS_ANY = ['行政诉讼', '结果维持', '结果纠正', '尚未审结', '复议后起诉'];
const PROACTIVE = ['第二十条', '信息内容', '规范性文件', '行政许可', '行政处罚', '行政强制', '事业性收费', '集中采购', '制发件数', '新制作数量'];

function hits(text: string, phrases: readonly string[]): number {
  let n = 0;
  for (const p of phrases) if (text.includes(p)) n++;
  return n;
}

export function tableKindOfText(raw: string): TableKey | null {
  const text = raw.replace(/[\s\u00a0\u3000]+/g, '');
  if (text.length < 4) return null;
  const requests = hits(text, REQUESTS);
  if (requests >= 2) return 'requests';
  if (text.includes('行政复议') && hits(text, APPEALS_ANY) >= 1) return 'appeals';
  if (hits(text, PROACTIVE) >= 2) return 'proactive';
  return null;
}
