// The JavaScript surface of the Node.js build: values are plain JSON, failures are KalkanError
// objects carrying the core's ErrorData (kind, document, code, pointer, message, details,
// problems), authoring and charts are the core's, and no input makes the module trap.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const kalkan = createRequire(import.meta.url)('../pkg-node/kalkan_wasm.js');
const { CompiledFramework } = kalkan;

const FRAMEWORK = readFileSync(join(root, 'examples', 'agency-baseline.framework.json'), 'utf8');
const ASSESSMENT = readFileSync(join(root, 'examples', 'agency-baseline.assessment.json'), 'utf8');

/** Calls `f`, which must throw a KalkanError; returns it. */
function kalkanError(f) {
  let thrown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  assert.ok(thrown !== undefined, 'expected a KalkanError, nothing was thrown');
  assert.ok(thrown instanceof Error, `expected an Error, got ${typeof thrown}: ${thrown}`);
  assert.equal(thrown.name, 'KalkanError', `expected a KalkanError, got ${thrown.stack}`);
  assert.ok(kalkan.isKalkanError(thrown));
  // Exactly the fields of the core's ErrorData (`document` only when about one), beside the
  // Error's own `message`, `name` and `stack`.
  const own = Object.getOwnPropertyNames(thrown).filter((k) => !['message', 'name', 'stack'].includes(k)).sort();
  const fields = ['code', 'details', 'kind', 'pointer', 'problems'];
  assert.deepEqual(own, thrown.document === undefined ? fields : [...fields, 'document'].sort());
  assert.ok(KINDS.includes(thrown.kind), thrown.kind);
  assert.equal(typeof thrown.code, 'string');
  assert.ok(isPointer(thrown.pointer), `a JSON Pointer: ${thrown.pointer}`);
  assert.ok(isPlainObject(thrown.details));
  assert.ok(Array.isArray(thrown.problems) && thrown.problems.length > 0, 'a KalkanError lists its problems');
  for (const p of thrown.problems) {
    assert.ok(isPointer(p.pointer), `a JSON Pointer: ${p.pointer}`);
    assert.equal(typeof p.code, 'string');
    assert.equal(typeof p.message, 'string');
    assert.ok(isPlainObject(p.details));
  }
  return thrown;
}

/** The kinds of the core's ErrorKind. */
const KINDS = ['parse', 'invalid', 'not_found', 'conflict', 'profile', 'argument', 'io', 'internal'];

/** Whether `p` is an RFC 6901 JSON Pointer. */
function isPointer(p) {
  return typeof p === 'string' && /^(\/([^~/]|~[01])*)*$/.test(p);
}

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
}

/** The built-in framework files, as the registry should list them. */
function builtinFiles() {
  const dir = join(root, 'frameworks');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
    .map((f) => ({ id: f.id, version: f.version }))
    .sort((a, b) => (a.id === b.id ? a.version.localeCompare(b.version) : a.id.localeCompare(b.id)));
}

test('listFrameworks lists every built-in framework file, with plain-object titles', () => {
  const listed = kalkan.listFrameworks();
  assert.deepEqual(listed.map((f) => ({ id: f.id, version: f.version })), builtinFiles());
  for (const f of listed) {
    assert.ok(isPlainObject(f.title), `title of ${f.id} is a plain object, not a Map`);
    assert.equal(typeof f.title.en, 'string');
    assert.equal(f.builtin, true);
    assert.match(f.digest, /^sha256:[0-9a-f]{64}$/);
  }
});

test('every built-in framework loads and lays out a questionnaire in English, Arabic and French', () => {
  for (const f of kalkan.listFrameworks()) {
    const fw = CompiledFramework.builtin(`${f.id}@=${f.version}`);
    assert.equal(fw.id, f.id);
    assert.equal(fw.digest, f.digest);
    const doc = kalkan.builtinFramework(f.id, `=${f.version}`);
    assert.ok(isPlainObject(doc.title));
    assert.deepEqual(fw.framework(), doc);
    for (const lang of ['en', 'ar', 'fr']) {
      const q = fw.questionnaire(lang);
      assert.equal(q.language, lang);
      assert.equal(q.direction, lang === 'ar' ? 'rtl' : 'ltr');
      assert.equal(q.order.length, f.controls);
      assert.equal(typeof q.sections[0].questions.concat(q.sections[0].sections.flatMap((s) => s.questions))[0]?.title, 'string');
      assert.deepEqual(q.levels.map((l) => l.level), doc.levels.map((l) => l.level));
      assert.deepEqual(q.profiles.map((p) => p.id), doc.profiles.map((p) => p.id));
    }
    const empty = { framework: { id: f.id, version: `=${f.version}` }, subject: { name: 'Test' } };
    const progress = kalkan.progress(null, empty);
    assert.equal(progress.answered, 0);
    assert.equal(progress.total, f.controls);
    assert.equal(progress.next, fw.questionnaire('en').order[0]);
    // The free function and the class give the same report.
    assert.deepEqual(kalkan.score(null, empty), fw.score(empty));
    fw.free();
  }
});

test('the example framework\'s questionnaire is in Arabic and French, with its levels and profiles', () => {
  const doc = JSON.parse(FRAMEWORK);
  const fw = new CompiledFramework(FRAMEWORK);
  const ar = fw.questionnaire('ar');
  assert.equal(ar.title, 'خط الأساس النموذجي للجهات الحكومية');
  assert.deepEqual(ar.sections.map((s) => s.title), ['الحوكمة', 'الحماية', 'الاستجابة']);
  assert.deepEqual(ar.levels.map((l) => l.name), ['منفَّذ', 'موثَّق', 'مُقاس']);
  assert.deepEqual(ar.profiles.map((p) => p.title), ['أساسي', 'قياسي']);
  const fr = fw.questionnaire('fr');
  assert.equal(fr.title, 'Référentiel d\'exemple pour les agences');
  assert.deepEqual(fr.sections.map((s) => s.title), ['Gouvernance', 'Protection', 'Réponse']);
  assert.deepEqual(fr.levels.map((l) => l.name), ['Réalisé', 'Documenté', 'Mesuré']);
  assert.deepEqual(fr.profiles.map((p) => p.title), ['Essentiel', 'Standard']);
  for (const lang of ['en', 'ar', 'fr']) {
    const q = fw.questionnaire(lang);
    // Every text in the framework's own words for that language.
    assert.equal(q.description, doc.description[lang]);
    assert.deepEqual(q.levels, doc.levels.map((l) => ({ level: l.level, name: l.name[lang], description: l.description[lang] })));
    assert.deepEqual(q.profiles, doc.profiles.map((p) => ({ id: p.id, title: p.title[lang], description: p.description[lang] })));
    const first = q.sections[0].questions[0];
    const control = doc.groups[0].controls[0];
    assert.equal(first.title, control.title[lang]);
    assert.deepEqual(first.options.map((o) => o.label), doc.scales.find((s) => s.id === control.scale).options.map((o) => o.label[lang]));
    assert.equal(first.level_name, doc.levels.find((l) => l.level === control.level)?.name[lang] ?? null);
  }
  // A language the framework lacks falls back to English per text.
  assert.equal(fw.questionnaire('de').title, doc.title.en);
  fw.free();
});

test('documents are accepted as JSON text or as objects, with the same result', () => {
  const fromText = kalkan.score(FRAMEWORK, ASSESSMENT);
  const fromObjects = kalkan.score(JSON.parse(FRAMEWORK), JSON.parse(ASSESSMENT));
  assert.deepEqual(fromObjects, fromText);
  assert.equal(fromText.root.level, 1);
  assert.equal(fromText.gaps.profile, 'standard');
  const fw = new CompiledFramework(JSON.parse(FRAMEWORK));
  assert.deepEqual(fw.score(ASSESSMENT), fromText);
  assert.deepEqual(fw.gaps(ASSESSMENT, 'essential'), kalkan.gaps(FRAMEWORK, ASSESSMENT, 'essential'));
  assert.deepEqual(fw.progress(ASSESSMENT), kalkan.progress(FRAMEWORK, ASSESSMENT));
  assert.deepEqual(fw.questionnaire('fr'), kalkan.questionnaire(FRAMEWORK, null, 'fr'));
  assert.deepEqual(fw.validateAssessment(ASSESSMENT), { valid: true, errors: [], warnings: [] });
  const rows = fw.rows(ASSESSMENT);
  assert.equal(rows[0].group, 'example-agency-baseline');
  assert.equal(rows[0].depth, 0);
  assert.equal(rows.length, 1 + 5); // the root and the five groups
  fw.free();
});

test('validation results are data, listing every problem with its JSON Pointer and details', () => {
  const v = kalkan.validateFramework('{"id": "Bad Id", "version": "one", "title": {"fr": "x"}, "scales": [], "groups": []}');
  assert.equal(v.valid, false);
  const pointers = v.errors.map((p) => `${p.pointer}:${p.code}`);
  assert.ok(pointers.includes('/id:invalid_id'), pointers.join(', '));
  assert.ok(pointers.includes('/version:invalid_version'), pointers.join(', '));
  assert.ok(pointers.includes('/title:missing_english'), pointers.join(', '));
  assert.deepEqual(v.errors.find((p) => p.code === 'invalid_id').details, { id: 'Bad Id', reason: 'slug', what: 'framework' });
  const a = JSON.parse(ASSESSMENT);
  a.responses['GOV-1'].option = 'sometimes';
  a.subject.country = 'XX';
  const va = kalkan.validateAssessment(FRAMEWORK, a);
  assert.equal(va.valid, false);
  assert.deepEqual(va.errors.map((p) => p.pointer), ['/subject/country', '/responses/GOV-1/option']);
  assert.deepEqual(va.errors[1].details, { control: 'GOV-1', option: 'sometimes', known: ['not-implemented', 'partially-implemented', 'largely-implemented', 'fully-implemented', 'not-applicable'] });
});

