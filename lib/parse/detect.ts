// The cheap first look: could this page be a disclosure report at all? Reads the title, the first
// headings and the fixed phrases of at most a few dozen tables, so an ordinary page costs next to nothing.
import type { DetectionSample } from '../sources/types';
import { squash } from '../text/normalize';
import { tableKindOfText } from './table-kind';

const REPORT_WORDS = /(?:信息公开|政务公开).{0,16}(?:年度报告|工作报告|年报)|年度报告/;
const MAX_TABLES = 40;
const MAX_HEADINGS = 8;

export function mayBeReport(sample: DetectionSample): boolean {
  if (REPORT_WORDS.test(squash(sample.title))) return true;
  if (sample.articleTitle && REPORT_WORDS.test(squash(sample.articleTitle))) return true;
  for (const h of sample.headings(MAX_HEADINGS)) if (REPORT_WORDS.test(squash(h))) return true;
  for (const text of sample.tableTexts(MAX_TABLES)) if (tableKindOfText(text)) return true;
  return false;
}
