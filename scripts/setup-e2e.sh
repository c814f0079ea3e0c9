#!/usr/bin/env bash
# Installs what the real-client tests (test/e2e/) need, into ~/.cache/communique-e2e (or $COMMUNIQUE_E2E_TOOLS):
#   apt:  chromium (the browser Playwright drives), libkrb5-dev (headers for a native module of code-server),
#         neovim (Debian 12: 0.7.2, its built-in LSP client drives the server),
#         emacs-nox, elpa-eglot and elpa-markdown-mode (Debian 12: Emacs 28.2, eglot 1.9; eglot drives the server)
#   npm:  node@24 (code-server requires Node 24), code-server (VS Code's workbench + extension host),
#         playwright-core (drives Chromium; never `playwright install`, which downloads browsers)
# Idempotent: what is installed at the pinned version is left alone, so a warm run takes a second or two.
# Needs root (or passwordless sudo) for apt, and the npm registry. Nothing is fetched from GitHub or nodejs.org.
# Exit status: 0 ready; 1 something failed (the message says what, and where the log is).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Outside the repository: vsce reads the whole tree when packaging, and ~800 MB there slows it.
TOOLS=${COMMUNIQUE_E2E_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/communique-e2e}
NODE_VERSION=${NODE_VERSION:-24.21.0}                 # code-server 4.139.1 has engines.node "24"
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}
PLAYWRIGHT_VERSION=${PLAYWRIGHT_VERSION:-1.65.1}
APT_PACKAGES=(chromium libkrb5-dev neovim)
# Without their recommends (which bring a mail server: exim4, mailutils).
APT_PACKAGES_NO_RECOMMENDS=(emacs-nox elpa-eglot elpa-markdown-mode)

log() { echo "[setup-e2e $(date +%T)] $*" >&2; }
die() { echo "[setup-e2e] FAILED: $*" >&2; exit 1; }

mkdir -p "$TOOLS" || die "cannot create $TOOLS"
# Two test files may run this at once (node --test runs files in parallel on bigger machines): one at a time.
exec 9>"$TOOLS/.setup.lock"
command -v flock >/dev/null && flock 9

# --- apt ------------------------------------------------------------------------------------------------------
missing=()
command -v chromium >/dev/null && [ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v nvim >/dev/null || missing+=(neovim)
command -v emacs >/dev/null || missing+=(emacs-nox)
dpkg -s elpa-eglot >/dev/null 2>&1 || missing+=(elpa-eglot)
dpkg -s elpa-markdown-mode >/dev/null 2>&1 || missing+=(elpa-markdown-mode)
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${APT_PACKAGES[*]} ${APT_PACKAGES_NO_RECOMMENDS[*]} (missing: ${missing[*]})"
  command -v apt-get >/dev/null || die "apt-get not found; install ${missing[*]} yourself (Debian 12 packages)"
  sudo=()
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=(sudo -n); else
      die "need root for: apt-get install ${missing[*]} (run this script as root, or install them first)"
    fi
  fi
  aptlog="$TOOLS/apt.log"
  { "${sudo[@]}" apt-get update && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y "${APT_PACKAGES[@]}" \
      && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${APT_PACKAGES_NO_RECOMMENDS[@]}"; } \
    >"$aptlog" 2>&1 || { tail -20 "$aptlog" >&2; die "apt-get failed (log: $aptlog)"; }
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing after apt-get"
command -v nvim >/dev/null || die "nvim missing after apt-get"
command -v emacs >/dev/null || die "emacs missing after apt-get"
dpkg -s elpa-eglot elpa-markdown-mode >/dev/null 2>&1 || die "elpa-eglot or elpa-markdown-mode missing after apt-get"

# --- Node 24 (npm package `node`: a Linux binary in node_modules/node/bin) -------------------------------------
installed_version() { # package.json -> version, or nothing
  [ -f "$1" ] && sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$1" | head -1 || true
}
NODE="$TOOLS/node/node_modules/node/bin/node"
if [ "$(installed_version "$TOOLS/node/node_modules/node/package.json")" != "$NODE_VERSION" ] || ! [ -x "$NODE" ]; then
  log "npm i node@$NODE_VERSION --prefix $TOOLS/node"
  mkdir -p "$TOOLS/node"
  npm i "node@$NODE_VERSION" --prefix "$TOOLS/node" --save-exact --no-audit --no-fund --loglevel=error >&2 \
    || die "npm i node@$NODE_VERSION failed"
fi
[ "$("$NODE" -v 2>/dev/null)" = "v$NODE_VERSION" ] || die "$NODE does not run as v$NODE_VERSION"

# --- code-server (npm, on Node 24) ----------------------------------------------------------------------------
CS="$TOOLS/cs/node_modules/code-server"
native="$CS/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node"
if [ "$(installed_version "$CS/package.json")" != "$CODE_SERVER_VERSION" ] || ! [ -f "$native" ]; then
  log "npm i code-server@$CODE_SERVER_VERSION --prefix $TOOLS/cs (its postinstall builds VS Code's native modules: ~2-3 minutes)"
  # npm must itself run on Node 24: code-server's postinstall reads the Node major from npm_config_user_agent.
  export PATH="$(dirname "$NODE"):$PATH"
  # Under `npm test`, the outer npm (on the machine's Node) has exported its own user agent, and npm takes
  # npm_config_* variables as settings: the inner npm would pass "node/v20" on, and the postinstall refuse it.
  unset npm_config_user_agent
  # node-gyp would download Node 24 headers from nodejs.org; use the machine's Node headers instead (Node-API
  # modules built against them load in Node 24). The `node` npm package has no headers.
  if [ -z "${npm_config_nodedir:-}" ]; then
    [ -f /usr/include/node/common.gypi ] \
      || die "no Node headers in /usr/include/node (install the nodejs package with headers, or set npm_config_nodedir)"
    export npm_config_nodedir=/usr
  fi
  mkdir -p "$TOOLS/cs"
  cslog="$TOOLS/code-server-install.log"
  # npm 11 skips dependency install scripts unless allowed; code-server's postinstall is required.
  npm_config_dangerously_allow_all_scripts=true \
    npm i "code-server@$CODE_SERVER_VERSION" --prefix "$TOOLS/cs" --save-exact --no-audit --no-fund --foreground-scripts \
    >"$cslog" 2>&1 || { tail -30 "$cslog" >&2; die "npm i code-server@$CODE_SERVER_VERSION failed (log: $cslog)"; }
  [ -f "$native" ] || { tail -30 "$cslog" >&2; die "code-server's postinstall did not build its native modules (log: $cslog)"; }
fi

# --- playwright-core ------------------------------------------------------------------------------------------
if [ "$(installed_version "$TOOLS/pw/node_modules/playwright-core/package.json")" != "$PLAYWRIGHT_VERSION" ]; then
  log "npm i playwright-core@$PLAYWRIGHT_VERSION --prefix $TOOLS/pw"
  mkdir -p "$TOOLS/pw"
  npm i "playwright-core@$PLAYWRIGHT_VERSION" --prefix "$TOOLS/pw" --save-exact --no-audit --no-fund --loglevel=error >&2 \
    || die "npm i playwright-core@$PLAYWRIGHT_VERSION failed"
fi

log "ready: node $("$NODE" -v), code-server $CODE_SERVER_VERSION, playwright-core $PLAYWRIGHT_VERSION," \
  "$(/usr/bin/chromium --version 2>/dev/null | head -1), $(nvim --version | head -1)," \
  "$(emacs --version | head -1), eglot $(dpkg-query -W -f='${Version}' elpa-eglot) in $TOOLS"