test('errors are KalkanError objects with kind, code, document, pointer, details and problems', () => {
  const malformed = kalkanError(() => kalkan.score(FRAMEWORK, '{"framework": '));
  assert.equal(malformed.kind, 'parse');
  assert.equal(malformed.code, 'malformed_json');
  assert.equal(malformed.document, 'assessment');
  assert.equal(malformed.problems[0].line, 1);
  assert.equal(typeof malformed.problems[0].column, 'number');

  const shape = kalkanError(() => new CompiledFramework('{"id": "x", "version": "1.0.0", "title": {"en": "x"}, "scales": [], "groups": [], "extra": 1}'));
  assert.equal(shape.kind, 'parse');
  assert.equal(shape.code, 'invalid_structure');
  assert.equal(shape.pointer, '/extra');
  assert.equal(shape.problems[0].pointer, '/extra');
  assert.equal(shape.details.problem, 'unknown_field');

  const invalid = kalkanError(() => new CompiledFramework('{"id": "x", "version": "1.0.0", "title": {"en": "x"}, "scales": [], "groups": []}'));
  assert.equal(invalid.kind, 'invalid');
  assert.equal(invalid.document, 'framework');

  const notFound = kalkanError(() => CompiledFramework.builtin('no-such-framework@^1'));
  assert.equal(notFound.kind, 'not_found');
  assert.equal(notFound.code, 'framework_not_found');
  assert.equal(notFound.document, undefined);
  assert.deepEqual(notFound.details, { id: 'no-such-framework', requirement: '^1', available: [] });

  // A profile error: the core says which kind it is (the binding does not guess from fields).
  const profile = kalkanError(() => kalkan.gaps(FRAMEWORK, ASSESSMENT, 'platinum'));
  assert.equal(profile.kind, 'profile');
  assert.equal(profile.code, 'unknown_profile');
  assert.equal(profile.pointer, '');
  assert.deepEqual(profile.details, { profile: 'platinum', known: ['essential', 'standard'] });
  assert.equal(profile.message, 'the profile `platinum` does not exist; declared profiles: `essential`, `standard`');

  const noProfile = JSON.parse(ASSESSMENT);
  delete noProfile.profile;
  const none = kalkanError(() => kalkan.gaps(FRAMEWORK, noProfile));
  assert.equal(none.kind, 'profile');
  assert.equal(none.code, 'no_profile');
  assert.deepEqual(none.details, { known: ['essential', 'standard'] });
  assert.equal(kalkan.isKalkanError(new Error('other')), false);
  assert.equal(kalkan.isKalkanError({ name: 'KalkanError' }), false);
});

test('inputs of the wrong JavaScript type are KalkanErrors, not TypeErrors', () => {
  const cyclic = {};
  cyclic.self = cyclic;
  const cases = [42, true, undefined, null, Symbol('x'), () => 1, 10n, cyclic, { big: 1n }, [], [1, 2]];
  for (const value of cases) {
    const e = kalkanError(() => new CompiledFramework(value));
    assert.ok(['invalid_structure', 'malformed_json'].includes(e.code), `${String(value?.toString?.() ?? value)}: ${e.code}`);
    assert.equal(e.document, 'framework');
    kalkanError(() => kalkan.score(FRAMEWORK, value));
  }
});

// A catalog of two controls, one withdrawn, and a profile selecting one (OSCAL 1.1, JSON).
const TINY_CATALOG = JSON.stringify({
  catalog: {
    uuid: '8a9d0f65-0b8e-4d1e-9c11-2f6b3d3f0001',
    metadata: { title: 'Tiny catalog', 'last-modified': '2026-01-01T00:00:00Z', version: '1.0.0', 'oscal-version': '1.1.2' },
    groups: [{
      id: 'ac', title: 'Access control', controls: [
        { id: 'ac-1', title: 'Policy', parts: [{ id: 'ac-1_smt', name: 'statement', prose: 'Keep an access control policy.' }] },
        { id: 'ac-2', title: 'Accounts', parts: [{ id: 'ac-2_smt', name: 'statement', prose: 'Manage accounts.' }] },
        { id: 'ac-3', title: 'Old', props: [{ name: 'status', value: 'withdrawn' }], links: [{ href: '#ac-2', rel: 'incorporated-into' }] },
      ],
    }],
  },
});
const TINY_PROFILE = JSON.stringify({
  profile: {
    uuid: '8a9d0f65-0b8e-4d1e-9c11-2f6b3d3f0002',
    metadata: { title: 'Tiny baseline', 'last-modified': '2026-01-01T00:00:00Z', version: '1.0.0', 'oscal-version': '1.1.2' },
    imports: [{ href: '#catalog', 'include-controls': [{ 'with-ids': ['ac-2'] }] }],
  },
});
const ciso = (file) => readFileSync(join(root, 'tests', 'fixtures', 'ciso-assistant', file), 'utf8');

test('imports: OSCAL catalogs and profiles, CISO Assistant libraries and any framework file, as the core makes them', () => {
  // The SP 800-53 rev5 catalog and its MODERATE baseline, as the core's own tests import them.
  const oscal = join(root, 'tests', 'fixtures', 'oscal');
  const catalog = readFileSync(join(oscal, 'NIST_SP-800-53_rev5_catalog.json'), 'utf8');
  const imported = kalkan.importOscalCatalog(catalog);
  assert.equal(imported.report.controls, 1007);
  assert.equal(imported.report.withdrawn.length, 182);
  assert.equal(imported.report.format, 'oscal-catalog');
  const fw = new CompiledFramework(imported.framework);
  assert.equal(fw.framework().groups.length, imported.report.groups);
  fw.free();
  const moderate = kalkan.importOscalProfile(readFileSync(join(oscal, 'NIST_SP-800-53_rev5_MODERATE-baseline_profile.json'), 'utf8'), catalog, { scale: 'yes-no-na' }, true);
  const resolved = JSON.parse(readFileSync(join(oscal, 'NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog.json'), 'utf8'));
  const ids = [];
  const walk = (controls = []) => controls.forEach((c) => { ids.push(c.id); walk(c.controls); });
  resolved.catalog.groups.forEach((g) => walk(g.controls));
  assert.equal(moderate.targets.length, 287);
  assert.deepEqual([...moderate.targets].sort(), [...ids].sort());
  assert.ok(moderate.restricted.groups.length > 0);

  const tiny = kalkan.importOscalCatalog(TINY_CATALOG, { id: 'tiny', version: '2.0.0' });
  assert.equal(tiny.framework.id, 'tiny');
  assert.equal(tiny.framework.version, '2.0.0');
  assert.deepEqual(tiny.report.withdrawn, [{ id: 'ac-3', label: null, moved_to: [], incorporated_into: ['ac-2'] }]);

  // CISO Assistant: counts from the fixtures' expected.json, a library without English.
  const expected = JSON.parse(ciso('expected.json'));
  for (const file of ['essential-eight.yaml', 'anssi-rec-secu-interco-si-internet.yaml', 'nist-ssdf-1.1.yaml']) {
    const c = kalkan.importCisoAssistant(ciso(file));
    assert.equal(c.report.controls, expected.files[file].framework.assessable, file);
    const scored = new CompiledFramework(c.framework);
    assert.equal(scored.score({ framework: { id: scored.id, version: scored.version }, subject: { name: 'Agency' }, responses: {} }).root.counts.controls, c.report.controls, file);
    scored.free();
  }
  assert.equal(kalkan.importCisoAssistant(ciso('anssi-rec-secu-interco-si-internet.yaml')).report.english_fallback, 'fr');

  // Any framework file: the core says what it is.
  assert.equal(kalkan.importFramework(catalog).format, 'oscal-catalog');
  const e8 = kalkan.importFramework(ciso('essential-eight.yaml'));
  assert.equal(e8.format, 'ciso-assistant');
  assert.deepEqual(e8.framework, kalkan.importCisoAssistant(ciso('essential-eight.yaml')).framework);
  assert.deepEqual(kalkan.importFramework(FRAMEWORK), { format: 'kalkan' });
  assert.deepEqual(kalkan.importFramework('not a framework'), { format: 'kalkan' });

  // Errors are the core's: a bad option, a broken catalog.
  const option = kalkanError(() => kalkan.importOscalCatalog(TINY_CATALOG, { scale: 'colours' }));
  assert.equal(option.kind, 'argument');
  assert.equal(option.code, 'invalid_argument');
  assert.equal(option.details.argument, 'options');
  const broken = kalkanError(() => kalkan.importOscalCatalog('{"catalog": ['));
  assert.equal(broken.code, 'malformed_json');
  const notCatalog = kalkanError(() => kalkan.importFramework('{"catalog": 5}'));
  assert.ok(['invalid_structure', 'malformed_json'].includes(notCatalog.code), notCatalog.code);
});

