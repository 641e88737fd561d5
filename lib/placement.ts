// Where a finding is drawn, decided from the finding, what it is about and the report model alone:
// its cells, and for a finding about something else (a heading, a date, a missing part) the places
// to mark, best first. A source shows the first of them it has (lib/sources/*). Rules never choose.
import type { ReportModel } from './model';
import type { Address, CellAddress } from './result/address-schema';
import { cellAddress } from './result/address';
import type { Finding } from './result/schema';
import type { CellRole } from './rule-kit/types';
import { SECTIONS } from './templates/sections';

export interface Place {
  at: Address;
  /** `at`: mark the thing itself; `before`/`after`: a marker next to it for something missing. */
  placement: 'at' | 'before' | 'after';
}

export interface FindingPlaces {
  cells: { at: CellAddress; role: CellRole }[];
  /** The places a marker may go, best first; empty when the finding is shown on its cells alone. */
  marker: Place[];
  /** The cell that holds the defect, where the finding's one badge goes (null: no cells). */
  primary: CellAddress | null;
  /** Words of the prose the finding is about (a stated number): its badge goes there instead. */
  words: Extract<Address, { kind: 'text' }> | null;
}

const at = (a: Address): Place => ({ at: a, placement: 'at' });
const before = (a: Address): Place => ({ at: a, placement: 'before' });
const after = (a: Address): Place => ({ at: a, placement: 'after' });
const TOP: Address = { kind: 'top' };

/** Where a missing section belongs: before the next section found, else at the end of the report. */
function missingSection(section: string, model: ReportModel): Place[] {
  const ordinal = SECTIONS.find((d) => d.key === section)!.ordinal;
  const next = model.sections.find((s) => SECTIONS.findIndex((d) => d.key === s.key) > ordinal - 1);
  const last = model.sections[model.sections.length - 1];
  return [
    ...(next ? [before({ kind: 'section', section: next.key })] : []),
    ...(model.signedOn !== null ? [before({ kind: 'date', date: 'signed' })] : []),
    ...(last ? [after({ kind: 'section', section: last.key })] : []),
    before(TOP),
  ];
}

function markerPlaces(subject: Address, model: ReportModel): Place[] {
  switch (subject.kind) {
    case 'title': return [at(subject), at(TOP)];
    case 'report': return [before(TOP)];
    case 'table': return [before(subject)];
    case 'missing-section': return missingSection(subject.section, model);
    case 'missing-table': return [after({ kind: 'section', section: subject.table }), before(TOP)];
    case 'missing-block':
    case 'missing-row':
    case 'missing-column': return [before({ kind: 'table', table: subject.table, part: 0 })];
    default: return [at(subject)];
  }
}

/** The cell that holds the defect: the one blocking a check (review), else the relation's total,
 *  else the first cell (a cell rule's cell, the first cell of a blank block). */
function primaryCell(cells: FindingPlaces['cells']): CellAddress | null {
  const pick = cells.find((c) => c.role === 'blocking') ?? cells.find((c) => c.role === 'total') ?? cells[0];
  return pick ? pick.at : null;
}

export function placeFinding(f: Finding, subject: Address | null, model: ReportModel): FindingPlaces {
  // Last year's cells (across-years findings) are in another report, not on this page.
  const cells = f.cells.filter((c) => c.year === undefined || c.year === model.year).map((c) => ({ at: cellAddress(c), role: c.role }));
  const words = subject?.kind === 'text' ? subject : null;
  return {
    cells,
    marker: subject && !words ? markerPlaces(subject, model) : [],
    primary: primaryCell(cells),
    words,
  };
}
