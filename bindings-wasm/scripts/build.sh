#!/usr/bin/env bash
# Builds the WebAssembly packages and the questionnaire page's files:
#  - pkg-web/ (ES module for browsers) and pkg-node/ (CommonJS for Node.js): the all-in-one
#    module, with every function and every built-in framework embedded, in one file;
#  - pkg-lean/ (ES module): the lean engine the page uses, what it runs to show and score a
#    questionnaire: without the built-in frameworks, without the Arabic and French message
#    catalogs (English only), without the OSCAL exports and without the review, versions and
#    schema functions the page does not call (`--no-default-features --features engine`);
#  - pkg-import/ (ES module): the importers (OSCAL catalogs and profiles, CISO Assistant
#    libraries), the questionnaire workbooks and the OSCAL exports, which the page fetches the
#    first time a user opens a framework in another format or exports OSCAL
#    (`--no-default-features --features import,xlsx,translations,oscal`: workbooks are written in
#    any of the three languages);
#  - www/pkg/ (a copy of pkg-lean), www/pkg-import/ (a copy of pkg-import), www/frameworks/
#    (the built-in framework files and index.json) and www/l10n/ (the compiled Arabic and French
#    message catalogs), which the page fetches and its service worker keeps for offline use.
# Prints the gzip sizes of the optimized .wasm files.
#
# Needs: the wasm32-unknown-unknown target, wasm-bindgen-cli 0.2.129 and wasm-opt (binaryen);
# scripts/setup.sh installs them.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$here/.." && pwd)"
max_gzip_kb=1800
max_lean_kb=200

for tool in cargo wasm-bindgen wasm-opt gzip node; do
  command -v "$tool" >/dev/null || { echo "build.sh: \`$tool\` is not installed (run scripts/setup.sh)" >&2; exit 1; }
done
wbg_version="$(wasm-bindgen --version | awk '{print $2}')"
if [ "$wbg_version" != "0.2.129" ]; then
  echo "build.sh: wasm-bindgen-cli is $wbg_version, the crate pins 0.2.129 (run scripts/setup.sh)" >&2
  exit 1
fi

# A size-oriented profile, defined here because the workspace manifest is shared.
profile=(--profile wasm-release
  --config 'profile.wasm-release.inherits="release"'
  --config 'profile.wasm-release.opt-level="z"'
  --config 'profile.wasm-release.lto=true'
  --config 'profile.wasm-release.codegen-units=1'
  --config 'profile.wasm-release.panic="abort"'
  --config 'profile.wasm-release.strip=true'
  --config 'profile.wasm-release.debug=false')
metadata="$(cargo metadata --manifest-path "$root/Cargo.toml" --no-deps --format-version 1)"
field() { # jq-less: one field of the cargo metadata
  node -e 'const m=JSON.parse(require("fs").readFileSync(0,"utf8"));const f={target:m.target_directory,version:m.packages.find(p=>p.name==="kalkan-wasm").version};process.stdout.write(f[process.argv[1]])' "$1" <<<"$metadata"
}
raw="$(field target)/wasm32-unknown-unknown/wasm-release/kalkan_wasm.wasm"
version="$(field version)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

compile() { # name cargo-feature-args...: builds one variant and keeps its raw .wasm as $work/name.wasm
  local name="$1"
  shift
  echo "build.sh: cargo build $name (profile wasm-release $*)"
  cargo build --manifest-path "$root/Cargo.toml" -p kalkan-wasm --target wasm32-unknown-unknown "${profile[@]}" "$@"
  cp "$raw" "$work/$name.wasm"
}
compile all-in-one
compile lean --no-default-features --features engine
compile import --no-default-features --features import,xlsx,translations,oscal

# `-ocimfs 0`: no inlining of functions merely because they have one caller. Inlining them makes
# the module a little smaller (about 3%) but gzip finds far fewer repeats in the large functions it
# makes: the lean engine measured 312 KB gzip with it, 283 KB without (wasm-opt 108).
opt_flags=(-Oz --converge -ocimfs 0 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals)

package() { # variant target out-dir module-type
  local variant="$1" target="$2" out="$here/$3" type="$4"
  rm -rf "$out"
  wasm-bindgen --target "$target" --out-dir "$out" --out-name kalkan_wasm "$work/$variant.wasm"
  wasm-opt "${opt_flags[@]}" "$out/kalkan_wasm_bg.wasm" -o "$out/kalkan_wasm_bg.opt.wasm"
  mv "$out/kalkan_wasm_bg.opt.wasm" "$out/kalkan_wasm_bg.wasm"
  cat > "$out/package.json" <<JSON
{
  "name": "kalkan-wasm$([ "$variant" = all-in-one ] || echo "-$variant")",
  "version": "$version",
  "description": "Kalkan cybersecurity self-assessment (WebAssembly, $target target, $variant)",
  "license": "Apache-2.0",
  "type": "$type",
  "main": "kalkan_wasm.js",
  "types": "kalkan_wasm.d.ts",
  "files": ["kalkan_wasm.js", "kalkan_wasm.d.ts", "kalkan_wasm_bg.wasm", "kalkan_wasm_bg.wasm.d.ts"]
}
JSON
}
echo "build.sh: wasm-bindgen + wasm-opt"
package all-in-one web pkg-web module
package all-in-one nodejs pkg-node commonjs
package lean web pkg-lean module
package import web pkg-import module