test('CISO Assistant mapping libraries: one mapping per set, resolved through framework libraries or their imports', () => {
  const csf = ciso('nist-csf-1.1.yaml');
  const mapping = ciso('map-nist-csf-1.1-nist-csf-2.0.yaml');
  const imported = kalkan.importCisoMapping(mapping, [csf]);
  assert.equal(imported.mappings.length, 1);
  const [m] = imported.mappings;
  assert.deepEqual([m.source, m.target], [{ id: 'nist-csf-1-1', version: '^6' }, { id: 'nist-csf-2-0', version: '*' }]);
  // The 25 mappings from CSF 1.1's functions and categories (groups) are left out, and said so.
  assert.equal(m.maps.length, 160);
  assert.deepEqual(imported.report.sets.map((r) => [r.read, r.maps, r.resolved_sources, r.resolved_targets]), [[185, 160, 160, 0]]);
  assert.deepEqual(imported.report.warnings.map((w) => [w.code, w.details.side, w.details.count]), [['not_a_control', 'source', '25']]);
  // Its own rules hold; against CSF 1.1 on both sides only the target framework is wrong (CSF 2.0
  // is not among the fixtures).
  const csfFramework = kalkan.importCisoAssistant(csf).framework;
  assert.deepEqual(kalkan.validateMapping(m, csfFramework, csfFramework).errors.map((p) => [p.pointer, p.code]), [['/target/id', 'mapping_mismatch']]);
  // A framework given as its import, made with other choices: its id is the mapping's.
  const renamed = kalkan.importCisoMapping(mapping, [kalkan.importCisoAssistant(csf, { id: 'csf-one' })]);
  assert.equal(renamed.mappings[0].source.id, 'csf-one');
  assert.deepEqual(renamed.mappings[0].maps, m.maps);
  // Without it: every mapping kept, named by URN tails, any version.
  const blind = kalkan.importCisoMapping(mapping);
  assert.deepEqual([blind.mappings[0].maps.length, blind.mappings[0].source.version, blind.mappings[0].maps[0].source], [185, '*', 'id.gv']);
  // Two sets, two mappings.
  assert.equal(kalkan.importCisoMapping(ciso('mapping-india-dpdpa-2023-and-scf-2025.2.2.yaml'), []).mappings.length, 2);

  // Errors are the core's, located: a framework library as the mapping, a mapping library as a
  // framework (under `/0`), an item that is neither a library nor an import.
  const notMapping = kalkanError(() => kalkan.importCisoMapping(csf, []));
  assert.deepEqual([notMapping.kind, notMapping.document, notMapping.code, notMapping.details.problem], ['parse', 'mapping', 'invalid_structure', 'not_ciso_mapping']);
  const notFramework = kalkanError(() => kalkan.importCisoMapping(mapping, [mapping]));
  assert.deepEqual([notFramework.document, notFramework.pointer, notFramework.details.problem], ['framework', '/0', 'not_ciso_framework']);
  const item = kalkanError(() => kalkan.importCisoMapping(mapping, [42]));
  assert.deepEqual([item.kind, item.details.argument, item.details.found], ['argument', 'frameworks', 'item 0: number']);
});

test('questionnaire workbooks: exported, filled, read back to the score of the same answers given directly', () => {
  const fw = new CompiledFramework(FRAMEWORK);
  const blank = kalkan.exportXlsx(FRAMEWORK, null, 'fr');
  assert.ok(blank instanceof Uint8Array);
  assert.deepEqual([...blank.subarray(0, 2)], [0x50, 0x4b], 'a zip archive');
  // The same inputs give the same bytes: the workbook's date is not the clock's.
  assert.deepEqual(kalkan.exportXlsx(JSON.parse(FRAMEWORK), undefined, 'fr'), blank);
  // Answers filled programmatically: an assessment with every control answered, written out
  // through the workbook (pre-filled) and read back.
  const options = {};
  const walk = (section) => {
    for (const q of section.questions) options[q.id] = q.options.map((o) => o.id);
    for (const s of section.sections) walk(s);
  };
  fw.questionnaire('en').sections.forEach(walk);
  const ids = Object.keys(options);
  assert.ok(ids.length > 3);
  const responses = Object.fromEntries(ids.map((id, i) => [id, { option: options[id][i % options[id].length] }]));
  const direct = { framework: { id: fw.id, version: fw.requirement() }, subject: { name: 'Ministry of Examples', country: 'TR' }, responses };
  const workbook = kalkan.exportXlsx(FRAMEWORK, direct, 'ar');
  const back = kalkan.importXlsx(workbook, FRAMEWORK);
  assert.equal(back.report.answered, ids.length);
  assert.equal(back.report.language, 'ar');
  assert.deepEqual(back.assessment.responses, direct.responses);
  assert.deepEqual(kalkan.score(FRAMEWORK, back.assessment).root, kalkan.score(FRAMEWORK, direct).root);
  // An ArrayBuffer reads the same; the built-in framework the workbook names is found alone.
  assert.deepEqual(kalkan.importXlsx(workbook.slice().buffer, FRAMEWORK), back);
  const pi = kalkan.builtinFramework('kalkan-public-institution', '^2');
  const piBook = kalkan.exportXlsx(null, { framework: { id: pi.id, version: '^2' }, subject: { name: 'Ministry' }, responses: {} }, 'en');
  assert.equal(kalkan.importXlsx(piBook).report.framework, `${pi.id}@${pi.version}`);
  // A blank workbook needs its subject filled in: reported at the cell to fill.
  const blankSubject = kalkanError(() => kalkan.importXlsx(blank, FRAMEWORK));
  assert.equal(blankSubject.code, 'missing_subject');
  assert.match(blankSubject.problems[0].details.cell, /^Kalkan!B\d+$/);

  // A bad workbook: its answers read against a release of the framework whose option for the
  // first control was renamed (same id and version, another digest): that answer is not an
  // option any more, reported at its cell.
  const renamed = JSON.parse(FRAMEWORK);
  const controls = [];
  const collect = (g) => { controls.push(...(g.controls ?? [])); (g.groups ?? []).forEach(collect); };
  renamed.groups.forEach(collect);
  const firstScale = controls.find((c) => c.id === ids[0]).scale;
  const chosen = responses[ids[0]].option;
  const scale = renamed.scales.find((x) => x.id === firstScale);
  const option = scale.options.find((o) => o.id === chosen);
  option.id = `${chosen}-renamed`;
  option.label = { en: 'Renamed', ar: 'معاد تسميته', fr: 'Renommé' };
  const wrong = kalkanError(() => kalkan.importXlsx(workbook, renamed));
  assert.equal(wrong.kind, 'invalid');
  assert.equal(wrong.document, 'assessment');
  const problem = wrong.problems.find((p) => p.code === 'unknown_option');
  assert.ok(problem, JSON.stringify(wrong.problems));
  assert.match(problem.details.cell, /^.+!D\d+$/);
  assert.equal(problem.pointer, `/responses/${ids[0]}/option`);
  // Not a workbook at all; an assessment that does not fit the framework is not written out.
  assert.equal(kalkanError(() => kalkan.importXlsx(new TextEncoder().encode('{}'), FRAMEWORK)).details.problem, 'not_xlsx');
  const invalid = kalkanError(() => kalkan.exportXlsx(FRAMEWORK, { ...direct, responses: { [ids[0]]: { option: 'maybe' } } }, 'en'));
  assert.deepEqual([invalid.kind, invalid.code], ['invalid', 'unknown_option']);
  const neither = kalkanError(() => kalkan.exportXlsx(null, null, 'en'));
  assert.deepEqual([neither.kind, neither.details.argument], ['argument', 'framework']);
  fw.free();
});

