// Reading a chosen file: the same steps on the page (small files) and in the worker (large files,
// worker.js), so a large file is shown exactly as a small one. No DOM here. The bytes are decoded
// by the core (a UTF-8 byte-order mark is skipped; UTF-16, UTF-32 and invalid UTF-8 are the
// core's `invalid_encoding`), then the core picks the framework, checks the file and scores it.
// Results are plain data (errors as the core's ErrorData), so they cross from the worker intact.

import { decode, frameworkFormat, isKalkanError } from './pkg/kalkan_wasm.js';

/** Files larger than this (bytes) are read in a Web Worker, so the page never freezes. */
export const WORKER_THRESHOLD = 1024 * 1024;

/**
 * A thrown value as plain error data: a KalkanError's own fields (the core's ErrorData: `kind`,
 * `document`, `code`, `pointer`, `message`, `details`, `problems`), or, for anything else (a
 * browser error), one problem carrying its message.
 */
export function errorData(e) {
  if (isKalkanError(e)) {
    const { name, stack, ...fields } = Object.fromEntries(Object.getOwnPropertyNames(e).map((k) => [k, e[k]]));
    return fields;
  }
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'error', pointer: '', message, details: {}, problems: [{ pointer: '', code: 'error', message, details: {} }] };
}

function attempt(f) {
  try {
    return { ok: f() };
  } catch (e) {
    return { error: errorData(e) };
  }
}

/**
 * An assessment file's bytes, read against `registry` (the core's Registry): `{error}` when the
 * core cannot read it or finds no framework for it; else `{id, version, errors}` (the framework
 * the core picked and the assessment's problems against it), and, when there are none, `text`
 * with its `progress` and its score (`scored`: `{ok: report}` or `{error}`).
 */
export function readAssessment(registry, bytes) {
  const decoded = attempt(() => decode('assessment', bytes));
  if (decoded.error) return decoded;
  const text = decoded.ok;
  const found = attempt(() => registry.forAssessment(text));
  if (found.error) return found;
  const fw = found.ok;
  try {
    const { errors } = fw.validateAssessment(text);
    const verdict = { id: fw.id, version: fw.version, errors };
    if (errors.length) return verdict;
    const progress = attempt(() => fw.progress(text));
    if (progress.error) return progress;
    return { ...verdict, text, progress: progress.ok, scored: attempt(() => fw.score(text, null)) };
  } catch (e) {
    return { error: errorData(e) };
  } finally {
    fw.free();
  }
}

/**
 * A framework file's bytes, added to `registry` (which refuses a framework that is not valid, or
 * a different one under an id and version it has): `{error}`, or `{text, id, version}`; or, for
 * a file in another format (the core's `frameworkFormat`: an OSCAL catalog, a CISO Assistant
 * library), `{format, source}` for the page to import (importer.js) and add.
 */
export function readFramework(registry, bytes) {
  const decoded = attempt(() => decode('framework', bytes));
  if (decoded.error) return decoded;
  const format = frameworkFormat(decoded.ok);
  return format === 'kalkan' ? addFramework(registry, decoded.ok) : { format, source: decoded.ok };
}

/** Adds a framework's text to `registry`: `{error}`, or `{text, id, version}`. */
export function addFramework(registry, text) {
  const added = attempt(() => {
    const fw = registry.addJson(text);
    const { id, version } = fw;
    fw.free();
    return { text, id, version };
  });
  return added.error ? added : added.ok;
}

/** The readers by kind of document. */
export const READERS = Object.freeze({ assessment: readAssessment, framework: readFramework });
