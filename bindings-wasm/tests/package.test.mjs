// The built package: size target, both targets present, typings generated from the core's types,
// and every page string a message of the core's catalog in every language.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { initSync, hasMessage, message } from '../www/pkg/kalkan_wasm.js';
import { LANGUAGES, PAGE_MESSAGES, START_FAILED, problemText, startFailed, t } from '../www/i18n.js';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = (target, file) => join(here, '..', `pkg-${target}`, file);
initSync({ module: readFileSync(join(here, '..', 'www', 'pkg', 'kalkan_wasm_bg.wasm')) });

// The all-in-one module carries every released version of every built-in framework (about
// 700 KB of text gzipped, for eight versions, and the mappings between them) besides the engine
// and the message catalog, so its budget grows with each release kept; the lean engine without
// frameworks has its own, tight one.
// 1,150 KB since the OSCAL exports (about 15 KB gzip) joined the module.
const MAX_GZIP_KB = 1150;
const MAX_GZIP_BYTES = MAX_GZIP_KB * 1024;

test(`the .wasm with every built-in framework is at most ${MAX_GZIP_KB} KB gzipped`, () => {
  // Measured as build.sh reports it: `gzip -9`.
  const gzipped = execFileSync('gzip', ['-9', '-c', pkg('web', 'kalkan_wasm_bg.wasm')], { maxBuffer: 64 << 20 }).length;
  assert.ok(gzipped <= MAX_GZIP_BYTES, `${(gzipped / 1024).toFixed(1)} KB gzipped, over the ${MAX_GZIP_KB} KB target`);
});

test('the web and Node.js packages are built, with package.json files of the right module type', () => {
  const web = JSON.parse(readFileSync(pkg('web', 'package.json'), 'utf8'));
  const node = JSON.parse(readFileSync(pkg('node', 'package.json'), 'utf8'));
  assert.equal(web.type, 'module');
  assert.equal(node.type, 'commonjs');
  assert.equal(web.version, node.version);
  const webCopy = readFileSync(join(here, '..', 'www', 'pkg', 'kalkan_wasm_bg.wasm'));
  assert.deepEqual(webCopy, readFileSync(pkg('web', 'kalkan_wasm_bg.wasm')), 'www/pkg is a copy of pkg-web');
});

/** The fields of `export interface name` in a declaration file: {"field" or "field?": type}. */
function interfaceFields(dts, name) {
  const code = dts.replace(/\/\*\*[\s\S]*?\*\//g, '');
  const body = code.match(new RegExp(`export interface ${name} \\{\\n([\\s\\S]*?)\\n\\}`))?.[1];
  assert.ok(body !== undefined, `interface ${name} is declared`);
  return Object.fromEntries(body.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
    const field = l.match(/^(\w+\??): (.*);$/);
    assert.ok(field, `${name}: unexpected line ${l}`);
    return [field[1], field[2]];
  }));
}

test('the TypeScript declarations come from the core types', () => {
  for (const target of ['web', 'node']) {
    const dts = readFileSync(pkg(target, 'kalkan_wasm.d.ts'), 'utf8');
    const declared = (name) => new RegExp(`export (interface|type) ${name}\\b`).test(dts);
    for (const name of ['Framework', 'Assessment', 'ControlResponse', 'Subject', 'Report', 'Gaps', 'Questionnaire', 'Progress',
      'Validation', 'Problem', 'ErrorData', 'ErrorKind', 'Code', 'Pointer', 'Details', 'FrameworkSummary', 'GroupRow', 'Text',
      'IndexItem']) {
      assert.ok(declared(name), `${target}: ${name} is declared`);
    }
    // The exact fields, optionality and types of the core's serde types, as only tsify writes
    // them: snake_case serde names (`answered_at`), `?` where serde skips a value, `| null` where
    // it writes null, and the fields added to the core (`unanswered`, `levels`, `profiles`).
    const shapes = {
      Report: { framework: 'FrameworkStamp', subject: 'Subject', 'assessor?': 'Assessor', 'started?': 'string', 'completed?': 'string',
        headline: 'Headline', root: 'GroupScore', 'gaps?': 'Gaps', warnings: 'Warning[]' },
      GroupScore: { id: 'string', counts: 'Counts', completeness: 'number', compliance: 'number | null', index: 'number | null',
        level: 'number | null', 'controls?': 'ControlScore[]', 'groups?': 'GroupScore[]' },
      ControlResponse: { option: 'string', 'notes?': 'string', 'evidence?': 'string[]', 'answered_at?': 'string', 'provenance?': 'Provenance' },
      Progress: { answered: 'number', total: 'number', next: 'string | null', unanswered: 'string[]', sections: 'SectionProgress[]' },
      Questionnaire: { framework: 'string', version: 'string', language: 'string', direction: 'string', title: 'string',
        description: 'string | null', sections: 'Section[]', order: 'string[]', levels: 'LevelView[]', profiles: 'ProfileView[]' },
      LevelView: { level: 'number', name: 'string', description: 'string | null' },
      ProfileView: { id: 'string', title: 'string', description: 'string | null' },
      // The error contract: what a KalkanError carries, exactly as the core's ErrorData.
      ErrorData: { kind: 'ErrorKind', 'document?': 'DocumentKind', code: 'Code', pointer: 'Pointer', message: 'string', details: 'Details', problems: 'Problem[]' },
      Problem: { pointer: 'Pointer', code: 'Code', message: 'string', details: 'Details', 'line?': 'number', 'column?': 'number' },
      IndexItem: { label: 'string', index: 'number | null', shown: 'string' },
    };
    for (const [name, fields] of Object.entries(shapes)) {
      assert.deepEqual(interfaceFields(dts, name), fields, `${target}: the fields of ${name}`);
    }
    assert.ok(dts.includes('export type Text = Record<string, string>;'), `${target}: texts are plain objects`);
    assert.ok(dts.includes('export interface KalkanError extends Error, ErrorData'), `${target}: KalkanError is declared`);
    assert.ok(dts.includes('export type ErrorKind = "parse" | "invalid" | "not_found" | "conflict" | "profile" | "argument" | "io" | "internal";'), `${target}: the kinds`);
    assert.ok(dts.includes('export type Pointer = string;'), `${target}: pointers`);
    const untyped = dts.split('\n').filter((line) => /\bany\b/.test(line) && !line.trim().startsWith('*'));
    assert.deepEqual(untyped, [], `${target}: no value is typed any`);
  }
});

