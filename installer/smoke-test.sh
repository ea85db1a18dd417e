#!/usr/bin/env bash
# Smoke test of a built Linux app image (installer/build-linux.sh). Runnable from any directory.
#
#   installer/smoke-test.sh [APP_IMAGE_DIR]     default: target/installer/4S-Workbench
#   (or the installed/unpacked .deb: /opt/fours-workbench)
#
# 1. The packaged runtime has no Java compiler (reports are compiled at build time).
# 2. The workbench starts under Xvfb with --demo and a fresh data folder, and logs
#    "Workbench window shown N ms after launch" within 60 s; then it is stopped.
# 3. The second launcher, 4S-Workbench-print-sample, writes a Chinese PDF with the packaged runtime:
#    pdftotext finds the Chinese text, pdffonts shows every font embedded.
# Needs xvfb-run and poppler-utils (installed with apt-get when missing and running as root).
# KEEP=1 keeps the scratch folder (data folder, logs, PDF); it is always kept when a check fails.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
image="${1:-$root/target/installer/4S-Workbench}"
image="$(cd "$image" 2>/dev/null && pwd)" || { echo "smoke-test: no app image at ${1:-$root/target/installer/4S-Workbench}: run installer/build-linux.sh" >&2; exit 1; }
# the launchers: bin/4S-Workbench and bin/4S-Workbench-print-sample (also in an unpacked .deb, whose
# folder is /opt/fours-workbench)
print_sample="$(ls "$image"/bin/*-print-sample 2>/dev/null | head -n 1 || true)"
[[ -n "$print_sample" ]] || { echo "smoke-test: no bin/*-print-sample in $image (built without --add-launcher?)" >&2; exit 1; }
launcher="${print_sample%-print-sample}"
app_name="$(basename "$launcher")"
window_timeout=60

work="$(mktemp -d "${TMPDIR:-/tmp}/workbench-smoke.XXXXXX")"
data="$work/data"
app_pid=""
failed=true

step() { echo "== $*"; }
fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }

stop_app() {
    # The app runs in its own process group (setsid below): xvfb-run, Xvfb and the launcher.
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM -- "-$app_pid" 2>/dev/null || true
        for _ in $(seq 1 20); do
            kill -0 "$app_pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL -- "-$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    app_pid=""
}

cleanup() {
    stop_app
    if [[ "$failed" == true || "${KEEP:-}" == 1 ]]; then
        echo "smoke-test: scratch folder kept: $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

# --- tools ---------------------------------------------------------------------------------------
missing=()
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb libgtk-3-0 libgl1 libxtst6)
command -v pdftotext >/dev/null 2>&1 && command -v pdffonts >/dev/null 2>&1 || missing+=(poppler-utils)
if (( ${#missing[@]} > 0 )); then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        step "apt-get install ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >/dev/null
    else
        fail "missing tools; install them with: sudo apt-get install ${missing[*]}"
    fi
fi
[[ -x "$launcher" ]] || fail "no launcher $launcher"
[[ -x "$print_sample" ]] || fail "no launcher $print_sample"

# --- 1. no compiler in the runtime -------------------------------------------------------------------
step "runtime: $image/lib/runtime/bin"
ls "$image/lib/runtime/bin"
[[ ! -e "$image/lib/runtime/bin/javac" ]] || fail "the runtime image has javac"
if grep -q 'jdk\.compiler' "$image/lib/runtime/release"; then
    fail "the runtime image contains the jdk.compiler module"
fi
echo "no javac, no jdk.compiler module; image size $(du -sh "$image" | cut -f1)"

# --- 2. the window comes up ------------------------------------------------------------------------
step "start $app_name --demo --data-dir=$data under Xvfb (up to $window_timeout s)"
mkdir -p "$data"
log="$data/logs/workbench.log"
stdout="$work/stdout.log"
# setsid: a process group of its own, so xvfb-run, Xvfb and the app are stopped together.
setsid xvfb-run -a -s "-screen 0 1440x900x24" "$launcher" --demo --data-dir="$data" >"$stdout" 2>&1 &
app_pid=$!
pattern='Workbench window shown [0-9]+ ms after launch'
shown=""
deadline=$((SECONDS + window_timeout))
while (( SECONDS < deadline )); do
    shown="$(grep -h -o -E "$pattern" "$log" "$stdout" 2>/dev/null | head -n 1 || true)"
    [[ -n "$shown" ]] && break
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.5
done
if [[ -z "$shown" ]]; then
    echo "--- stdout/stderr (last 40 lines)" >&2
    tail -n 40 "$stdout" >&2 || true
    if kill -0 "$app_pid" 2>/dev/null; then
        fail "no \"Workbench window shown\" line within $window_timeout s"
    fi
    fail "the workbench exited before showing its window"
fi
window_ms="$(grep -o -E '[0-9]+' <<<"$shown")"
echo "$shown"
if grep -q -E ' (ERROR|WARN) ' "$log" 2>/dev/null; then
    echo "warnings/errors logged while starting:"
    grep -E ' (ERROR|WARN) ' "$log" | head -n 20
fi
stop_app
echo "stopped"

# --- 3. a Chinese PDF from the packaged runtime -----------------------------------------------------
pdf="$work/sample-zh.pdf"
step "$app_name-print-sample $pdf"
status=0
timeout 120 "$print_sample" "$pdf" >"$work/print-sample.log" 2>&1 || status=$?
cat "$work/print-sample.log"
(( status == 0 )) || fail "print-sample exited with $status"
[[ -s "$pdf" ]] || fail "print-sample wrote no PDF"

text="$(pdftotext -enc UTF-8 "$pdf" - | tr -d '[:space:]')"
for expected in 星辰汽车销售服务有限公司 操作审计日志摘录 张伟 修改用户角色 价格调整 库存调整 共3条记录; do
    [[ "$text" == *"$expected"* ]] || fail "pdftotext does not find \"$expected\" in the PDF"
done
echo "pdftotext finds the Chinese store name, title, users, actions and row count"

fonts="$(pdffonts "$pdf")"
echo "$fonts"
# the last five columns are emb sub uni and the object number and generation; the type has spaces
font_rows="$(tail -n +3 <<<"$fonts")"
[[ -n "$font_rows" ]] || fail "pdffonts lists no font"
not_embedded="$(awk '$(NF-4) != "yes"' <<<"$font_rows")"
[[ -z "$not_embedded" ]] || fail "fonts not embedded: $not_embedded"
grep -q 'NotoSansSC' <<<"$font_rows" || fail "the bundled Noto Sans SC is not among the PDF's fonts"

failed=false
step "PASSED: window shown ${window_ms} ms after launch; PDF $(du -h "$pdf" | cut -f1) with Noto Sans SC embedded; image $(du -sh "$image" | cut -f1)"
