// Runs every conformance case (tests/conformance/*.json at the repository root) against the
// Node.js build of the WebAssembly package and compares the result exactly with `expected`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parseLossless, writeCompact, formatF64 } from './json-compact.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const casesDir = process.env.KALKAN_CONFORMANCE_DIR ?? join(here, '..', '..', 'tests', 'conformance');
const kalkan = createRequire(import.meta.url)('../pkg-node/kalkan_wasm.js');

/** The document `key` of a case as the core receives it: `<key>_text` verbatim, or `<key>` written compactly. */
function documentText(lossless, key) {
  if (lossless.has(`${key}_text`)) return lossless.get(`${key}_text`);
  if (lossless.has(key)) return writeCompact(lossless.get(key));
  return null;
}

/**
 * The error data a thrown KalkanError carries: its own properties (all but `name`, which says it
 * is a KalkanError, and `stack`), with its `message`. Compared as a whole with the case's
 * `ErrorData`, so a field missing from the error or added to it fails the case.
 */
function errorData(e) {
  assert.ok(kalkan.isKalkanError(e), `expected a KalkanError, got ${e?.stack ?? e}`);
  const { name, stack, ...fields } = Object.fromEntries(Object.getOwnPropertyNames(e).map((k) => [k, e[k]]));
  assert.equal(name, 'KalkanError');
  assert.equal(typeof stack, 'string', 'a KalkanError has a stack, like any Error');
  return fields;
}

/** Calls `f`: `{ok: result}`, or `{error: ErrorData}` for a KalkanError. */
function attempt(f) {
  try {
    return { ok: f() };
  } catch (e) {
    return { error: errorData(e) };
  }
}

/** Registers each framework of the case, in order, into one fresh registry (`id@version` of each). */
function register(frameworks) {
  const registry = new kalkan.Registry();
  try {
    return attempt(() => frameworks.map((f) => {
      const fw = registry.addJson(writeCompact(f));
      const idVersion = `${fw.id}@${fw.version}`;
      fw.free();
      return idVersion;
    }));
  } finally {
    registry.free();
  }
}

/** The items of the array document `key` of a case, each written compactly (as the core receives them). */
function documentTexts(lossless, key) {
  return lossless.get(key).map((item) => writeCompact(item));
}

/** The case's `options` object (compact JSON text parsed back, so numbers are what the core reads). */
function options(lossless) {
  return lossless.has('options') ? JSON.parse(writeCompact(lossless.get('options'))) : null;
}