test('every argument of every exported function and method, given a wrong JavaScript type, is a KalkanError', () => {
  const fw = new CompiledFramework(FRAMEWORK);
  const registry = kalkan.Registry.builtin();
  const F = FRAMEWORK;
  const A = ASSESSMENT;
  const items = [{ label: 'Govern', index: 50, shown: '50.0' }, { label: 'Identify', index: null, shown: 'n/a' }, { label: 'Protect', index: 75, shown: '75.0' }];
  // Arguments that are not documents are checked by the binding and name themselves in the
  // error (kind `argument`, `details.argument`); each says which wrong values it accepts.
  const string = (name) => [name, () => false];
  const optionalString = (name) => [name, (v) => v === null || v === undefined];
  const boolean = (name) => [name, (v) => typeof v === 'boolean'];
  const array = (name) => [name, (v) => Array.isArray(v) && v.length === 0];
  const number = (name) => [name, (v) => typeof v === 'number' && Number.isFinite(v) && (name !== 'decimals' || (Number.isInteger(v) && v >= 0 && v <= 20))];
  const details = (name) => [name, (v) => v === null || v === undefined || (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype && !Object.values(v).includes(v))];
  const object = (name) => [name, (v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype && Object.values(v).every((x) => typeof x === 'string')];
  // Arrays of documents: any array is accepted (its items are documents the core reads).
  const documents = (name) => [name, (v) => Array.isArray(v)];
  // Options: a plain object (its fields are the core's to check), null or undefined.
  const options = (name) => [name, (v) => v === null || v === undefined || isPlainObject(v)];
  const optionalBoolean = (name) => [name, (v) => v === null || v === undefined || typeof v === 'boolean'];
  // Two versions of one framework, a mapping between them, and an assessment of the older one.
  const OLD = kalkan.builtinFramework('kalkan-public-institution', '=1.0.1');
  const NEW = kalkan.builtinFramework('kalkan-public-institution', '=2.0.0');
  const MAP = kalkan.generateMapping(OLD, NEW);
  const PI = { framework: { id: 'kalkan-public-institution', version: '^1' }, subject: { name: 'Ministry' }, responses: {} };
  // Two respondents of one ministry, and a series of its assessments (the national review).
  const respondent = (name, option, completed) => ({ ...PI, assessor: { name }, completed, subject: { name: 'Ministry', country: 'TR' },
    responses: { 'GOV-01': { option } } });
  const RA = respondent('A', 'fully-implemented', '2025-06-01');
  const RB = respondent('B', 'partially-implemented', '2026-06-01');
  // Each entry: the call, valid arguments, and the arguments checked by name (by position).
  const calls = {
    diff: { call: (...a) => kalkan.diff(...a), args: [OLD, NEW, null] },
    diffText: { call: (...a) => kalkan.diffText(...a), args: [OLD, NEW, null, 'md', 'fr'], named: { 3: optionalString('format'), 4: optionalString('lang') } },
    generateMapping: { call: (...a) => kalkan.generateMapping(...a), args: [OLD, NEW] },
    validateMapping: { call: (...a) => kalkan.validateMapping(...a), args: [MAP, OLD, NEW] },
    migrate: { call: (...a) => kalkan.migrate(...a), args: [null, PI, 'kalkan-public-institution@^2', MAP] },
    project: { call: (...a) => kalkan.project(...a), args: [null, PI, 'nist-csf@^2', null, null], named: { 4: optionalString('profile') } },
    merge: { call: (...a) => kalkan.merge(...a), args: [null, [RA, RB], 'minimum', null], named: { 1: documents('assessments'), 2: string('rule') } },
    compare: { call: (...a) => kalkan.compare(...a), args: [null, RA, RB] },
    trend: { call: (...a) => kalkan.trend(...a), args: [null, [RA, RB]], named: { 1: documents('assessments') } },
    aggregate: { call: (...a) => kalkan.aggregate(...a), args: [null, [RA, RB], { by: ['country'], k: 1 }], named: { 1: documents('assessments'), 2: options('options') } },
    place: { call: (...a) => kalkan.place(...a), args: [null, [RA, RB], RA, { k: 1 }], named: { 1: documents('assessments'), 3: options('options') } },
    anonymize: { call: (...a) => kalkan.anonymize(...a), args: [RA, 'subject-1', { keep_country: true }], named: { 1: string('pseudonym'), 2: options('options') } },
    importOscalCatalog: { call: (...a) => kalkan.importOscalCatalog(...a), args: [TINY_CATALOG, null], named: { 0: string('catalog'), 1: options('options') } },
    importOscalProfile: { call: (...a) => kalkan.importOscalProfile(...a), args: [TINY_PROFILE, TINY_CATALOG, null, true],
      named: { 0: string('profile'), 1: string('catalog'), 2: options('options'), 3: optionalBoolean('restrict') } },
    importCisoAssistant: { call: (...a) => kalkan.importCisoAssistant(...a), args: [ciso('essential-eight.yaml'), null], named: { 0: string('library'), 1: options('options') } },
    importFramework: { call: (...a) => kalkan.importFramework(...a), args: [TINY_CATALOG], named: { 0: string('text') } },
    importCisoMapping: { call: (...a) => kalkan.importCisoMapping(...a), args: [ciso('map-nist-csf-1.1-nist-csf-2.0.yaml'), []],
      named: { 0: string('mapping'), 1: ['frameworks', (v) => v === null || v === undefined || Array.isArray(v)] } },
    exportXlsx: { call: (...a) => kalkan.exportXlsx(...a), args: [F, null, 'fr'], named: { 2: optionalString('lang') } },
    importXlsx: { call: (...a) => kalkan.importXlsx(...a), args: [kalkan.exportXlsx(F, A, 'en'), F], named: { 0: ['workbook', () => false] } },
    frameworkFormat: { call: (...a) => kalkan.frameworkFormat(...a), args: [TINY_CATALOG], named: { 0: string('text') } },
    kalkanVersion: { call: () => kalkan.kalkanVersion(), args: [] },
    listFrameworks: { call: () => kalkan.listFrameworks(), args: [] },
    schemaNames: { call: () => kalkan.schemaNames(), args: [] },
    builtinFramework: { call: (...a) => kalkan.builtinFramework(...a), args: ['nist-csf', '^2'], named: { 0: string('id'), 1: optionalString('requirement') } },
    validateFramework: { call: (...a) => kalkan.validateFramework(...a), args: [F] },
    validateAssessment: { call: (...a) => kalkan.validateAssessment(...a), args: [F, A] },
    score: { call: (...a) => kalkan.score(...a), args: [F, A, 'standard'], named: { 2: optionalString('profile') } },
    gaps: { call: (...a) => kalkan.gaps(...a), args: [F, A, 'standard'], named: { 2: optionalString('profile') } },
    oscalAssessmentResults: { call: (...a) => kalkan.oscalAssessmentResults(...a), args: [F, A, 'standard'], named: { 2: optionalString('profile') } },
    oscalPoam: { call: (...a) => kalkan.oscalPoam(...a), args: [F, A, 'standard'], named: { 2: optionalString('profile') } },
    questionnaire: { call: (...a) => kalkan.questionnaire(...a), args: [null, 'nist-csf@^2', 'fr'], named: { 1: optionalString('builtin'), 2: string('lang') } },
    progress: { call: (...a) => kalkan.progress(...a), args: [F, A] },
    removeResponse: { call: (...a) => kalkan.removeResponse(...a), args: [A, 'GOV-1'], named: { 1: string('control') } },
    radarSvg: { call: (...a) => kalkan.radarSvg(...a), args: [items, 'Index', false], named: { 0: array('items'), 1: string('title'), 2: boolean('rtl') } },
    indexBarsSvg: { call: (...a) => kalkan.indexBarsSvg(...a), args: [items, 'Index', true], named: { 0: array('items'), 1: string('title'), 2: boolean('rtl') } },
    localize: { call: (...a) => kalkan.localize(...a), args: [{ en: 'Govern', fr: 'Gouverner' }, 'fr'], named: { 0: object('text'), 1: string('lang') } },
    schema: { call: (...a) => kalkan.schema(...a), args: ['report'], named: { 0: string('name') } },
    isRtl: { call: (...a) => kalkan.isRtl(...a), args: ['ar'], named: { 0: string('lang') } },
    isKalkanError: { call: (...a) => kalkan.isKalkanError(...a), args: [new Error('x')] },
    'new CompiledFramework': { call: (...a) => new CompiledFramework(...a), args: [F] },
    'CompiledFramework.builtin': { call: (...a) => CompiledFramework.builtin(...a), args: ['nist-csf@^2'], named: { 0: string('spec') } },
    'CompiledFramework#id': { call: () => fw.id, args: [] },
    'CompiledFramework#version': { call: () => fw.version, args: [] },
    'CompiledFramework#digest': { call: () => fw.digest, args: [] },
    'CompiledFramework#requirement': { call: () => fw.requirement(), args: [] },
    'CompiledFramework#framework': { call: () => fw.framework(), args: [] },
    'CompiledFramework#questionnaire': { call: (...a) => fw.questionnaire(...a), args: ['ar'], named: { 0: string('lang') } },
    'CompiledFramework#progress': { call: (...a) => fw.progress(...a), args: [A] },
    'CompiledFramework#validateAssessment': { call: (...a) => fw.validateAssessment(...a), args: [A] },
    'CompiledFramework#score': { call: (...a) => fw.score(...a), args: [A, 'essential'], named: { 1: optionalString('profile') } },
    'CompiledFramework#rows': { call: (...a) => fw.rows(...a), args: [A, 'essential'], named: { 1: optionalString('profile') } },
    'CompiledFramework#gaps': { call: (...a) => fw.gaps(...a), args: [A, 'essential'], named: { 1: optionalString('profile') } },
    // The subject and the response are parts of an assessment: the core reads them (errors of
    // kind `parse` at `/subject/...`, `/responses/<control>/...`) once they are objects at all.
    'CompiledFramework#newAssessment': { call: (...a) => fw.newAssessment(...a), args: [{ name: 'Ministry' }] },
    'CompiledFramework#answer': { call: (...a) => fw.answer(...a), args: [A, 'GOV-2', { option: 'not-implemented' }], named: { 1: string('control') } },
    'CompiledFramework#isAnswered': { call: (...a) => fw.isAnswered(...a), args: [A, 'GOV-1'], named: { 1: string('control') } },
    'new Registry': { call: () => new kalkan.Registry(), args: [] },
    'Registry.builtin': { call: () => kalkan.Registry.builtin(), args: [] },
    'Registry#addJson': { call: (...a) => registry.addJson(...a), args: [F] },
    'Registry#addBuiltin': { call: (...a) => registry.addBuiltin(...a), args: [F] },
    'Registry#get': { call: (...a) => registry.get(...a), args: ['nist-csf', '^2'], named: { 0: string('id'), 1: optionalString('requirement') } },
    'Registry#getSpec': { call: (...a) => registry.getSpec(...a), args: ['nist-csf@^2'], named: { 0: string('spec') } },
    'Registry#forAssessment': { call: (...a) => registry.forAssessment(...a), args: [A] },
    'Registry#list': { call: () => registry.list(), args: [] },
    message: { call: (...a) => kalkan.message(...a), args: ['fr', 'page-not-reached', { missing: 2 }], named: { 0: string('lang'), 1: string('id'), 2: details('args') } },
    hasMessage: { call: (...a) => kalkan.hasMessage(...a), args: ['page-app-title'], named: { 0: string('id') } },
    formatNumber: { call: (...a) => kalkan.formatNumber(...a), args: ['fr', 57.14, 1], named: { 0: string('lang'), 1: number('value'), 2: number('decimals') } },
    formatPercent: { call: (...a) => kalkan.formatPercent(...a), args: ['fr', 50], named: { 0: string('lang'), 1: number('value') } },
    catalogLanguages: { call: () => kalkan.catalogLanguages(), args: [] },
    hasCatalog: { call: (...a) => kalkan.hasCatalog(...a), args: ['ar'], named: { 0: string('lang') } },
    compiledCatalog: { call: (...a) => kalkan.compiledCatalog(...a), args: ['ar'], named: { 0: string('lang') } },
    addCatalog: { call: (...a) => kalkan.addCatalog(...a), args: [kalkan.compiledCatalog('fr')], named: { 0: string('compiled') } },
    decode: { call: (...a) => kalkan.decode(...a), args: ['assessment', new Uint8Array([0x7b, 0x7d])], named: { 0: string('document'), 1: ['bytes', () => false] } },
    checkSize: { call: (...a) => kalkan.checkSize(...a), args: ['assessment', 10], named: { 0: string('document'), 1: ['size', (v) => Number.isInteger(v) && v >= 0] } },
    limits: { call: () => kalkan.limits(), args: [] },
    // Any plain object JSON can write is the core's to read; `{}` restores the defaults.
    setLimits: { call: (...a) => kalkan.setLimits(...a), args: [{}], named: { 0: ['limits', (v) => isPlainObject(v) && !Object.values(v).includes(v)] } },
  };
  // Every export and every method is in the table above.
  const covered = Object.keys(calls);
  for (const name of Object.keys(kalkan)) {
    if (typeof kalkan[name] !== 'function') continue;
    const isClass = /^[A-Z]/.test(name);
    assert.ok(covered.includes(isClass ? `new ${name}` : name), `${name} is covered`);
    if (!isClass) continue;
    for (const m of Object.getOwnPropertyNames(kalkan[name].prototype)) {
      if (['constructor', 'free', '__destroy_into_raw'].includes(m) || m.startsWith('__')) continue;
      assert.ok(covered.includes(`${name}#${m}`), `${name}#${m} is covered`);
    }
    for (const m of Object.getOwnPropertyNames(kalkan[name])) {
      if (typeof kalkan[name][m] !== 'function' || m.startsWith('__')) continue;
      assert.ok(covered.includes(`${name}.${m}`), `${name}.${m} is covered`);
    }
  }

  const cyclic = {};
  cyclic.self = cyclic;
  const wrong = [42, -0, NaN, true, null, undefined, Symbol('x'), () => 1, 10n, {}, cyclic, [], ['fr'], new String('fr'), new Date(0)];
  let checked = 0;
  for (const [name, { call, args, named = {} }] of Object.entries(calls)) {
    // The valid call works.
    const out = call(...args);
    if (out instanceof CompiledFramework || out instanceof kalkan.Registry) out.free();
    for (let i = 0; i < args.length; i++) {
      const [arg, accepts] = named[i] ?? [];
      for (const value of wrong) {
        const given = [...args];
        given[i] = value;
        const label = `${name} argument ${i} = ${typeof value === 'symbol' ? 'Symbol' : typeof value === 'bigint' ? `${value}n` : String(value)}`;
        let result;
        try {
          result = call(...given);
        } catch (e) {
          assert.ok(kalkan.isKalkanError(e), `${label}: a non-Kalkan error escaped: ${e?.stack ?? e}`);
          // An accepted value may still fail later (a missing optional profile, say).
          if (arg && !accepts(value)) {
            assert.equal(e.kind, 'argument', label);
            assert.equal(e.code, 'invalid_argument', label);
            assert.equal(e.details.argument, arg, label);
            assert.equal(e.problems[0].details.argument, arg, label);
            assert.match(e.message, new RegExp(`^the argument \`${arg}\` must be `), label);
          }
          checked++;
          continue;
        }
        if (result instanceof CompiledFramework || result instanceof kalkan.Registry) result.free();
        if (arg) assert.ok(accepts(value), `${label}: expected a KalkanError about \`${arg}\``);
      }
    }
  }
  assert.ok(checked > 400, `${checked} wrong-typed calls refused`);
  // The module still works afterwards.
  assert.equal(fw.score(ASSESSMENT).root.level, 1);
  fw.free();
  registry.free();
});

test('a new assessment of a pre-release framework names a requirement its framework satisfies', () => {
  const pre = { ...JSON.parse(FRAMEWORK), version: '2.0.0-rc.1' };
  const fw = new CompiledFramework(pre);
  assert.equal(fw.requirement(), '^2.0.0-rc.1');
  const a = { framework: { id: fw.id, version: fw.requirement() }, subject: { name: 'Pre-release' } };
  assert.deepEqual(fw.validateAssessment(a), { valid: true, errors: [], warnings: [] });
  assert.deepEqual(kalkan.validateAssessment(pre, a), { valid: true, errors: [], warnings: [] });
  // The `^major.minor` the page used to invent is not satisfied by a pre-release.
  const invented = { ...a, framework: { id: fw.id, version: '^2.0' } };
  assert.deepEqual(fw.validateAssessment(invented).errors.map((p) => p.code), ['version_not_satisfied']);
  assert.equal(new CompiledFramework(FRAMEWORK).requirement(), '^1.2.0');
  fw.free();
});

test('a registry picks the newest framework an assessment accepts and refuses a conflicting one', () => {
  const base = JSON.parse(FRAMEWORK);
  const registry = new kalkan.Registry();
  assert.deepEqual(registry.list(), []);
  registry.addJson(FRAMEWORK).free();
  registry.addJson({ ...base, version: '1.3.0' }).free();
  registry.addJson({ ...base, version: '2.0.0' }).free();
  assert.deepEqual(registry.list().map((s) => `${s.id}@${s.version}:${s.builtin}`),
    ['1.2.0', '1.3.0', '2.0.0'].map((v) => `${base.id}@${v}:false`));
  // The assessment asks for ^1.2: 1.2.0 and 1.3.0 both accept it; the newest wins.
  const chosen = registry.forAssessment(ASSESSMENT);
  assert.equal(chosen.version, '1.3.0');
  chosen.free();
  assert.equal(registry.get(base.id).version, '2.0.0');
  assert.equal(registry.getSpec(`${base.id}@=1.2.0`).version, '1.2.0');
  const missing = kalkanError(() => registry.forAssessment({ ...JSON.parse(ASSESSMENT), framework: { id: base.id, version: '^9' } }));
  assert.equal(missing.code, 'framework_not_found');

  // The same id and version again: accepted when identical, refused when different.
  const same = registry.addJson(JSON.stringify(base, null, 4));
  assert.equal(same.digest, new CompiledFramework(FRAMEWORK).digest);
  same.free();
  const conflict = kalkanError(() => registry.addJson({ ...base, title: { ...base.title, en: 'Another baseline' } }));
  assert.equal(conflict.kind, 'conflict');
  assert.equal(conflict.code, 'conflicting_framework');
  assert.match(conflict.message, /example-agency-baseline.*1\.2\.0/);
  // The registered framework is kept.
  assert.equal(registry.getSpec(`${base.id}@=1.2.0`).framework().title.en, base.title.en);
  assert.equal(registry.list().length, 3);

  // The built-in registry lists what listFrameworks lists.
  const builtin = kalkan.Registry.builtin();
  assert.deepEqual(builtin.list(), kalkan.listFrameworks());
  builtin.free();
  registry.free();
});

/** A small deterministic generator, so that a failure can be reproduced. */
function* randomDocuments(seed, count) {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const atoms = ['{', '}', '[', ']', ',', ':', '"', '\\', 'null', 'true', '1e400', '-0', '0.1', '"id"', '"groups"',
    '"responses"', '"\\ud800"', '\u0000', '🛡️', 'ف', ' ', '\n', '"option"', '{"en":"x"}', '18446744073709551616'];
  for (let i = 0; i < count; i++) {
    const n = Math.floor(next() * 40);
    let text = '';
    for (let k = 0; k < n; k++) text += atoms[Math.floor(next() * atoms.length)];
    yield text;
  }
}

/** Mutations of a valid document: each value replaced in turn by a hostile one. */
function* mutations(doc) {
  const hostile = [null, -1, 0, 1e308, -1e308, 4294967296, 1.5, '', ' ', 'x'.repeat(10000), [], {}, [[]], true];
  const paths = [];
  const walk = (v, path) => {
    paths.push(path);
    if (v && typeof v === 'object') for (const k of Object.keys(v)) walk(v[k], [...path, k]);
  };
  walk(doc, []);
  for (const path of paths.slice(1)) {
    for (const h of hostile) {
      const copy = structuredClone(doc);
      let at = copy;
      for (const k of path.slice(0, -1)) at = at[k];
      at[path.at(-1)] = h;
      yield copy;
    }
  }
}

test('no input makes the module trap: random text and mutated documents give results or KalkanErrors', () => {
  const fw = new CompiledFramework(FRAMEWORK);
  let calls = 0;
  const attempt = (call) => {
    calls++;
    try {
      call();
    } catch (e) {
      assert.ok(kalkan.isKalkanError(e), `a non-Kalkan error escaped: ${e?.stack ?? e}`);
    }
  };
  const tryFramework = (framework) => {
    attempt(() => kalkan.validateFramework(framework));
    attempt(() => kalkan.score(framework, ASSESSMENT));
    attempt(() => kalkan.questionnaire(framework, 'x', 'ar'));
  };
  const tryAssessment = (assessment) => {
    attempt(() => fw.validateAssessment(assessment));
    attempt(() => fw.score(assessment, 'standard'));
    attempt(() => fw.gaps(assessment));
    attempt(() => fw.progress(assessment));
    attempt(() => fw.rows(assessment));
  };
  for (const text of randomDocuments(7, 300)) {
    tryFramework(text);
    tryAssessment(text);
    attempt(() => kalkan.score(null, text));
  }
  for (const f of mutations(JSON.parse(FRAMEWORK))) tryFramework(f);
  for (const a of mutations(JSON.parse(ASSESSMENT))) tryAssessment(a);
  // Nesting beyond the parser's limit is an error, not a stack overflow.
  tryFramework('['.repeat(100000));
  tryAssessment('{"a":'.repeat(100000));
  assert.ok(calls > 1000);
  // The module still works afterwards.
  assert.equal(fw.score(ASSESSMENT).root.level, 1);
  fw.free();
});

test('deeply nested groups are scored without exhausting the stack', () => {
  const base = JSON.parse(FRAMEWORK);
  const control = { id: 'C-0', title: { en: 'c' }, statement: { en: 's' }, scale: 'yes-no-na', level: 1 };
  let group = { id: 'G-0', title: { en: 'g' }, controls: [control] };
  // Each level of groups is two levels of JSON; stay inside serde_json's limit of 128.
  for (let i = 1; i < 60; i++) group = { id: `G-${i}`, title: { en: 'g' }, groups: [group] };
  const fw = new CompiledFramework({ ...base, groups: [group], profiles: [{ id: 'p', title: { en: 'p' }, group_targets: [{ group: 'G-59', level: 1 }] }] });
  const a = { framework: { id: base.id, version: '^1.2' }, subject: { name: 'Deep' }, responses: { 'C-0': { option: 'yes' } } };
  const report = fw.score(a, 'p');
  assert.equal(report.root.level, 1);
  assert.equal(report.gaps.groups[0].reached, true);
  assert.equal(fw.progress(a).answered, 1);
  assert.equal(fw.rows(a).length, 61);
  fw.free();
});

test('schemas are the checked-in JSON Schemas, one for each schema file, as plain objects', () => {
  // The names are the core's SCHEMA_NAMES (the crate does not compile otherwise); the files in
  // schemas/ are what the core generates for each of them (the core's tests say so).
  const files = readdirSync(join(root, 'schemas')).filter((f) => f.endsWith('.schema.json')).map((f) => f.replace(/\.schema\.json$/, ''));
  assert.deepEqual([...kalkan.schemaNames()].sort(), files.sort());
  assert.deepEqual(kalkan.schemaNames().slice(0, 5), ['framework', 'assessment', 'report', 'validation', 'error']);
  for (const name of kalkan.schemaNames()) {
    const expected = JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8'));
    const actual = kalkan.schema(name);
    assert.ok(isPlainObject(actual));
    assert.deepEqual(actual, expected);
  }
  // The error schema holds the one list of codes and kinds a KalkanError can carry.
  const error = kalkan.schema('error');
  assert.deepEqual(error.$defs.ErrorKind.oneOf?.map((k) => k.const) ?? error.$defs.ErrorKind.enum, KINDS);
  assert.equal(kalkan.schema('nope'), undefined);
});

test('right-to-left languages and the package version', () => {
  assert.equal(kalkan.isRtl('ar'), true);
  assert.equal(kalkan.isRtl('ar-EG'), true);
  assert.equal(kalkan.isRtl('fr'), false);
  assert.match(kalkan.kalkanVersion(), /^\d+\.\d+\.\d+/);
});

test('a parse error points at the value with a JSON Pointer, even under an id with dots', () => {
  // The built-in NIST CSF has ids like GV.OC-01: the pointer is unambiguous where a dotted path
  // was not.
  const a = { framework: { id: 'nist-csf', version: '^2' }, subject: { name: 'Agency' }, responses: { 'GV.OC-01': { option: 3 } } };
  const e = kalkanError(() => kalkan.score(null, a));
  assert.equal(e.kind, 'parse');
  assert.equal(e.document, 'assessment');
  assert.equal(e.code, 'invalid_structure');
  assert.equal(e.pointer, '/responses/GV.OC-01/option');
  assert.deepEqual(e.details, { problem: 'invalid_type', found: 'integer', expected: 'string' });
  assert.deepEqual(e.problems.map((p) => p.pointer), ['/responses/GV.OC-01/option']);
  // `~` and `/` in a key are escaped as RFC 6901 says.
  const odd = kalkanError(() => kalkan.score(null, { ...a, responses: { 'a/b~c': { option: 3 } } }));
  assert.equal(odd.pointer, '/responses/a~1b~0c/option');
  // A syntax error has no pointer into the document but a line and a column.
  const syntax = kalkanError(() => kalkan.score(null, '{\n  "framework": }'));
  assert.equal(syntax.code, 'malformed_json');
  assert.equal(syntax.pointer, '');
  assert.deepEqual(syntax.details, { line: 2, column: 16, reason: 'expected-value' });
  assert.deepEqual([syntax.problems[0].line, syntax.problems[0].column], [2, 16]);
});

test('the registry\'s not-found error lists the versions there are', () => {
  const registry = kalkan.Registry.builtin();
  const e = kalkanError(() => registry.forAssessment({ framework: { id: 'nist-csf', version: '^3' }, subject: { name: 'Agency' } }));
  assert.equal(e.kind, 'not_found');
  assert.deepEqual(e.details, { id: 'nist-csf', requirement: '^3', available: kalkan.listFrameworks().filter((f) => f.id === 'nist-csf').map((f) => `nist-csf@${f.version}`) });
  assert.ok(e.details.available.length > 0);
  const bad = kalkanError(() => registry.get('nist-csf', 'one'));
  assert.equal(bad.kind, 'argument');
  assert.equal(bad.code, 'invalid_version_requirement');
  assert.equal(bad.details.requirement, 'one');
  registry.free();
});

test('assessments are written by the core: a new one, answers in questionnaire order, answers removed', () => {
  const fw = new CompiledFramework(FRAMEWORK);
  const order = fw.questionnaire('en').order;
  let a = fw.newAssessment({ name: 'Ministry of Examples', country: 'TR' });
  assert.deepEqual(a, { framework: { id: 'example-agency-baseline', version: '^1.2.0' }, subject: { name: 'Ministry of Examples', country: 'TR' }, responses: {} });
  assert.equal(a.framework.version, fw.requirement());
  // Answered in reverse: the core keeps the responses in the order of the questions.
  for (const id of [...order].reverse()) a = fw.answer(a, id, { option: fw.questionnaire('en').sections.flatMap(function all(s) { return [...s.questions, ...s.sections.flatMap(all)]; }).find((q) => q.id === id).options[0].id });
  assert.deepEqual(Object.keys(a.responses), order);
  assert.equal(fw.progress(a).answered, order.length);
  assert.equal(fw.isAnswered(a, order[0]), true);
  // A new answer to a question already answered stays in its place.
  a = fw.answer(a, order[2], { option: 'not-applicable', notes: 'Shared service', evidence: ['letter.pdf'], answered_at: '2026-11-30' });
  assert.deepEqual(Object.keys(a.responses), order);
  assert.deepEqual(a.responses[order[2]], { option: 'not-applicable', notes: 'Shared service', evidence: ['letter.pdf'], answered_at: '2026-11-30' });
  a = kalkan.removeResponse(a, order[1]);
  assert.deepEqual(Object.keys(a.responses), order.filter((id) => id !== order[1]));
  assert.equal(fw.isAnswered(a, order[1]), false);
  assert.equal(fw.progress(a).next, order[1]);
  // An option the scale lacks is written (the core validates separately) but is not an answer.
  a = fw.answer(a, order[1], { option: 'sometimes' });
  assert.equal(fw.isAnswered(a, order[1]), false);
  assert.deepEqual(fw.validateAssessment(a).errors.map((p) => `${p.pointer} ${p.code}`), [`/responses/${order[1]}/option unknown_option`]);
  // Parts of an assessment are read by the core, and located where they go in it.
  const option = kalkanError(() => fw.answer(a, 'GOV-1', { option: 7 }));
  assert.equal(option.kind, 'parse');
  assert.equal(option.document, 'assessment');
  assert.equal(option.pointer, '/responses/GOV-1/option');
  assert.equal(option.problems[0].line, undefined, 'no line in text the caller never wrote');
  const extra = kalkanError(() => fw.answer(a, 'GOV-1', { option: 'yes', colour: 'red' }));
  assert.equal(extra.pointer, '/responses/GOV-1/colour');
  assert.equal(extra.details.problem, 'unknown_field');
  const subject = kalkanError(() => fw.newAssessment({ kind: 'ministry' }));
  assert.equal(subject.pointer, '/subject');
  assert.deepEqual(subject.details, { problem: 'missing_field', field: 'name' });
  // The assessment handed in is not changed: results are new values.
  const before = structuredClone(a);
  fw.answer(a, 'GOV-1', { option: 'not-implemented' });
  kalkan.removeResponse(a, 'GOV-1');
  assert.deepEqual(a, before);
  fw.free();
});

/** The text of every `<text>` element of an SVG chart. */
function chartTexts(svg) {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
}

test('charts are the core\'s SVG: named, escaped, mirrored for right-to-left languages', () => {
  const items = [{ label: 'Govern <b>', index: 50, shown: '50.0' }, { label: 'Identify', index: null, shown: 'n/a' }, { label: 'Protect & Detect', index: 100, shown: '100.0' }];
  const ltr = kalkan.radarSvg(items, 'Index "by" section', false);
  assert.match(ltr, /^<svg [^>]*role="img"[^>]*direction="ltr"[^>]*><title>Index &quot;by&quot; section<\/title>/);
  assert.ok(ltr.endsWith('</svg>'));
  assert.ok(!ltr.includes('<b>') && ltr.includes('Govern &lt;b&gt;') && ltr.includes('Protect &amp; Detect'));
  assert.deepEqual(chartTexts(ltr).slice(-3), ['Govern &lt;b&gt;50.0', 'Identifyn/a', 'Protect &amp; Detect100.0']);
  // One dot per section with an index.
  assert.equal(ltr.match(/<circle /g).length, 2);
  const rtl = kalkan.radarSvg(items, 'Index "by" section', true);
  assert.match(rtl, /direction="rtl"/);
  assert.notEqual(rtl, ltr);
  assert.deepEqual(chartTexts(rtl), chartTexts(ltr));
  // Fewer than three sections make a poor radar: bars, the same as indexBarsSvg draws.
  const two = items.slice(0, 2);
  assert.equal(kalkan.radarSvg(two, 't', false), kalkan.indexBarsSvg(two, 't', false));
  assert.ok(!kalkan.radarSvg(two, 't', false).includes('<polygon'));
  const wrong = kalkanError(() => kalkan.radarSvg([{ label: 'x', index: '50', shown: '50' }], 't', false));
  assert.equal(wrong.kind, 'argument');
  assert.equal(wrong.details.argument, 'items');
  assert.match(wrong.message, /item 0: `index` must be a number or null, got `string`/);
  assert.match(kalkanError(() => kalkan.indexBarsSvg([{ label: 'x', index: 1, shown: 2 }], 't', false)).message, /item 0: `shown` must be a string, got `number`/);
  assert.match(kalkanError(() => kalkan.radarSvg([new Date(0)], 't', false)).message, /item 0: must be a plain object, got `object`/);
  // Level bars are not exported: the core draws a line for every level up to any maximum.
  assert.equal(kalkan.levelBarsSvg, undefined);
});

test('localized texts fall back to English by the core\'s rule', () => {
  const title = { en: 'Govern', fr: 'Gouverner', ar: '  ' };
  assert.equal(kalkan.localize(title, 'fr'), 'Gouverner');
  assert.equal(kalkan.localize(title, 'ar'), 'Govern', 'a blank text falls back');
  assert.equal(kalkan.localize(title, 'de'), 'Govern');
  assert.equal(kalkan.localize({ fr: 'Gouverner' }, 'ar'), '');
  const summary = kalkan.listFrameworks()[0];
  assert.equal(kalkan.localize(summary.title, 'fr'), CompiledFramework.builtin(`${summary.id}@=${summary.version}`).questionnaire('fr').title);
});

test('the message catalog is the core\'s: plural forms, French typography, numbers, details lists', () => {
  assert.deepEqual(kalkan.catalogLanguages(), ['en', 'ar', 'fr']);
  assert.equal(kalkan.hasMessage('page-app-title'), true);
  assert.equal(kalkan.hasMessage('no-such-message'), false);
  assert.equal(kalkan.message('en', 'no-such-message'), 'no-such-message');
  // Arabic plural categories change the words with the number (one, two, few, many).
  const ar = [1, 2, 3, 11, 100].map((n) => kalkan.message('ar', 'questions-count', { count: n }).replace(/\d+/g, '#'));
  assert.equal(new Set(ar).size, ar.length, ar.join(' | '));
  // French puts a no-break space before a colon.
  assert.match(kalkan.message('fr', 'page-start-failed', { reason: 'x' }), /démarrer\u00a0: x$/);
  assert.equal(kalkan.formatNumber('fr', 57.14, 1), '57,1');
  assert.equal(kalkan.formatNumber('en', 56.25, 1), '56.3');
  assert.equal(kalkan.formatPercent('fr', 50), '50,0\u202f%');
  assert.equal(kalkan.formatPercent('ar', 100), '100.0%');
  // A problem's details (with a list) give the same message as the error the core throws.
  let thrown;
  try {
    kalkan.score(FRAMEWORK, '{"framework": {"id": "example-agency-baseline", "version": "^1"}, "responses": {}}');
  } catch (e) {
    thrown = e;
  }
  assert.ok(kalkan.isKalkanError(thrown));
  const p = thrown.problems[0];
  assert.equal(kalkan.message('en', `error-${p.code}`, p.details), p.message);
  assert.notEqual(kalkan.message('ar', `error-${p.code}`, p.details), p.message);
  assert.throws(() => kalkan.formatNumber('en', 1, 2.5), (e) => e.code === 'invalid_argument' && e.details.argument === 'decimals');
});

test('the national review: merge, compare, trend, aggregate, place and anonymize, the core\'s results and errors', () => {
  const base = { framework: { id: 'kalkan-public-institution', version: '^1' }, subject: { name: 'Ministry of Ports', country: 'TR', sector: 'transport' } };
  const a = { ...base, assessor: { name: 'Aylin', email: 'aylin@example.org' }, completed: '2025-05-20',
    responses: { 'GOV-01': { option: 'fully-implemented', notes: 'Board minutes', evidence: ['minutes-2025.pdf'] }, 'GOV-02': { option: 'not-applicable' } } };
  const b = { ...base, assessor: { name: 'Bilal' }, responses: { 'GOV-01': { option: 'partially-implemented' }, 'GOV-02': { option: 'fully-implemented' } } };
  // Minimum: the lowest credit; a disagreement on applicability is a conflict left unanswered.
  const merged = kalkan.merge(null, [a, JSON.stringify(b)], 'minimum', null);
  assert.equal(merged.responses['GOV-01'].option, 'partially-implemented');
  assert.equal(merged.responses['GOV-02'], undefined);
  assert.deepEqual(merged.merge.conflicts.map((c) => [c.control, c.answers.map((x) => `${x.respondent}:${x.option}`)]),
    [['GOV-02', ['aylin@example.org:not-applicable', 'Bilal:fully-implemented']]]);
  assert.deepEqual(kalkan.validateAssessment(null, merged), { valid: true, errors: [], warnings: [] });
  // An adjudication settles the conflict by hand.
  const adjudication = { framework: base.framework, adjudicator: { name: 'Review board' }, decisions: { 'GOV-02': { option: 'largely-implemented' } } };
  const settled = kalkan.merge(null, [a, b], 'consensus', adjudication);
  assert.equal(settled.responses['GOV-02'].option, 'largely-implemented');
  assert.deepEqual(settled.merge.conflicts.map((x) => [x.control, x.settled ?? null]), [['GOV-01', null], ['GOV-02', 'largely-implemented']]);
  assert.equal(settled.responses['GOV-01'], undefined, 'an unsettled conflict stays unanswered');
  // Errors name the document by its position: an item of the wrong type, a text that is not one
  // JSON value (two glued together cannot pass for two documents), an unknown rule.
  const item = kalkanError(() => kalkan.merge(null, [a, 42], 'consensus'));
  assert.deepEqual([item.kind, item.code, item.pointer, item.document], ['parse', 'invalid_structure', '/1', 'assessment']);
  const glued = kalkanError(() => kalkan.trend(null, [`${JSON.stringify(a)},${JSON.stringify(b)}`]));
  assert.deepEqual([glued.code, glued.pointer], ['malformed_json', '/0']);
  const rule = kalkanError(() => kalkan.merge(null, [a, b], 'loudest'));
  assert.deepEqual([rule.kind, rule.code, rule.details.argument], ['argument', 'invalid_argument', 'rule']);
  const other = kalkanError(() => kalkan.merge(null, [a, { ...b, subject: { name: 'Ministry of Roads' } }], 'consensus'));
  assert.deepEqual(other.problems.map((p) => `${p.pointer} ${p.code}`), ['/1/subject/name subject_mismatch']);

  // Compare and trend: GOV-02 becomes applicable; the trend is in date order whatever the order given.
  const later = { ...a, completed: '2026-05-20', responses: { 'GOV-01': { option: 'fully-implemented' }, 'GOV-02': { option: 'fully-implemented' } } };
  const c = kalkan.compare(null, a, later);
  assert.deepEqual(c.controls.filter((x) => x.change !== 'unchanged').map((x) => `${x.control} ${x.change}`), ['GOV-02 applicability']);
  assert.deepEqual([c.old_date, c.new_date], ['2025-05-20', '2026-05-20']);
  const t = kalkan.trend(null, [later, a]);
  assert.deepEqual(t.points.map((p) => p.date), ['2025-05-20', '2026-05-20']);
  assert.equal(t.series[0].group, 'kalkan-public-institution');

  // Aggregate: 6 + 6 + 2 subjects in three countries, k = 5. QN (2) is suppressed, and so is the
  // smallest other cohort (QS, the first of two of 6), so the total less TR reveals nothing of QN.
  const population = [];
  for (const [country, n] of [['TR', 6], ['QS', 6], ['QN', 2]]) {
    for (let i = 0; i < n; i++) {
      const option = ['not-implemented', 'partially-implemented', 'largely-implemented', 'fully-implemented'][i % 4];
      population.push({ ...base, subject: { name: `${country} ${i}`, country }, responses: { 'GOV-01': { option }, 'GOV-02': { option } } });
    }
  }
  const stats = kalkan.aggregate(null, population, { by: ['country'], k: 5 });
  const fam = stats.families[0];
  assert.equal(fam.total.n, 14);
  assert.deepEqual(fam.cohorts.map((x) => [x.key[0], x.suppressed, x.n ?? null]), [['QN', true, null], ['QS', true, null], ['TR', false, 6]]);
  assert.deepEqual(fam.cohorts[0].groups, []);
  // Objects or texts, the same statistics; no options means everyone, k = 5.
  assert.deepEqual(kalkan.aggregate(null, population.map((p) => JSON.stringify(p)), { by: ['country'], k: 5 }), stats);
  assert.deepEqual(kalkan.aggregate(null, population, undefined).by, []);
  for (const [bad, argument] of [[{ by: ['planet'] }, 'by'], [{ k: 0 }, 'k'], [{ colour: 'red' }, 'options'], [[], 'options']]) {
    const e = kalkanError(() => kalkan.aggregate(null, population, bad));
    assert.deepEqual([e.kind, e.details.argument], ['argument', argument], JSON.stringify(bad));
  }
  const placed = kalkan.place(null, population, population[3], { by: ['country'], k: 5 });
  assert.deepEqual(placed.peers.map((p) => [p.key, p.suppressed, p.n ?? null]), [[[], false, 14], [['TR'], false, 6]]);
  assert.ok(placed.peers[0].groups[0].percentile_rank > 50);
  const hidden = kalkan.place(null, population, population[13], { by: ['country'], k: 5 });
  assert.deepEqual(hidden.peers[1], { key: ['QN'], suppressed: true, n: null, groups: [], above: 0, at: 0, below: 0, compared: 0 });

  // Anonymize: nothing that names a person or the subject is left; country only when kept.
  const shared = kalkan.anonymize(a, 'subject-0001', { dates: 'year' });
  const text = JSON.stringify(shared);
  for (const gone of ['Ministry of Ports', 'Aylin', 'aylin@example.org', 'Board minutes', 'minutes-2025.pdf', 'TR', 'transport', '2025-05-20']) {
    assert.ok(!text.includes(gone), `${gone} is still in ${text}`);
  }
  assert.deepEqual(shared.subject, { name: 'subject-0001' });
  assert.equal(shared.completed, '2025-01-01');
  assert.deepEqual(kalkan.score(null, shared).root, kalkan.score(null, a).root);
  assert.equal(kalkan.anonymize(a, 's', { keep_country: true }).subject.country, 'TR');
  assert.equal(kalkan.anonymize(JSON.stringify(a), 's', null).completed, '2025-05-01');
});

test('limits: the core\'s defaults, changed for the module, refused when 0 or not whole, restored by setLimits({})', () => {
  const defaults = kalkan.limits();
  assert.deepEqual(defaults, {
    max_input_bytes: 64 * 1024 * 1024, max_groups: 10_000, max_controls: 100_000, max_options: 100, max_responses: 100_000,
    max_text_chars: 100_000, max_problems: 1_000,
  });
  try {
    // Fields left out take their defaults; the result is every limit in force.
    assert.deepEqual(kalkan.setLimits({ max_input_bytes: 16, max_problems: 2 }), { ...defaults, max_input_bytes: 16, max_problems: 2 });
    assert.deepEqual(kalkan.limits(), { ...defaults, max_input_bytes: 16, max_problems: 2 });
    // The limits in force are the ones every function reads.
    const big = kalkanError(() => kalkan.decode('assessment', new TextEncoder().encode('{"framework": 1, "x": 2}')));
    assert.deepEqual([big.code, big.kind, big.document, big.details], ['input_too_large', 'parse', 'assessment', { size: 24, limit: 16 }]);
    assert.equal(kalkanError(() => kalkan.score(FRAMEWORK, ASSESSMENT)).code, 'input_too_large');
    kalkan.setLimits({ max_problems: 2 });
    const many = kalkan.validateAssessment(FRAMEWORK, { ...JSON.parse(ASSESSMENT), responses: { A: { option: 'x' }, B: { option: 'x' }, C: { option: 'x' }, D: { option: 'x' } } });
    assert.deepEqual(many.errors.map((p) => p.code), ['unknown_control', 'unknown_control', 'too_many_problems']);
    assert.deepEqual(many.errors[2].details, { dropped: 2, limit: 2 });
    // Refused: nothing changes.
    for (const [bad, argument] of [[{ max_groups: 0 }, 'max_groups'], [{ max_groups: 1.5 }, 'limits'], [{ max_groups: -1 }, 'limits'],
      [{ max_groups: '10' }, 'limits'], [{ max_colours: 3 }, 'limits']]) {
      const e = kalkanError(() => kalkan.setLimits(bad));
      assert.deepEqual([e.kind, e.code, e.details.argument], ['argument', 'invalid_argument', argument], JSON.stringify(bad));
      assert.equal(kalkan.limits().max_problems, 2, JSON.stringify(bad));
    }
  } finally {
    assert.deepEqual(kalkan.setLimits({}), defaults);
  }
  assert.deepEqual(kalkan.limits(), defaults);
});

test('checkSize refuses a size over the limit before anything is read, with the core\'s error', () => {
  const limit = kalkan.limits().max_input_bytes;
  assert.equal(kalkan.checkSize('assessment', limit), undefined);
  assert.equal(kalkan.checkSize('framework', 0), undefined);
  const e = kalkanError(() => kalkan.checkSize('framework', 100 * 1024 * 1024));
  assert.deepEqual([e.kind, e.code, e.document, e.pointer, e.details], ['parse', 'input_too_large', 'framework', '', { size: 104857600, limit }]);
  assert.equal(e.problems[0].code, 'input_too_large');
  assert.equal(kalkan.message('en', 'error-input_too_large', e.details), e.problems[0].message);
  assert.match(kalkan.message('ar', 'error-input_too_large', e.details), /[\u0600-\u06ff]/);
  // Sizes must be whole numbers of bytes; the document kind is the core's.
  for (const size of [-1, 1.5, NaN, Infinity, 2 ** 60]) {
    assert.equal(kalkanError(() => kalkan.checkSize('assessment', size)).details.argument, 'size', String(size));
  }
  const kind = kalkanError(() => kalkan.checkSize('spreadsheet', 1));
  assert.deepEqual([kind.code, kind.details.argument], ['invalid_argument', 'document']);
});

test('decode: UTF-8 (with or without its BOM) is the text; UTF-16 and invalid UTF-8 are invalid_encoding', () => {
  const text = '{"subject": {"name": "Bakanlık — وزارة"}}';
  const utf8 = new TextEncoder().encode(text);
  assert.equal(kalkan.decode('assessment', utf8), text);
  assert.equal(kalkan.decode('assessment', Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8)), text, 'the UTF-8 BOM is skipped');
  assert.equal(kalkan.decode('framework', utf8.buffer), text, 'an ArrayBuffer too');
  assert.equal(kalkan.decode('assessment', Buffer.from(text)), text, 'a Node.js Buffer is a Uint8Array');
  assert.equal(kalkan.decode('assessment', new Uint8Array(0)), '');
  // A view into a larger buffer: only the viewed bytes.
  const padded = Uint8Array.of(0xff, ...utf8, 0xff);
  assert.equal(kalkan.decode('assessment', padded.subarray(1, padded.length - 1)), text);

  const utf16le = Uint8Array.of(0xff, 0xfe, ...Buffer.from(text, 'utf16le'));
  const utf16be = Buffer.from(text, 'utf16le').swap16(); // no BOM
  const refused = [
    [utf16le, { encoding: 'utf-16le' }],
    [utf16be, { encoding: 'utf-16be' }],
    [Uint8Array.of(0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d), { encoding: 'utf-8', offset: 2 }],
    [Uint8Array.of(0xef, 0xbb, 0xbf, 0x7b, 0xff), { encoding: 'utf-8', offset: 4 }],
  ];
  for (const [bytes, details] of refused) {
    const e = kalkanError(() => kalkan.decode('assessment', bytes));
    assert.deepEqual([e.kind, e.code, e.document, e.pointer, e.details], ['parse', 'invalid_encoding', 'assessment', '', details], JSON.stringify(details));
    assert.deepEqual(e.problems.map((p) => p.code), ['invalid_encoding']);
    assert.equal(kalkan.message('en', 'error-invalid_encoding', e.details), e.problems[0].message);
  }
  assert.match(kalkanError(() => kalkan.decode('framework', utf16le)).message, /utf-16le, not UTF-8/);
});

