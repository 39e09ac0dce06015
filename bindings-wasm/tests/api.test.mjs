// The JavaScript surface of the Node.js build: values are plain JSON, failures are KalkanError
// objects with code, kind and located problems, and no input makes the module trap.

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
  assert.equal(typeof thrown.code, 'string');
  assert.equal(typeof thrown.kind, 'string');
  assert.ok(Array.isArray(thrown.problems) && thrown.problems.length > 0, 'a KalkanError lists its problems');
  for (const p of thrown.problems) {
    assert.equal(typeof p.path, 'string');
    assert.equal(typeof p.code, 'string');
    assert.equal(typeof p.message, 'string');
  }
  return thrown;
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

test('validation results are data, listing every problem with its path', () => {
  const v = kalkan.validateFramework('{"id": "Bad Id", "version": "one", "title": {"fr": "x"}, "scales": [], "groups": []}');
  assert.equal(v.valid, false);
  const paths = v.errors.map((p) => `${p.path}:${p.code}`);
  assert.ok(paths.includes('id:invalid_id'), paths.join(', '));
  assert.ok(paths.includes('version:invalid_version'), paths.join(', '));
  assert.ok(paths.includes('title:missing_english'), paths.join(', '));
  const a = JSON.parse(ASSESSMENT);
  a.responses['GOV-1'].option = 'sometimes';
  a.subject.country = 'XX';
  const va = kalkan.validateAssessment(FRAMEWORK, a);
  assert.equal(va.valid, false);
  assert.deepEqual(va.errors.map((p) => p.path).sort(), ['responses["GOV-1"].option', 'subject.country']);
});