/** The bytes of a case's `bytes_hex`. */
function bytesOf(hex) {
  assert.match(hex, /^([0-9a-f]{2})*$/i, 'bytes_hex is pairs of hexadecimal digits');
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

/** Runs a case with its own `limits` in force, if it has any; the defaults come back after it. */
function run(c, lossless) {
  if (c.limits === undefined) return runOperation(c, lossless);
  kalkan.setLimits(c.limits);
  try {
    return runOperation(c, lossless);
  } finally {
    kalkan.setLimits({});
  }
}

function runOperation(c, lossless) {
  const framework = documentText(lossless, 'framework');
  const assessment = documentText(lossless, 'assessment');
  const profile = c.profile ?? null;
  switch (c.operation) {
    case 'score':
      return attempt(() => kalkan.score(framework, assessment, profile));
    case 'gaps':
      return attempt(() => kalkan.gaps(framework, assessment, profile));
    case 'oscal_ar':
      return attempt(() => kalkan.oscalAssessmentResults(framework, assessment, profile));
    case 'oscal_poam':
      return attempt(() => kalkan.oscalPoam(framework, assessment, profile));
    case 'validate_framework':
      return attempt(() => kalkan.validateFramework(framework));
    case 'validate_assessment':
      return attempt(() => kalkan.validateAssessment(framework, assessment));
    case 'register':
      return register(lossless.get('frameworks'));
    case 'diff':
      return attempt(() => kalkan.diff(documentText(lossless, 'old'), documentText(lossless, 'new'), documentText(lossless, 'mapping')));
    case 'validate_mapping':
      return { ok: kalkan.validateMapping(documentText(lossless, 'mapping'), documentText(lossless, 'source'), documentText(lossless, 'target')) };
    case 'migrate':
    case 'project': {
      const target = documentText(lossless, 'target') ?? c.target_spec;
      const mapping = documentText(lossless, 'mapping');
      if (c.operation === 'migrate') return attempt(() => kalkan.migrate(framework, assessment, target, mapping));
      return attempt(() => kalkan.project(framework, assessment, target, mapping, profile));
    }
    // The national review: arrays of documents as JavaScript arrays, options as objects.
    case 'merge':
      return attempt(() => kalkan.merge(framework, documentTexts(lossless, 'assessments'), c.rule, documentText(lossless, 'adjudication')));
    case 'compare': {
      const [old, now] = documentTexts(lossless, 'assessments');
      return attempt(() => kalkan.compare(framework, old, now));
    }
    case 'trend':
      return attempt(() => kalkan.trend(framework, documentTexts(lossless, 'assessments')));
    case 'aggregate':
      return attempt(() => kalkan.aggregate(framework, documentTexts(lossless, 'assessments'), options(lossless)));
    case 'place':
      return attempt(() => kalkan.place(framework, documentTexts(lossless, 'assessments'), documentText(lossless, 'subject'), options(lossless)));
    case 'decode':
      return attempt(() => kalkan.decode(c.document, bytesOf(c.bytes_hex)));
    case 'anonymize':
      return attempt(() => kalkan.anonymize(assessment, c.pseudonym, options(lossless)));
    case 'import_ciso_mapping': {
      // The libraries' texts, files relative to the corpus (README).
      const text = (item, file, inline) => (item[file] !== undefined ? readFileSync(join(casesDir, item[file]), 'utf8') : item[inline]);
      return attempt(() => kalkan.importCisoMapping(text(c, 'mapping_file', 'mapping_text'), c.frameworks.map((f) => text(f, 'file', 'text'))));
    }
    default:
      throw new Error(`unknown operation \`${c.operation}\``);
  }
}

let files = [];
try {
  files = readdirSync(casesDir).filter((f) => f.endsWith('.json')).sort();
} catch (e) {
  files = [];
}

test('the conformance corpus is present, with every operation', () => {
  assert.ok(files.length > 0, `no conformance cases (*.json) found in ${casesDir}`);
  const operations = new Set(files.map((f) => JSON.parse(readFileSync(join(casesDir, f), 'utf8')).operation));
  assert.deepEqual([...operations].sort(), ['aggregate', 'anonymize', 'compare', 'decode', 'diff', 'gaps', 'import_ciso_mapping', 'merge', 'migrate', 'oscal_ar', 'oscal_poam', 'place', 'project', 'register', 'score',
    'trend', 'validate_assessment', 'validate_framework', 'validate_mapping']);
});

test('the corpus has errors located by JSON Pointers, with ids that contain dots', () => {
  const pointers = files.flatMap((f) => {
    const expected = JSON.parse(readFileSync(join(casesDir, f), 'utf8')).expected;
    return [...(expected.error?.problems ?? []), ...(expected.ok?.errors ?? [])].map((p) => p.pointer);
  });
  assert.ok(pointers.includes('/responses/GV.OC-01/option'), pointers.join(', '));
  for (const p of pointers) assert.match(p, /^(\/([^~/]|~[01])*)*$/, `an RFC 6901 pointer: ${p}`);
});

test('cases with limits of their own are present, and each leaves the defaults in force', () => {
  const defaults = kalkan.limits();
  const withLimits = files.filter((f) => JSON.parse(readFileSync(join(casesDir, f), 'utf8')).limits !== undefined);
  assert.ok(withLimits.length > 0, 'no case sets limits');
  for (const f of withLimits) {
    const text = readFileSync(join(casesDir, f), 'utf8');
    run(JSON.parse(text), parseLossless(text));
    assert.deepEqual(kalkan.limits(), defaults, `${f} left its limits in force`);
  }
});

for (const file of files) {
  test(`conformance: ${file}`, () => {
    const text = readFileSync(join(casesDir, file), 'utf8');
    const c = JSON.parse(text);
    assert.ok('expected' in c, `${file} has no \`expected\``);
    const actual = run(c, parseLossless(text));
    // Deep equality of the parsed JSON, as every runner compares.
    assert.deepStrictEqual(JSON.parse(JSON.stringify(actual)), c.expected);
  });
}

test('compact writing matches serde_json for floats and key order', () => {
  assert.equal(formatF64(1), '1.0');
  assert.equal(formatF64(0.3333333333333333), '0.3333333333333333');
  assert.equal(formatF64(1e21), '1e21');
  assert.equal(formatF64(1.5e-7), '1.5e-7');
  assert.equal(formatF64(123456789012345680), '1.2345678901234568e17');
  assert.equal(formatF64(0.0001), '0.0001');
  assert.equal(writeCompact(parseLossless('{"b": [1, 1.0, -0, 2.50], "a": {"y": null, "x": true}}')),
    '{"a":{"x":true,"y":null},"b":[1,1.0,-0.0,2.5]}');
});
