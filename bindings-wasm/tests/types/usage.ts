// Type-checked with `tsc --noEmit -p tests/types` against the generated declarations of both
// packages: the typings must describe what the functions really take and return.

import * as node from '../../pkg-node/kalkan_wasm.js';
import init, * as web from '../../pkg-web/kalkan_wasm.js';
import type {
  AggregateOptions, CisoImport, Mapping, MappingImport, MappingSetReport, XlsxImport, XlsxReport, AnonymizeOptions, Assessment, Benchmark, Code, CohortKey, Comparison, ControlResponse, Details, Direction, DocumentKind,
  ErrorData, ErrorKind, Framework, FrameworkSummary, Gaps, GroupRow, IndexItem, KalkanError, Limits, MergeRecord, Placement, Pointer, Problem,
  Progress, Questionnaire, Report, SchemaName, Status, Subject, Summary, Trend, Validation,
} from '../../pkg-node/kalkan_wasm.js';

const assessment: Assessment = {
  framework: { id: 'example-agency-baseline', version: '^1.2' },
  subject: { name: 'Ministry of Examples', kind: 'ministry', country: 'TR' },
  profile: 'standard',
  responses: {
    'GOV-1': { option: 'fully-implemented', notes: 'Appointment letter', answered_at: '2026-11-02' },
  },
};
const response: ControlResponse | undefined = assessment.responses?.['GOV-1'];
export const chosen: string | undefined = response?.option;

export function useNode(frameworkText: string): number | null {
  const summaries: FrameworkSummary[] = node.listFrameworks();
  const english: string | undefined = summaries[0]?.title['en'];
  void english;
  const framework: Framework = node.builtinFramework('nist-csf', '^2');
  const validation: Validation = node.validateFramework(framework);
  const problems: Problem[] = validation.errors;
  void problems;
  const report: Report = node.score(frameworkText, assessment, 'standard');
  const fromBuiltin: Report = node.score(null, JSON.stringify(assessment));
  void fromBuiltin;
  const gaps: Gaps = node.gaps(frameworkText, assessment);
  const statuses: Status[] = gaps.controls.map((c) => c.status);
  void statuses;
  const q: Questionnaire = node.questionnaire(null, 'nist-csf@^2', 'ar');
  const direction: string = q.direction;
  void direction;
  const p: Progress = node.progress(frameworkText, assessment);
  const next: string | null = p.next;
  void next;
  const names: SchemaName[] = node.schemaNames();
  const schema: object | undefined = node.schema(names[0] ?? 'framework');
  void schema;

  const compiled = new node.CompiledFramework(frameworkText);
  const rows: GroupRow[] = compiled.rows(assessment);
  const index: number | null = rows[0]?.index ?? null;
  const sameReport: Report = compiled.score(assessment, null);
  void sameReport;
  const requirement: string = compiled.requirement();
  void requirement;
  // @ts-expect-error a profile is a string, not a number
  compiled.score(assessment, 42);

  // Authoring through the core: every call returns a new assessment.
  const subject: Subject = { name: 'Ministry of Examples', country: 'TR' };
  const fresh: Assessment = compiled.newAssessment(subject);
  const withAnswer: Assessment = compiled.answer(fresh, 'GOV-1', { option: 'fully-implemented', answered_at: '2026-11-30' });
  const done: boolean = compiled.isAnswered(withAnswer, 'GOV-1');
  void done;
  const cleared: Assessment = node.removeResponse(withAnswer, 'GOV-1');
  void cleared;
  // @ts-expect-error a response needs an option
  compiled.answer(fresh, 'GOV-1', { notes: 'no option' });
  // @ts-expect-error a subject needs a name
  compiled.newAssessment({ country: 'TR' });
  compiled.free();

  // The core's charts, as SVG text.
  const items: IndexItem[] = [{ label: 'Govern', index: 50, shown: '50.0' }, { label: 'Identify', index: null, shown: 'n/a' }];
  const radar: string = node.radarSvg(items, 'Index by section', false);
  const bars: string = node.indexBarsSvg(items, 'Index by section', true);
  void radar;
  void bars;
  // @ts-expect-error `rtl` is a boolean
  node.radarSvg(items, 'Index', 'rtl');
  const title: string = node.localize(summaries[0]?.title ?? {}, 'fr');
  void title;

  const registry = node.Registry.builtin();
  const added: node.CompiledFramework = registry.addJson(frameworkText);
  const answered: node.CompiledFramework = registry.forAssessment(assessment);
  const listed: FrameworkSummary[] = registry.list();
  void listed;
  added.free();
  answered.free();
  registry.free();

  // @ts-expect-error a level is a number or null, not a string
  const wrong: string = report.root.level;
  void wrong;
  // @ts-expect-error documents are text or typed objects, not numbers
  node.score(null, 42);
  // @ts-expect-error unknown schema names are rejected at compile time
  node.schema('policy');
  return index;
}