// Words French and English write alike.
const SAME_IN_FRENCH = new Set(['sectionsNav', 'notes', 'section', 'wholeDocument']);
// `labelColon` is only punctuation around its value (checked for French below).

test('every page string is a message of the core catalog, in Arabic script in Arabic', () => {
  assert.deepEqual(LANGUAGES.map((l) => l.tag), ['en', 'ar', 'fr']);
  const keys = Object.keys(PAGE_MESSAGES);
  assert.ok(keys.length >= 70, `only ${keys.length} page strings`);
  const sample = { answered: 3, total: 9, level: 2, missing: 1, count: 4, answer: 'X', reason: 'R', file: 'f.json', title: 'T', framework: 'F', line: 1, column: 2, label: 'L' };
  for (const key of keys) {
    assert.ok(hasMessage(PAGE_MESSAGES[key]), `${key}: the catalog has no ${PAGE_MESSAGES[key]}`);
    const texts = Object.fromEntries(LANGUAGES.map(({ tag }) => [tag, t(tag, key, sample)]));
    for (const [tag, text] of Object.entries(texts)) {
      assert.ok(text.trim().length > 0, `${tag}.${key} is not empty`);
      assert.ok(!/\{\s*\$/.test(text) && !text.includes('{$'), `${tag}.${key} left a placeholder: ${text}`);
    }
    // Letters outside the Arabic script in an Arabic string are only names and codes.
    const own = Object.values(sample).filter((v) => typeof v === 'string').reduce((text, v) => text.replaceAll(v, ''), texts.ar);
    const latin = (own.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => w !== 'ISO');
    assert.deepEqual(latin, [], `ar.${key} has English words: ${texts.ar}`);
    if (key !== 'labelColon') assert.match(texts.ar, /[\u0600-\u06ff]/, `ar.${key} is in Arabic script`);
    if (!SAME_IN_FRENCH.has(key)) assert.notEqual(texts.fr, texts.en, `fr.${key} is translated`);
  }
  assert.equal(t('fr', 'labelColon', { label: 'Ce qui est attendu' }), 'Ce qui est attendu\u00a0:');
  assert.throws(() => t('en', 'noSuchKey'), /no string noSuchKey/);
});

test('the page says what the catalog says: plurals, numbers, problems and the start-up failure', () => {
  assert.equal(t('en', 'progressOverall', { answered: 1, total: 9 }), message('en', 'page-progress-overall', { answered: 1, total: 9 }));
  assert.equal(t('fr', 'notReached', { missing: 2 }), message('fr', 'page-not-reached', { missing: 2 }));
  // A problem the core made is told in the page's language from its code and details.
  const problem = { pointer: '/controls/0', code: 'duplicate_id', message: 'english', details: { what: 'control', id: 'GOV-01', first: '/controls/0' } };
  assert.notEqual(problemText('ar', problem), 'english');
  assert.equal(problemText('ar', problem), message('ar', 'error-duplicate_id', problem.details));
  assert.match(problemText('ar', problem), /GOV-01/);
  // Anything else keeps its own message.
  assert.equal(problemText('fr', { pointer: '', code: 'error', message: 'network down', details: {} }), 'network down');
  // The start-up sentence, kept in the page because it is needed when the module failed, is the
  // catalog's.
  for (const { tag } of LANGUAGES) {
    assert.equal(startFailed(tag, 'R'), message(tag, 'page-start-failed', { reason: 'R' }), `${tag}: ${START_FAILED[tag]}`);
  }
});