rm -rf "$here/www/pkg" "$here/www/pkg-import"
cp -r "$here/pkg-lean" "$here/www/pkg"
cp -r "$here/pkg-import" "$here/www/pkg-import"
# The built-in frameworks, served next to the page, and their list (file, id, version, title,
# digest), made by the all-in-one module so that the digests are the core's, in the order its
# registry lists them (the page lists them from it before they have all joined its registry).
# Written compact (a quarter smaller than the indented sources, so faster to fetch and to read on
# the page's first visit); a framework's digest is that of its content, not of its layout.
rm -rf "$here/www/frameworks"
mkdir -p "$here/www/frameworks"
node -e '
  const fs = require("fs"), path = require("path");
  const [from, to] = process.argv.slice(1);
  for (const f of fs.readdirSync(from).filter((f) => f.endsWith(".json"))) {
    fs.writeFileSync(path.join(to, f), JSON.stringify(JSON.parse(fs.readFileSync(path.join(from, f), "utf8"))));
  }
' "$root/frameworks" "$here/www/frameworks"
node -e '
  const k = require(process.argv[1]);
  const fs = require("fs"), path = require("path");
  const dir = process.argv[2];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  const summaries = k.listFrameworks();
  const rank = (e) => summaries.findIndex((s) => s.id === e.id && s.version === e.version);
  const list = files.map((file) => {
    const fw = new k.CompiledFramework(fs.readFileSync(path.join(dir, file), "utf8"));
    const title = summaries.find((s) => s.id === fw.id && s.version === fw.version)?.title;
    const entry = { file, id: fw.id, version: fw.version, title, digest: fw.digest };
    fw.free();
    return entry;
  }).sort((a, b) => rank(a) - rank(b));
  fs.writeFileSync(path.join(dir, "index.json"), JSON.stringify({ kalkan: k.kalkanVersion(), frameworks: list }, null, 1) + "\n");
' "$here/pkg-node/kalkan_wasm.js" "$here/www/frameworks"

# The message catalogs the lean engine does not embed, compiled by the core (as the all-in-one
# module embeds them); the page adds the one of its language with `addCatalog`.
rm -rf "$here/www/l10n"
mkdir -p "$here/www/l10n"
node -e '
  const k = require(process.argv[1]);
  const fs = require("fs"), path = require("path");
  for (const lang of k.catalogLanguages().filter((l) => l !== "en")) {
    fs.writeFileSync(path.join(process.argv[2], `${lang}.json`), k.compiledCatalog(lang));
  }
' "$here/pkg-node/kalkan_wasm.js" "$here/www/l10n"

gz() { gzip -9 -c "$1" | wc -c; }
all_gz="$(gz "$here/pkg-web/kalkan_wasm_bg.wasm")"
lean_gz="$(gz "$here/pkg-lean/kalkan_wasm_bg.wasm")"
import_gz="$(gz "$here/pkg-import/kalkan_wasm_bg.wasm")"
fw_gz=0
for f in "$here"/www/frameworks/*.json; do fw_gz=$((fw_gz + $(gz "$f"))); done
frameworks="$(node -e 'const k=require(process.argv[1]);console.log(k.listFrameworks().map(f=>f.id+"@"+f.version).join(", ")||"(none)")' "$here/pkg-node/kalkan_wasm.js")"
kb() { awk "BEGIN{printf \"%.1f\", $1/1024}"; }
echo "build.sh: all-in-one kalkan_wasm_bg.wasm (pkg-web, pkg-node): $all_gz bytes gzip -9 ($(kb "$all_gz") KB; budget $max_gzip_kb KB), built-in frameworks: $frameworks"
echo "build.sh: lean kalkan_wasm_bg.wasm (pkg-lean, www/pkg): $lean_gz bytes gzip -9 ($(kb "$lean_gz") KB; budget $max_lean_kb KB); www/frameworks: $(kb "$fw_gz") KB gzip -9, file by file"
echo "build.sh: import kalkan_wasm_bg.wasm (pkg-import, www/pkg-import, fetched when a user opens a framework in another format or exports OSCAL): $import_gz bytes gzip -9 ($(kb "$import_gz") KB)"
# Reported here, enforced by the package test (tests/package.test.mjs), so that a build over a
# budget still leaves a usable package behind.
[ "$all_gz" -gt $((max_gzip_kb * 1024)) ] && echo "build.sh: warning: the all-in-one .wasm is over its ${max_gzip_kb} KB budget" >&2
[ "$lean_gz" -gt $((max_lean_kb * 1024)) ] && echo "build.sh: warning: the lean .wasm is over its ${max_lean_kb} KB budget" >&2
exit 0