test('decode and setLimits given wrong arguments are invalid_argument KalkanErrors, never a trap', () => {
  for (const bytes of ['{}', [0x7b, 0x7d], new Uint16Array(2), null, undefined, 42, { length: 2 }, new DataView(new ArrayBuffer(2))]) {
    const e = kalkanError(() => kalkan.decode('assessment', bytes));
    assert.deepEqual([e.kind, e.code, e.details.argument], ['argument', 'invalid_argument', 'bytes'], String(bytes));
  }
  for (const document of ['spreadsheet', '', 'Assessment', '"assessment"', 7]) {
    const e = kalkanError(() => kalkan.decode(document, new Uint8Array(0)));
    assert.deepEqual([e.kind, e.code, e.details.argument], ['argument', 'invalid_argument', 'document'], String(document));
  }
  for (const limits of [null, undefined, 'max_input_bytes=5', [], 5, new Map()]) {
    const e = kalkanError(() => kalkan.setLimits(limits));
    assert.deepEqual([e.kind, e.code, e.details.argument], ['argument', 'invalid_argument', 'limits'], String(limits));
  }
  assert.deepEqual(kalkan.limits().max_input_bytes, 64 * 1024 * 1024, 'nothing changed');
});

test('OSCAL exports are the same bytes as the core gives the CLI and Python, and typed errors', () => {
  const ar = kalkan.oscalAssessmentResults(FRAMEWORK, ASSESSMENT, null);
  assert.equal(ar['assessment-results'].metadata['oscal-version'].split('.')[0], '1');
  const findings = ar['assessment-results'].results[0].findings;
  assert.ok(findings.length > 0);
  assert.match(ar['assessment-results'].uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.deepEqual(kalkan.oscalAssessmentResults(FRAMEWORK, ASSESSMENT, null), ar, 'deterministic');
  const poam = kalkan.oscalPoam(FRAMEWORK, ASSESSMENT, 'standard');
  assert.ok(poam['plan-of-action-and-milestones']['poam-items'].length > 0);
  const noProfile = { ...JSON.parse(typeof ASSESSMENT === 'string' ? ASSESSMENT : JSON.stringify(ASSESSMENT)) };
  delete noProfile.profile;
  assert.throws(() => kalkan.oscalPoam(FRAMEWORK, noProfile, null), (e) => kalkan.isKalkanError(e) && e.code === 'no_profile');
});
