// A page's glyph runs → the lines a reader sees: runs on one baseline, left to right.
import { joinRuns } from './text-join';
import type { Run } from './types';

export interface VisualLine {
  text: string;
  /** Left, right, baseline, and the tallest run's size. */
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** A gap this many times the text's size parts a baseline's runs into separate lines (a sidebar
 *  beside the article, a label far from its value). */
const COLUMN_GAP = 4;

/** Runs that share a baseline (within a third of their size), top first, each group in the
 *  order met: the groups a page's lines are made of. */
export function baselineGroups(runs: readonly Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Run[][] = [];
  for (const run of sorted) {
    const last = groups[groups.length - 1];
    const ref = last?.[0];
    if (last && ref && Math.abs(ref.y - run.y) <= Math.min(ref.size, run.size) / 3) last.push(run);
    else groups.push([run]);
  }
  return groups;
}

/** Runs that share a baseline, read left to right; `part`: runs far apart on one baseline are
 *  separate lines. */
export function groupLines(runs: readonly Run[], part = false): VisualLine[] {
  const groups = baselineGroups(runs);
  if (part) {
    const parted: Run[][] = [];
    for (const group of groups) {
      group.sort((a, b) => a.x - b.x);
      let current: Run[] = [];
      let right = -Infinity;
      for (const run of group) {
        if (current.length > 0 && run.x - right > run.size * COLUMN_GAP) {
          parted.push(current);
          current = [];
        }
        current.push(run);
        right = Math.max(right, run.x + run.w);
      }
      parted.push(current);
    }
    groups.splice(0, groups.length, ...parted);
  }
  const lines: VisualLine[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let right = -Infinity;
    let size = 0;
    for (const run of group) {
      text = joinRuns(text, run.text, run.x - right > run.size * 0.4);
      right = Math.max(right, run.x + run.w);
      size = Math.max(size, run.size);
    }
    // Spaces the layout put between Chinese and Latin text are not the text's.
    text = text.replace(/[\s\u00a0\u3000]+/g, ' ').replace(/(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '').trim();
    if (text) lines.push({ text, x0: group[0]!.x, x1: right, y: group[0]!.y, size });
  }
  return lines;
}