test('errors are KalkanError objects with code, kind, document and located problems', () => {
  const malformed = kalkanError(() => kalkan.score(FRAMEWORK, '{"framework": '));
  assert.equal(malformed.kind, 'parse');
  assert.equal(malformed.code, 'malformed_json');
  assert.equal(malformed.document, 'assessment');
  assert.equal(malformed.problems[0].line, 1);
  assert.equal(typeof malformed.problems[0].column, 'number');

  const shape = kalkanError(() => new CompiledFramework('{"id": "x", "version": "1.0.0", "title": {"en": "x"}, "scales": [], "groups": [], "extra": 1}'));
  assert.equal(shape.kind, 'parse');
  assert.equal(shape.code, 'invalid_structure');
  assert.equal(shape.problems[0].path, 'extra');

  const invalid = kalkanError(() => new CompiledFramework('{"id": "x", "version": "1.0.0", "title": {"en": "x"}, "scales": [], "groups": []}'));
  assert.equal(invalid.kind, 'invalid');
  assert.equal(invalid.document, 'framework');

  const notFound = kalkanError(() => CompiledFramework.builtin('no-such-framework@^1'));
  assert.equal(notFound.kind, 'not_found');
  assert.equal(notFound.code, 'framework_not_found');

  const profile = kalkanError(() => kalkan.gaps(FRAMEWORK, ASSESSMENT, 'platinum'));
  assert.equal(profile.code, 'unknown_profile');
  assert.equal(profile.problems[0].path, 'profile');

  const noProfile = JSON.parse(ASSESSMENT);
  delete noProfile.profile;
  assert.equal(kalkanError(() => kalkan.gaps(FRAMEWORK, noProfile)).code, 'unknown_profile');
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

test('every argument of every exported function and method, given a wrong JavaScript type, is a KalkanError', () => {
  const fw = new CompiledFramework(FRAMEWORK);
  const registry = kalkan.Registry.builtin();
  const F = FRAMEWORK;
  const A = ASSESSMENT;
  // Each entry: the call, valid arguments, and which arguments are plain strings (by position:
  // the argument's name, and whether null/undefined are accepted).
  const calls = {
    kalkanVersion: { call: () => kalkan.kalkanVersion(), args: [] },
    listFrameworks: { call: () => kalkan.listFrameworks(), args: [] },
    schemaNames: { call: () => kalkan.schemaNames(), args: [] },
    builtinFramework: { call: (...a) => kalkan.builtinFramework(...a), args: ['nist-csf', '^2'], strings: { 0: ['id', false], 1: ['requirement', true] } },
    validateFramework: { call: (...a) => kalkan.validateFramework(...a), args: [F] },
    validateAssessment: { call: (...a) => kalkan.validateAssessment(...a), args: [F, A] },
    score: { call: (...a) => kalkan.score(...a), args: [F, A, 'standard'], strings: { 2: ['profile', true] } },
    gaps: { call: (...a) => kalkan.gaps(...a), args: [F, A, 'standard'], strings: { 2: ['profile', true] } },
    questionnaire: { call: (...a) => kalkan.questionnaire(...a), args: [null, 'nist-csf@^2', 'fr'], strings: { 1: ['builtin', true], 2: ['lang', false] } },
    progress: { call: (...a) => kalkan.progress(...a), args: [F, A] },
    schema: { call: (...a) => kalkan.schema(...a), args: ['report'], strings: { 0: ['name', false] } },
    isRtl: { call: (...a) => kalkan.isRtl(...a), args: ['ar'], strings: { 0: ['lang', false] } },
    isKalkanError: { call: (...a) => kalkan.isKalkanError(...a), args: [new Error('x')] },
    'new CompiledFramework': { call: (...a) => new CompiledFramework(...a), args: [F] },
    'CompiledFramework.builtin': { call: (...a) => CompiledFramework.builtin(...a), args: ['nist-csf@^2'], strings: { 0: ['spec', false] } },
    'CompiledFramework#id': { call: () => fw.id, args: [] },
    'CompiledFramework#version': { call: () => fw.version, args: [] },
    'CompiledFramework#digest': { call: () => fw.digest, args: [] },
    'CompiledFramework#requirement': { call: () => fw.requirement(), args: [] },
    'CompiledFramework#framework': { call: () => fw.framework(), args: [] },
    'CompiledFramework#questionnaire': { call: (...a) => fw.questionnaire(...a), args: ['ar'], strings: { 0: ['lang', false] } },
    'CompiledFramework#progress': { call: (...a) => fw.progress(...a), args: [A] },
    'CompiledFramework#validateAssessment': { call: (...a) => fw.validateAssessment(...a), args: [A] },
    'CompiledFramework#score': { call: (...a) => fw.score(...a), args: [A, 'essential'], strings: { 1: ['profile', true] } },
    'CompiledFramework#rows': { call: (...a) => fw.rows(...a), args: [A, 'essential'], strings: { 1: ['profile', true] } },
    'CompiledFramework#gaps': { call: (...a) => fw.gaps(...a), args: [A, 'essential'], strings: { 1: ['profile', true] } },
    'new Registry': { call: () => new kalkan.Registry(), args: [] },
    'Registry.builtin': { call: () => kalkan.Registry.builtin(), args: [] },
    'Registry#addJson': { call: (...a) => registry.addJson(...a), args: [F] },
    'Registry#get': { call: (...a) => registry.get(...a), args: ['nist-csf', '^2'], strings: { 0: ['id', false], 1: ['requirement', true] } },
    'Registry#getSpec': { call: (...a) => registry.getSpec(...a), args: ['nist-csf@^2'], strings: { 0: ['spec', false] } },
    'Registry#forAssessment': { call: (...a) => registry.forAssessment(...a), args: [A] },
    'Registry#list': { call: () => registry.list(), args: [] },
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
  for (const [name, { call, args, strings = {} }] of Object.entries(calls)) {
    // The valid call works.
    const out = call(...args);
    if (out instanceof CompiledFramework || out instanceof kalkan.Registry) out.free();
    for (let i = 0; i < args.length; i++) {
      for (const value of wrong) {
        const given = [...args];
        given[i] = value;
        const label = `${name} argument ${i} = ${typeof value === 'symbol' ? 'Symbol' : typeof value === 'bigint' ? `${value}n` : String(value)}`;
        let result;
        try {
          result = call(...given);
        } catch (e) {
          assert.ok(kalkan.isKalkanError(e), `${label}: a non-Kalkan error escaped: ${e?.stack ?? e}`);
          const [arg, optional] = strings[i] ?? [];
          // A missing optional string is accepted by the type check (what follows may still fail).
          if (arg && !(optional && (value === null || value === undefined))) {
            assert.equal(e.code, 'invalid_structure', label);
            assert.equal(e.problems[0].path, arg, label);
            assert.match(e.message, new RegExp(`argument \`${arg}\` must be a string`), label);
          }
          checked++;
          continue;
        }
        if (result instanceof CompiledFramework || result instanceof kalkan.Registry) result.free();
        // Only "no value" may stand for an optional string; anything else is refused.
        const [arg, optional] = strings[i] ?? [];
        if (arg) assert.ok(optional && (value === null || value === undefined), `${label}: expected a KalkanError about \`${arg}\``);
      }
    }
  }
  assert.ok(checked > 300, `${checked} wrong-typed calls refused`);
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

test('schemas are the checked-in JSON Schemas, as plain objects', () => {
  assert.deepEqual(kalkan.schemaNames(), ['framework', 'assessment', 'report']);
  for (const name of kalkan.schemaNames()) {
    const expected = JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8'));
    const actual = kalkan.schema(name);
    assert.ok(isPlainObject(actual));
    assert.deepEqual(actual, expected);
  }
  assert.equal(kalkan.schema('nope'), undefined);
});

test('right-to-left languages and the package version', () => {
  assert.equal(kalkan.isRtl('ar'), true);
  assert.equal(kalkan.isRtl('ar-EG'), true);
  assert.equal(kalkan.isRtl('fr'), false);
  assert.match(kalkan.kalkanVersion(), /^\d+\.\d+\.\d+/);
});
