#!/usr/bin/env bash
# Runs every test of IndicadoresServicio against a real DuckDB file and a real PostgreSQL.
# Installs what the tests need from Debian packages when missing, starts a throwaway PostgreSQL cluster
# on a free local port, and always stops and removes it, whatever the tests did.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

say() { printf '==> %s\n' "$*"; }
fail() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# --- Debian packages the tests use -------------------------------------------------------------------
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)   # the dashboard's end-to-end test drives headless Chromium
command -v pdftotext >/dev/null || missing+=(poppler-utils)   # the PDF report tests read the PDFs back with pdftotext and pdfinfo
# Chromium only recommends its fonts and we install without recommends: the PDFs need a real font to hold text.
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  say "Instalando paquetes de Debian que faltan: ${missing[*]}"
  as_root=""; [ "$(id -u)" -eq 0 ] || as_root="sudo"
  $as_root apt-get update -qq || fail "apt-get update falló"
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || fail "no se pudieron instalar: ${missing[*]}"
fi
command -v dotnet >/dev/null || fail "falta el SDK de .NET (dotnet) en el PATH"

# --- A throwaway PostgreSQL cluster ------------------------------------------------------------------
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
work="$(mktemp -d /tmp/indicadores-pruebas.XXXXXX)"
chmod 755 "$work"
run_pg() { # PostgreSQL refuses to run as root: use its own system user then.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi
cleanup() {
  for lane in ${lane_dashboard:-} ${lane_others:-}; do   # an interrupted run stops its test lanes too
    pkill -TERM -P "$lane" 2>/dev/null; kill "$lane" 2>/dev/null
  done
  if [ -f "$work/pg/postmaster.pid" ]; then
    run_pg "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1
  fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

port=""
for candidate in $(seq 55432 55532); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || fail "no hay un puerto libre entre 55432 y 55532 para PostgreSQL"

mkdir -p "$work/pg" "$work/sock"
[ "$(id -u)" -eq 0 ] && chown -R postgres "$work/pg" "$work/sock"
say "PostgreSQL temporal en 127.0.0.1:$port"
run_pg "$pgbin/initdb" -D "$work/pg" -U indicadores --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log"; fail "initdb falló"; }
run_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/sock/pg.log" -w -t 60 \
  -o "-p $port -k $work/sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" \
  start >/dev/null || { cat "$work/sock/pg.log"; fail "PostgreSQL no arrancó"; }
"$pgbin/psql" -h 127.0.0.1 -p "$port" -U indicadores -d postgres -qc "CREATE DATABASE indicadores_pruebas" \
  || fail "no se pudo crear la base de pruebas"
export INDICADORES_PRUEBAS_PG="Host=127.0.0.1;Port=$port;Username=indicadores;Database=indicadores_pruebas;Pooling=true"

# --- Build once, then every test project ------------------------------------------------------------
say "Compilando"
dotnet build IndicadoresServicio.sln -c Release -nologo -v q -clp:ErrorsOnly || fail "la compilación falló"
say "Ejecutando las pruebas (DuckDB y PostgreSQL)"
# Two lanes side by side: the dashboard's tests (which wait on servers, Chromium and PostgreSQL much of the time)
# and every other project one after the other. Each lane's output goes to its own log, printed when it ends.
run_tests() { # project...; exits non-zero when any failed
  local failed=0 project name
  for project in "$@"; do
    name="$(basename "$project" .csproj)"
    dotnet test "$project" -c Release --no-build -nologo \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$work/results" || failed=1
  done
  return $failed
}
projects="$(dotnet sln IndicadoresServicio.sln list | grep -E 'Tests\.csproj$')"
dashboard="$(grep -E 'Dashboard\.Tests\.csproj$' <<<"$projects")"
others="$(grep -vE 'Dashboard\.Tests\.csproj$' <<<"$projects")"
# The dashboard's tests that start servers and processes (Hosting, Operations, Security) run in the other lane once
# its projects are done, so both lanes end at about the same time.
servers='FullyQualifiedName~IndicadoresServicio.Dashboard.Tests.Hosting.|FullyQualifiedName~IndicadoresServicio.Dashboard.Tests.Operations.|FullyQualifiedName~IndicadoresServicio.Dashboard.Tests.Security.'
rest='FullyQualifiedName!~IndicadoresServicio.Dashboard.Tests.Hosting.&FullyQualifiedName!~IndicadoresServicio.Dashboard.Tests.Operations.&FullyQualifiedName!~IndicadoresServicio.Dashboard.Tests.Security.'
run_part() { # project name filter: the project's tests that the filter picks, logged as name.trx
  dotnet test "$1" -c Release --no-build -nologo --filter "$3" \
    --logger "trx;LogFileName=$2.trx" --logger "console;verbosity=minimal" --results-directory "$work/results"
}
others_then_servers() {
  local failed=0
  run_tests $others || failed=1
  run_part "$dashboard" Dashboard.Tests.servidores "$servers" || failed=1
  return $failed
}
status=0
run_part "$dashboard" Dashboard.Tests "$rest" >"$work/lane-dashboard.log" 2>&1 & lane_dashboard=$!
others_then_servers >"$work/lane-others.log" 2>&1 & lane_others=$!
wait $lane_others || status=1
cat "$work/lane-others.log"
wait $lane_dashboard || status=1
cat "$work/lane-dashboard.log"

# --- The service unit (docs/operacion.md): started for real where systemd runs this machine, else checked ---
say "Unidad de systemd (instalar-servicio)"
service_check() { # a throwaway installation; never the machine's own indicadores.service
  local root="$work/servicio" unit_name="indicadores-prueba" user="indicadores" svc_port
  # A real service's installation lives outside /tmp (the unit gives the service a private one).
  [ "$(ps -p 1 -o comm= 2>/dev/null)" = "systemd" ] && [ "$(id -u)" -eq 0 ] && root="/var/lib/$unit_name"
  local dll="$here/src/Dashboard/bin/Release/net10.0/IndicadoresServicio.Dashboard.dll"
  svc_port=$(( port + 1000 ))
  mkdir -p "$root/config" && printf '{"Indicadores": {"Puerto": %s}}\n' "$svc_port" >"$root/config/appsettings.json"
  if [ "$(ps -p 1 -o comm= 2>/dev/null)" != "systemd" ] || [ "$(id -u)" -ne 0 ]; then
    INDICADORES_INICIO="$root" dotnet "$dll" instalar-servicio --salida "$root/$unit_name.service" >/dev/null || return 1
    if command -v systemd-analyze >/dev/null; then
      systemd-analyze verify "$root/$unit_name.service" || return 1
      echo "sin systemd como PID 1 (o sin root): la unidad se escribió y systemd-analyze verify la aceptó"
    else
      echo "sin systemd: la unidad se escribió; ServiceUnitTests la revisa"
    fi
    return 0
  fi
  id "$user" >/dev/null 2>&1 || useradd --system --home-dir "$root/data" --shell /usr/sbin/nologin "$user"
  # The service user must read the built program; a checkout under /root is not readable to it.
  runuser -u "$user" -- test -r "$dll" 2>/dev/null || user=root
  INDICADORES_INICIO="$root" dotnet "$dll" instalar-servicio --usuario "$user" --salida "/etc/systemd/system/$unit_name.service" >/dev/null || return 1
  chown -R "$user" "$root/data"
  systemctl daemon-reload && systemctl start "$unit_name" || { journalctl -u "$unit_name" --no-pager | tail -n 30; return 1; }
  local ok=1
  for _ in $(seq 1 60); do
    if curl -fsS "http://127.0.0.1:$svc_port/api/salud" >"$work/salud.json" 2>/dev/null; then ok=0; break; fi
    sleep 1
  done
  [ $ok -eq 0 ] && echo "el servicio arrancó como $user y respondió /api/salud: $(cat "$work/salud.json")" \
    || journalctl -u "$unit_name" --no-pager | tail -n 30
  systemctl stop "$unit_name"; rm -f "/etc/systemd/system/$unit_name.service"; systemctl daemon-reload; rm -rf "$root"
  return $ok
}
service_check || { echo "ERROR: la unidad de systemd no pasó su revisión" >&2; status=1; }

# --- One closing line CI can read ---------------------------------------------------------------------
passed=0; failed=0; skipped=0
for trx in "$work"/results/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then status=1; echo "ERROR: no se ejecutó ninguna prueba" >&2; fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
