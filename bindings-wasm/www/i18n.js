// The page's own strings (its "chrome"). Every word comes from the core's message catalog
// (`core/l10n/*.ftl`), the same catalog the CLI and the reports use, so the page, the CLI and the
// reports say the same thing in the same three languages. Framework texts come localized from
// the core's questionnaire view. The engine the page runs has the English catalog in it; the
// Arabic and French ones, compiled by the core (build.sh writes them in l10n/), are fetched for
// the language the page is in and added to the engine (`addCatalog`).

import { message, hasMessage, hasCatalog, addCatalog, formatNumber, formatPercent as percentIn } from './pkg/kalkan_wasm.js';
import { LANGUAGES, hasLanguage, fetchCatalog } from './languages.js';

export { LANGUAGES, hasLanguage, fetchCatalog };

/** The page's keys and the catalog message each one shows. */
export const PAGE_MESSAGES = Object.freeze({
  appTitle: 'page-app-title',
  skipToQuestions: 'page-skip-to-questions',
  language: 'page-language',
  framework: 'framework',
  builtinFrameworks: 'page-builtin-frameworks',
  customFrameworks: 'page-custom-frameworks',
  builtinUnavailable: 'page-builtin-unavailable',
  offlineUnavailable: 'page-offline-unavailable',
  languageUnavailable: 'page-language-unavailable',
  openFramework: 'page-open-framework',
  exportAssessment: 'page-export-assessment',
  exportOscal: 'page-export-oscal',
  exportPoam: 'page-export-poam',
  oscalFailed: 'page-oscal-failed',
  poamFailed: 'page-poam-failed',
  importAssessment: 'page-import-assessment',
  noFramework: 'page-no-framework',
  subjectHeading: 'page-subject-heading',
  subjectName: 'page-subject-name',
  subjectKind: 'page-subject-kind',
  subjectCountry: 'page-subject-country',
  kindNone: 'page-kind-none',
  kind_ministry: 'kind-ministry',
  kind_agency: 'kind-agency',
  kind_organisation: 'kind-organisation',
  kind_country: 'kind-country',
  kind_operator: 'kind-operator',
  progressOverall: 'page-progress-overall',
  progressSection: 'page-progress-section',
  progressHeading: 'page-progress-heading',
  sectionsNav: 'page-sections-nav',
  nextUnanswered: 'page-next-unanswered',
  allAnswered: 'page-all-answered',
  guidance: 'guidance',
  statement: 'statement',
  labelColon: 'label-colon',
  notes: 'page-notes',
  clearAnswer: 'page-clear-answer',
  level: 'page-level',
  results: 'page-results',
  maturityLevel: 'maturity-level',
  index: 'index',
  compliance: 'compliance',
  section: 'page-section',
  wholeFramework: 'page-whole-framework',
  levelNotReached: 'page-level-not-reached',
  levelShort: 'level',
  gapStatus: 'status',
  notAvailable: 'page-not-available',
  radarTitle: 'page-radar-title',
  radarDescription: 'page-radar-description',
  scoresBySection: 'page-scores-by-section',
  needSubject: 'page-need-subject',
  cannotScore: 'page-cannot-score',
  gaps: 'page-gaps',
  targetProfile: 'target-profile',
  profileNone: 'page-profile-none',
  noProfiles: 'page-no-profiles',
  chooseProfile: 'page-choose-profile',
  targetLevel: 'target-level',
  currentLevel: 'current-level',
  reached: 'reached',
  notReached: 'page-not-reached',
  gapControls: 'page-gap-controls',
  noGaps: 'page-no-gaps',
  status_met: 'status-met',
  status_not_met: 'status-not-met',
  status_not_applicable: 'status-not-applicable',
  status_unanswered: 'status-unanswered',
  currentAnswer: 'page-current-answer',
  saved: 'page-saved',
  saveFailed: 'page-save-failed',
  storageUnavailable: 'page-storage-unavailable',
  exported: 'page-exported',
  oscalExported: 'page-oscal-exported',
  poamExported: 'page-poam-exported',
  imported: 'page-imported',
  importFailed: 'page-import-failed',
  frameworkFailed: 'page-framework-failed',
  frameworkLoaded: 'page-framework-loaded',
  frameworkImported: 'page-framework-imported',
  frameworkNotFound: 'page-framework-not-found',
  problemsIntro: 'page-problems-intro',
  wholeDocument: 'whole-document',
  lineColumn: 'at-line-column',
  dismiss: 'page-dismiss',
  privacy: 'page-privacy',
  sidebarLabel: 'page-sidebar-label',
  exportedInvalid: 'page-exported-invalid',
});

// The one sentence the page must be able to say before the WebAssembly module (and so the
// catalog) has loaded: that it could not load. Kept here, in the three languages; a test
// checks it says what the catalog's `page-start-failed` says.
export const START_FAILED = Object.freeze({
  en: 'The questionnaire could not start: {reason}',
  ar: 'تعذّر تشغيل الاستبيان: {reason}',
  fr: 'Le questionnaire n’a pas pu démarrer\u00a0: {reason}',
});

/** Makes sure the engine has the catalog of `lang` (fetching it when needed). */
export async function loadLanguage(lang) {
  if (hasCatalog(lang)) return;
  const text = await fetchCatalog(lang);
  if (text !== null) addCatalog(text);
}

/** The name of `lang` written in itself. */
export function languageName(lang) {
  return LANGUAGES.find((l) => l.tag === lang)?.name ?? lang;
}

/** The page string `key` in `lang`, with `vars` (texts and numbers; numbers choose plurals). */
export function t(lang, key, vars = {}) {
  const id = PAGE_MESSAGES[key];
  if (id === undefined) throw new Error(`the page has no string ${key}`);
  return message(lang, id, vars);
}

/** The catalog message `id` itself (warnings and other messages the core names by code). */
export function catalog(lang, id, vars = {}) {
  return message(lang, id, vars);
}

/** A problem's message in `lang`: the catalog's `error-<code>` with the problem's details (a
 * problem the core did not make, such as a browser error, keeps its own message). */
export function problemText(lang, p) {
  const id = `error-${p.code}`;
  return hasMessage(id) ? message(lang, id, p.details ?? {}) : p.message;
}

/** The "could not start" sentence, which must not need the module that failed to load. */
export function startFailed(lang, reason) {
  return (START_FAILED[lang] ?? START_FAILED.en).replace('{reason}', reason);
}

/** A percentage (0-100) with one decimal, written the language's way by the core. */
export function formatPercent(lang, value) {
  return percentIn(lang, value);
}

/** A score (0-100) with one decimal, written the language's way by the core. */
export function formatScore(lang, value) {
  return formatNumber(lang, value, 1);
}
