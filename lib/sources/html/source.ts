// An HTML page as a report source: its lines and statistical tables in reading order, each table's
// grid, the page's metadata and the detector's sample. The references are the page's elements.
import type { ReportSource } from '../types';
import type { HtmlDocument, HtmlElement } from './dom';
import { buildGridSteps } from './grid';
import { linearizeSteps } from './lines';
import { pageMeta } from './meta';
import { htmlSample } from './sample';

export function htmlSource(doc: HtmlDocument): ReportSource<HtmlElement> {
  return {
    meta: pageMeta(doc),
    sample: htmlSample(doc),
    *items() {
      const root = doc.body ?? doc.documentElement;
      return root ? yield* linearizeSteps(root) : [];
    },
    grid: buildGridSteps,
  };
}
