#!/usr/bin/env bash
# Builds the Linux app image (target/installer/4S-Workbench/) and the .deb (target/installer/*.deb)
# with JDK 17's jpackage. Runnable from any directory. See installer/README.md.
#
#   installer/build-linux.sh                  mvn package, app image, .deb
#   installer/build-linux.sh --skip-build     reuse target/*.jar and target/lib/ from an earlier package
#   installer/build-linux.sh --app-image-only no .deb (needs no fakeroot/dpkg-deb)
#
# Environment (all optional): JAVA_HOME (the JDK whose jpackage, and therefore whose runtime, is used),
# VENDOR, DEB_MAINTAINER (an e-mail address for the .deb's Maintainer field), JPACKAGE_VERBOSE=1.
set -euo pipefail

usage() { sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

skip_build=false
app_image_only=false
for arg in "$@"; do
    case "$arg" in
        --skip-build) skip_build=true ;;
        --app-image-only) app_image_only=true ;;
        -h|--help) usage; exit 0 ;;
        *) echo "build-linux.sh: unknown option $arg" >&2; usage >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
installer="$root/installer"
target="$root/target"
out="$target/installer"

# Kept in step with build-windows.ps1.
app_name="4S-Workbench"
package_name="fours-workbench"   # jpackage wants a lower-case letter first, so not "4s-..."
main_class="com.fours.workbench.app.Launcher"
vendor="${VENDOR:-4S Workbench}"
description="Workbench for the after-sales service department of a 4S car dealership"
# JavaFX comes from --module-path; the rest is what `jdeps --print-module-deps` finds in the other jars
# (checked against JasperReports 7.0.6, H2 2.3, PostgreSQL 42.7, Jdbi 3.55; see README).
modules="javafx.controls,javafx.fxml,javafx.swing,java.sql,java.naming,java.desktop,java.management"
modules+=",java.net.http,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.unsupported,jdk.zipfs"
modules+=",jdk.xml.dom,java.sql.rowset,java.security.jgss,jdk.net"
# --generate-cds-archive: the runtime's own class-data archive, the base the workbench's builds on
jlink_options="--strip-debug --no-man-pages --no-header-files --compress=2 --generate-cds-archive"
# the workbench's JVM options (heap, collector, native memory), the same file `mvn javafx:run`
# reads (decisions 0069, 0076), without its comments
java_options="$(sed 's/#.*//' "$root/src/main/jvm/jvm.options" | tr -s ' \n' '  ' | sed 's/^ *//; s/ *$//')"

# --- the JDK -------------------------------------------------------------------------------------
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jpackage" ]]; then
    jdk_bin="$JAVA_HOME/bin"
elif command -v javac >/dev/null 2>&1; then
    jdk_bin="$(dirname "$(readlink -f "$(command -v javac)")")"
else
    echo "build-linux.sh: no JDK found: set JAVA_HOME to a JDK 17 or put its javac on the PATH" >&2
    exit 1
fi
jpackage="$jdk_bin/jpackage"
[[ -x "$jpackage" ]] || { echo "build-linux.sh: $jpackage is missing (a JRE, not a JDK?)" >&2; exit 1; }
jdk_version="$("$jdk_bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
echo "JDK $jdk_version at $(dirname "$jdk_bin")"
if [[ "$jdk_version" != 17 ]]; then
    echo "build-linux.sh: warning: the project targets Java 17; this jpackage bundles a Java $jdk_version runtime" >&2
fi

# --- the application jars ----------------------------------------------------------------------
if [[ "$skip_build" == false ]]; then
    echo "mvn package (tests skipped) ..."
    (cd "$root" && mvn -B -q -DskipTests package)
