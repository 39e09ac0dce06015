// The conformance runners pass a case's `framework` / `assessment` object to the core as JSON
// text written compactly the way serde_json writes a `serde_json::Value`: keys sorted, floats in
// Rust's shortest form (`1.0`, `1e21`), integers as written. `JSON.stringify` differs (it drops
// the `.0` of `1.0` and keeps key order), and line/column numbers in parse errors depend on the
// exact text, so this module re-reads the case file losslessly and writes it the same way.

/** Parses JSON keeping each number's literal text: numbers become `{ $number: "1.0" }`. */
export function parseLossless(text) {
  let i = 0;
  const fail = (what) => {
    throw new SyntaxError(`${what} at offset ${i}`);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const value = () => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const out = new Map();
      ws();
      if (text[i] === '}') {
        i++;
        return out;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a key');
        const key = string();
        ws();
        if (text[i++] !== ':') fail('expected `:`');
        out.set(key, value());
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return out;
        } else fail('expected `,` or `}`');
      }
    }
    if (c === '[') {
      i++;
      const out = [];
      ws();
      if (text[i] === ']') {
        i++;
        return out;
      }
      for (;;) {
        out.push(value());
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return out;
        } else fail('expected `,` or `]`');
      }
    }
    if (c === '"') return string();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail('unexpected character');
    i += m[0].length;
    return { $number: m[0] };
  };
  const string = () => {
    const start = i;
    i++;
    while (text[i] !== '"') {
      if (i >= text.length) fail('unterminated string');
      i += text[i] === '\\' ? 2 : 1;
    }
    i++;
    return JSON.parse(text.slice(start, i));
  };
  const v = value();
  ws();
  if (i !== text.length) fail('trailing text');
  return v;
}

/** Rust's `f64` Display as serde_json uses it (ryu): shortest digits, `.0` for integral values. */
export function formatF64(x) {
  if (!Number.isFinite(x)) return 'null';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mantissa, exp] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const length = digits.length;
  const k = Number(exp) - (length - 1); // exponent of the last digit
  const kk = length + k; // position of the decimal point
  let out;
  if (k >= 0 && kk <= 16) {
    out = `${digits}${'0'.repeat(k)}.0`;
  } else if (kk > 0 && kk <= 16) {
    out = `${digits.slice(0, kk)}.${digits.slice(kk)}`;
  } else if (kk > -5 && kk <= 0) {
    out = `0.${'0'.repeat(-kk)}${digits}`;
  } else if (length === 1) {
    out = `${digits}e${kk - 1}`;
  } else {
    out = `${digits[0]}.${digits.slice(1)}e${kk - 1}`;
  }
  return sign + out;
}

const U64_MAX = 18446744073709551615n;
const I64_MIN = -9223372036854775808n;

function formatNumber(literal) {
  if (/^-?\d+$/.test(literal)) {
    const n = BigInt(literal);
    if (literal === '-0') return '-0.0';
    if ((n >= 0n && n <= U64_MAX) || (n < 0n && n >= I64_MIN)) return n.toString();
  }
  return formatF64(Number(literal));
}

/** Writes a lossless value as serde_json's compact form of a `Value` (sorted keys). */
export function writeCompact(v) {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(writeCompact).join(',')}]`;
  if (v instanceof Map) {
    // serde_json's map is a BTreeMap<String, _>: byte order of UTF-8, i.e. code point order.
    const keys = [...v.keys()].sort((a, b) => {
      const x = [...a].map((c) => c.codePointAt(0));
      const y = [...b].map((c) => c.codePointAt(0));
      for (let j = 0; j < Math.min(x.length, y.length); j++) if (x[j] !== y[j]) return x[j] - y[j];
      return x.length - y.length;
    });
    // A key seen twice keeps its last value, as serde_json does.
    return `{${keys.map((k) => `${JSON.stringify(k)}:${writeCompact(v.get(k))}`).join(',')}}`;
  }
  if (typeof v === 'object' && typeof v.$number === 'string') return formatNumber(v.$number);
  throw new TypeError(`cannot write ${typeof v}`);
}
