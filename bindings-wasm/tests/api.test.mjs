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