fi
pom_properties="$target/maven-archiver/pom.properties"
[[ -f "$pom_properties" ]] || { echo "build-linux.sh: $pom_properties missing: run without --skip-build" >&2; exit 1; }
artifact_id="$(sed -n 's/^artifactId=//p' "$pom_properties")"
version="$(sed -n 's/^version=//p' "$pom_properties")"
main_jar="$artifact_id-$version.jar"
[[ -f "$target/$main_jar" ]] || { echo "build-linux.sh: $target/$main_jar missing" >&2; exit 1; }
# jpackage wants 1 to 3 numbers: 0.1.0-SNAPSHOT becomes 0.1.0
app_version="${version%%-*}"
[[ "$app_version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] \
    || { echo "build-linux.sh: cannot make a numeric version out of $version" >&2; exit 1; }

shopt -s nullglob
javafx_jars=("$target"/lib/javafx-*-linux.jar)
shopt -u nullglob
(( ${#javafx_jars[@]} > 0 )) || { echo "build-linux.sh: no javafx-*-linux.jar in $target/lib" >&2; exit 1; }
module_path="$(IFS=:; echo "${javafx_jars[*]}")"

# --input: the app jar and every jar that is not JavaFX (the platform-neutral javafx-*.jar are empty
# shells, and the -linux ones are linked into the runtime instead).
input="$out/input"
rm -rf "$input" "$out/$app_name"
mkdir -p "$input"
cp "$target/$main_jar" "$input/"
for jar in "$target"/lib/*.jar; do
    case "$(basename "$jar")" in
        javafx-*) ;;
        *) cp "$jar" "$input/" ;;
    esac
done

# --- app image ------------------------------------------------------------------------------------
echo "jpackage --type app-image ($app_name $app_version) ..."
started=$SECONDS
"$jpackage" --type app-image \
    --dest "$out" \
    --name "$app_name" \
    --app-version "$app_version" \
    --vendor "$vendor" \
    --description "$description" \
    --icon "$installer/icons/4s-workbench.png" \
    --input "$input" \
    --main-jar "$main_jar" \
    --main-class "$main_class" \
    --module-path "$module_path" \
    --add-modules "$modules" \
    --jlink-options "$jlink_options" \
    --java-options "$java_options" \
    --add-launcher "$app_name-print-sample=$installer/launchers/print-sample.properties"
image="$out/$app_name"
echo "App image: $image ($(du -sh "$image" | cut -f1), $((SECONDS - started)) s)"

# --- class-data archive (decision 0070) -----------------------------------------------------------
# A start of the image, to its login window on a scratch demo database, writes the classes it
# loaded into lib/app/workbench.jsa; the launcher then maps them instead of loading them one by one.
# It is the second start: the first copies the demo without Flyway (decision 0130), and every later
# start has Flyway check the schema, so the archive is trained on the start a counter makes daily.
# Needs a display (or xvfb-run); without one the image works as before, only slower to start.
jsa="$image/lib/app/workbench.jsa"
cfg="$image/lib/app/$app_name.cfg"
first=(env "JAVA_TOOL_OPTIONS=-Dworkbench.exitWhenShown=true" "$image/bin/$app_name")
training=(env "JAVA_TOOL_OPTIONS=-XX:ArchiveClassesAtExit=$jsa -Dworkbench.exitWhenShown=true" "$image/bin/$app_name")
if [[ -z "${DISPLAY:-}" ]]; then
    if command -v xvfb-run >/dev/null 2>&1; then
        first=(xvfb-run -a "${first[@]}")
        training=(xvfb-run -a "${training[@]}")
    else
        training=()
    fi
fi
if (( ${#training[@]} > 0 )); then
    scratch="$(mktemp -d)"
    echo "class-data archive: a first start of the image, then the start that writes the archive ..."
    WORKBENCH_DATA_DIR="$scratch" timeout 600 "${first[@]}" --demo >"$out/cds-first-start.log" 2>&1 || true
    WORKBENCH_DATA_DIR="$scratch" timeout 600 "${training[@]}" --demo >"$out/cds-training.log" 2>&1 || true
    rm -rf "$scratch"
fi
if [[ -s "$jsa" ]]; then
    sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/workbench.jsa' "$cfg"
    echo "class-data archive: $jsa ($(du -h "$jsa" | cut -f1))"
else
    echo "build-linux.sh: warning: no class-data archive (no display, no xvfb-run, or the start failed; see $out/cds-training.log)" >&2
fi

# --- .deb -----------------------------------------------------------------------------------------
if [[ "$app_image_only" == false ]]; then
    for tool in fakeroot dpkg-deb objcopy; do
        command -v "$tool" >/dev/null 2>&1 \
            || { echo "build-linux.sh: $tool is missing: apt-get install fakeroot dpkg binutils" >&2; exit 1; }
    done
    rm -f "$out/${package_name}_${app_version}"-*.deb
    deb_maintainer=()
    [[ -n "${DEB_MAINTAINER:-}" ]] && deb_maintainer=(--linux-deb-maintainer "$DEB_MAINTAINER")
    echo "jpackage --type deb ..."
    started=$SECONDS
    # Packs the image made above, so the runtime is linked once. JDK 17 gives every launcher a menu
    # entry (add-launcher files cannot opt out); installer/linux/ overrides the .desktop files: the
    # print-sample tool is hidden (NoDisplay), the workbench gets its Chinese name.
    "$jpackage" --type deb ${JPACKAGE_VERBOSE:+--verbose} \
        --dest "$out" \
        --app-image "$image" \
        --name "$app_name" \
        --app-version "$app_version" \
        --vendor "$vendor" \
        --description "$description" \
        --icon "$installer/icons/4s-workbench.png" \
        --linux-package-name "$package_name" \
        --resource-dir "$installer/linux" \
        --linux-package-deps "libgtk-3-0, libgl1" \
        --linux-shortcut \
        --linux-menu-group Office \
        "${deb_maintainer[@]}"
    deb="$(ls -t "$out/${package_name}_${app_version}"-*.deb | head -n 1)"
    echo "Package: $deb ($(du -h "$deb" | cut -f1), $((SECONDS - started)) s)"
    dpkg-deb -I "$deb"
fi