// The national review: arrays of documents, options as typed objects, results as the core's types.
export function useReview(a: Assessment, b: Assessment): number | null {
  const merged: Assessment = node.merge(null, [a, JSON.stringify(b)], 'minimum', null);
  const record: MergeRecord | undefined = merged.merge;
  void record?.conflicts.map((c) => c.control);
  const change: Comparison = node.compare(null, a, b);
  const direction: Direction | undefined = change.controls[0]?.change;
  void direction;
  const series: Trend = node.trend(null, [a, b]);
  void series.points;
  const by: CohortKey[] = ['country', 'sector'];
  const options: AggregateOptions = { by, k: 5 };
  const stats: Benchmark = node.aggregate(null, [a, b], options);
  const median: Summary | null | undefined = stats.families[0]?.total.groups[0]?.index;
  const placed: Placement = node.place(null, [a, b], a, { k: 3 });
  void placed.peers[0]?.above;
  const keep: AnonymizeOptions = { keep_country: true, dates: 'year' };
  const shared: Assessment = node.anonymize(a, 'subject-0001', keep);
  void shared;
  node.aggregate(null, [a], null);
  // @ts-expect-error not a merge rule
  node.merge(null, [a, b], 'loudest', null);
  // @ts-expect-error not a cohort key
  node.aggregate(null, [a], { by: ['planet'] });
  // @ts-expect-error dates are coarsened to the month or the year
  node.anonymize(a, 's', { dates: 'day' });
  return median?.median ?? null;
}

export function handle(e: unknown): string {
  if (node.isKalkanError(e)) {
    // Every field of the core's ErrorData, with its type.
    const err: KalkanError = e;
    const data: ErrorData = err;
    const kind: ErrorKind = data.kind;
    const document: DocumentKind | undefined = err.document;
    const code: Code = err.code;
    const pointer: Pointer = err.pointer;
    const message: string = err.message;
    const details: Details = err.details;
    const available: unknown = details['available'];
    const stack: string | undefined = err.stack;
    const first: Problem | undefined = err.problems[0];
    const where: Pointer | undefined = first?.pointer;
    const line: number | undefined = first?.line;
    void [document, code, message, available, stack];
    // @ts-expect-error not a kind the core has
    if (kind === 'not-found') return '';
    // @ts-expect-error problems carry a pointer, not the old path
    void first?.path;
    switch (kind) {
      case 'profile': return `${String(details['profile'])} is not one of ${String(details['known'])}`;
      case 'not_found': return `${String(details['id'])} ${String(details['requirement'])}`;
      default: return `${kind} ${pointer} ${where ?? ''} ${line ?? ''}`;
    }
  }
  return String(e);
}

// Declared limits, sizes checked before reading, bytes decoded by the core.
export function useLimits(bytes: Uint8Array, buffer: ArrayBuffer, file: { size: number }): string {
  const current: Required<Limits> = node.limits();
  const loose: Limits = current;
  void loose;
  const largest: number = current.max_input_bytes;
  const changed: Required<Limits> = node.setLimits({ max_input_bytes: largest / 2, max_problems: 50 });
  void changed.max_responses;
  node.setLimits({});
  node.checkSize('assessment', file.size);
  const kind: DocumentKind = 'framework';
  const text: string = node.decode(kind, bytes);
  const fromBuffer: string = web.decode('assessment', buffer);
  // @ts-expect-error limits are numbers
  node.setLimits({ max_input_bytes: '1 MB' });
  // @ts-expect-error not a limit
  node.setLimits({ max_colours: 3 });
  // @ts-expect-error not a kind of document
  node.checkSize('spreadsheet', 10);
  // @ts-expect-error bytes, not text
  node.decode('assessment', '{}');
  // @ts-expect-error checkSize returns nothing
  const nothing: string = node.checkSize('assessment', 1);
  void nothing;
  return text + fromBuffer;
}

// Imports: CISO Assistant mappings (libraries as text, or framework imports) and questionnaire
// workbooks as bytes.
export function useInterchange(mappingText: string, libraryText: string, framework: Framework, a: Assessment): number {
  const imported: CisoImport = node.importCisoAssistant(libraryText, { id: 'csf' });
  const mappings: MappingImport = node.importCisoMapping(mappingText, [libraryText, imported]);
  const none: MappingImport = node.importCisoMapping(mappingText, null);
  const set: MappingSetReport | undefined = mappings.report.sets[0];
  const first: Mapping | undefined = none.mappings[0];
  void first?.maps;
  // @ts-expect-error frameworks are an array, not one library
  node.importCisoMapping(mappingText, libraryText);
  const blank: Uint8Array = node.exportXlsx(framework, null, 'ar');
  const filled: Uint8Array = web.exportXlsx(null, a);
  const back: XlsxImport = node.importXlsx(filled, framework);
  const report: XlsxReport = node.importXlsx(blank.buffer as ArrayBuffer).report;
  // @ts-expect-error a workbook is bytes, not text
  node.importXlsx('workbook.xlsx');
  return (set?.maps ?? 0) + back.report.answered + report.controls;
}

export async function useWeb(url: URL): Promise<string[]> {
  // The DOM's Response is not shadowed by the assessment's response type.
  await init({ module_or_path: fetch(url) });
  const fw = web.CompiledFramework.builtin('kalkan-public-institution@^1');
  const q = fw.questionnaire('fr');
  return q.order;
}
