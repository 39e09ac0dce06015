// Type-checked with `tsc --noEmit -p tests/types` against the generated declarations of both
// packages: the typings must describe what the functions really take and return.

import * as node from '../../pkg-node/kalkan_wasm.js';
import init, * as web from '../../pkg-web/kalkan_wasm.js';
import type {
  Assessment, ControlResponse, Framework, FrameworkSummary, Gaps, GroupRow, KalkanError, Problem, Progress,
  Questionnaire, Report, SchemaName, Status, Validation,
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
  compiled.free();

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

export function handle(e: unknown): string {
  if (node.isKalkanError(e)) {
    const err: KalkanError = e;
    const first: Problem | undefined = err.problems[0];
    return `${err.kind} ${err.code} ${err.document ?? ''} ${first?.path ?? ''} ${first?.line ?? ''}`;
  }
  return String(e);
}

export async function useWeb(url: URL): Promise<string[]> {
  // The DOM's Response is not shadowed by the assessment's response type.
  await init({ module_or_path: fetch(url) });
  const fw = web.CompiledFramework.builtin('kalkan-public-institution@^1');
  const q = fw.questionnaire('fr');
  return q.order;
}
