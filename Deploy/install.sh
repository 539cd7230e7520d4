#!/usr/bin/env bash
# Installs Tally as a systemd service: release build, binary in PREFIX/bin (default
# /usr/local/bin), unit in /etc/systemd/system, configuration in /etc/tally (an existing one is
# never overwritten), state in /var/lib/tally, alert log in /var/log/tally, user tally.
# Running it again upgrades in place; --uninstall removes the binary and the unit and keeps the
# data. With DESTDIR set everything goes under that directory and nothing on the system itself
# changes (no user, no owners, no systemctl): for packaging and tests, without root.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: Deploy/install.sh [--prefix DIR] [--binary FILE] [--uninstall]
  --prefix DIR    install the binary as DIR/bin/tally (default /usr/local)
  --binary FILE   install FILE instead of building (swift build -c release --product tally)
  --uninstall     remove the binary and the unit; keep configuration, state and logs
Environment: DESTDIR=DIR installs under DIR (a staging root) and touches nothing else.
EOF
}

prefix=/usr/local
binary=""
uninstall=false
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { usage >&2; exit 64; }; prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#*=}"; shift ;;
    --binary) [ $# -ge 2 ] || { usage >&2; exit 64; }; binary="$2"; shift 2 ;;
    --binary=*) binary="${1#*=}"; shift ;;
    --uninstall) uninstall=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "install.sh: unknown argument $1" >&2; usage >&2; exit 64 ;;
  esac
done

root="${DESTDIR:-}"
repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binary_path="$prefix/bin/tally"
unit_path=/etc/systemd/system/tally.service
configuration_dir=/etc/tally
state_dir=/var/lib/tally
log_dir=/var/log/tally

say() { echo "install.sh: $*"; }

# The system itself is changed only without DESTDIR; systemctl only when systemd is PID 1
# (the check sd_booted() makes).
on_the_system() { [ -z "$root" ]; }
systemd_running() { on_the_system && [ -d /run/systemd/system ]; }

if on_the_system && [ "$(id -u)" -ne 0 ]; then
  echo "install.sh: run it as root (sudo), or set DESTDIR to install into a staging directory" >&2
  exit 77 # EX_NOPERM
fi

# Copies to a temporary name beside the target, then renames: the target is always whole,
# and a running daemon keeps the binary it started with until it is restarted.
replace() {
  local source="$1" target="$2" mode="$3"
  local temporary
  temporary="$(dirname "$target")/.$(basename "$target").installing"
  install -m "$mode" "$source" "$temporary"
  mv -f "$temporary" "$target"
}

if $uninstall; then
  if systemd_running; then
    systemctl disable --now tally.service || true
  fi
  rm -f "$root$binary_path" "$root$unit_path"
  say "removed $binary_path and $unit_path"
  if systemd_running; then
    systemctl daemon-reload
  elif on_the_system; then
    say "systemd is not running: skipped systemctl disable --now tally and systemctl daemon-reload"
  fi
  say "kept the configuration in $configuration_dir, the state in $state_dir (database, drop folder, processed and rejected documents), the alert log in $log_dir and the user tally"
  say "to remove them too: rm -rf $configuration_dir $state_dir $log_dir && userdel tally"
  exit 0
fi

if [ -z "$binary" ]; then
  (cd "$repository" && swift build -c release --product tally)
  binary="$repository/.build/release/tally"
fi
[ -x "$binary" ] || { echo "install.sh: $binary is not an executable" >&2; exit 66; }

if ! on_the_system; then
  say "DESTDIR is set: skipped creating the user tally and setting owners"
elif getent passwd tally >/dev/null; then
  say "user tally exists"
else
  useradd --system --user-group --home-dir "$state_dir" --no-create-home --shell /usr/sbin/nologin tally
  say "created the system user and group tally"
fi

install -d -m 0755 "$root$prefix/bin" "$root$(dirname "$unit_path")" "$root$configuration_dir"
replace "$binary" "$root$binary_path" 0755
say "installed $binary_path"

unit="$(mktemp)"
trap 'rm -f "$unit"' EXIT
sed "s|/usr/local/bin/tally|$binary_path|g" "$repository/Deploy/tally.service" >"$unit"
if cmp -s "$unit" "$root$unit_path"; then
  say "$unit_path unchanged"
else
  replace "$unit" "$root$unit_path" 0644
  say "installed $unit_path"
fi

configuration="$root$configuration_dir/tally.toml"
if [ ! -e "$configuration" ]; then
  replace "$repository/Deploy/tally.toml" "$configuration" 0644
  say "installed $configuration_dir/tally.toml"
elif cmp -s "$repository/Deploy/tally.toml" "$configuration"; then
  rm -f "$configuration.default"
  say "$configuration_dir/tally.toml is the default already"
else
  replace "$repository/Deploy/tally.toml" "$configuration.default" 0644
  say "kept your $configuration_dir/tally.toml; this version's default is beside it as tally.toml.default"
fi

# The unit's StateDirectory= and LogsDirectory= would create these too, but not the drop
# folder other accounts write to: group tally, setgid so dropped files stay in the group.
install -d -m 0750 "$root$state_dir" "$root$log_dir"
install -d -m 2770 "$root$state_dir/drop"
if on_the_system; then
  chown tally:tally "$state_dir" "$state_dir/drop" "$log_dir"
fi
say "state in $state_dir (drop folder $state_dir/drop), alert log in $log_dir"

if systemd_running; then
  systemctl daemon-reload
  systemctl enable tally.service
  # A restart on an upgrade: the new binary runs from here on.
  systemctl restart tally.service
  say "tally.service enabled and (re)started: systemctl status tally"
elif on_the_system; then
  say "systemd is not running (no /run/systemd/system): skipped systemctl daemon-reload, enable and restart of tally.service"
fi
