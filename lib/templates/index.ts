import { TEMPLATE_2019 } from './t2019';
import { TEMPLATE_2021 } from './t2021';
import type { Template, TemplateId } from './types';

export const TEMPLATES: Record<TemplateId, Template> = { '2019': TEMPLATE_2019, '2021': TEMPLATE_2021 };

/** Reports for 2018 and before follow the 2008 regulations' formats, not the 2019/2021 templates. */
export function isOldFormatYear(year: number | null): boolean {
  return year !== null && year <= 2018;
}

/** The template a report of this year must use. */
export function templateForYear(year: number): TemplateId {
  return year >= 2021 ? '2021' : '2019';
}

/** Columns where a count may be negative (the 2019 `change` column) or fractional (`amount`). */
export const SIGNED_COLUMNS = new Set(['change']);
export const AMOUNT_COLUMNS = new Set(['amount']);
