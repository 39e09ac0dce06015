// The built package: size target, both targets present, typings generated from the core's types,
// and the page's own strings complete in every language.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { LANGUAGES, STRING_KEYS, strings } from '../www/i18n.js';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = (target, file) => join(here, '..', `pkg-${target}`, file);

// The all-in-one module carries every released version of every built-in framework (about
// 700 KB of text gzipped, for eight versions, and the mappings between them) besides the engine
// and the message catalog, so its budget grows with each release kept; the lean engine without
// frameworks has its own, tight one.
const MAX_GZIP_KB = 1100;
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

test('the page strings exist, non-empty, in English, Arabic and French, with the same placeholders', () => {
  const table = strings();
  assert.deepEqual(LANGUAGES.map((l) => l.tag), ['en', 'ar', 'fr']);
  const placeholders = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const { tag } of LANGUAGES) {
    assert.deepEqual(Object.keys(table[tag]).sort(), [...STRING_KEYS].sort(), `${tag} has every key and no other`);
    for (const key of STRING_KEYS) {
      assert.ok(table[tag][key].trim().length > 0, `${tag}.${key} is not empty`);
      assert.deepEqual(placeholders(table[tag][key]), placeholders(table.en[key]), `${tag}.${key} placeholders`);
    }
  }
  // Arabic strings are in Arabic script, not copies of the English ones.
  const arabic = STRING_KEYS.filter((k) => /[\u0600-\u06ff]/.test(table.ar[k]));
  assert.ok(arabic.length >= STRING_KEYS.length - 1, `only ${arabic.length} of ${STRING_KEYS.length} Arabic strings are in Arabic script`);
});
