#!/usr/bin/env bash
# Packages CustomerLens with jpackage (classpath mode) and its own Java runtime, so users need no JDK.
#   installer/build.sh [app-image|zip|deb|msi|dmg]
#     app-image  target/installer/CustomerLens/ (CustomerLens.app on macOS)      any system
#     zip        that app image as target/installer/CustomerLens-<version>-<os>.zip   any system (the fallback)
#     deb        target/installer/customerlens_<version>_amd64.deb              Linux, needs fakeroot and dpkg-deb
#     msi        target/installer/CustomerLens-<version>.msi                     Windows (Git Bash), needs WiX
#     dmg        target/installer/CustomerLens-<version>.dmg                     macOS
# An installer runs only on the system it was built on: JavaFX's native libraries are inside the platform jars.
# Needs JDK 25 (JAVA_HOME). SKIP_PACKAGE=1 reuses the jar of a build that just ran (CI, after ./mvnw verify).
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"

if [ "${SKIP_PACKAGE:-}" != 1 ]; then
    ./mvnw -q -B -ntp package -DskipTests
fi
# The version the build wrote (pom.xml); installers take numbers only, so without -SNAPSHOT.
version=$(sed -n 's/^version=//p' target/classes/io/customerlens/build.properties)
app_version=${version%-SNAPSHOT}
rm -rf target/jp-input target/installer
./mvnw -q -B -ntp dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/jp-input
cp "target/customerlens-${version}.jar" target/jp-input/customerlens-app.jar

# A runtime of the modules the app needs, not the whole JDK (80 MB → about 50 MB for the .deb): what jdeps finds,
# plus what is loaded by name so jdeps cannot see it — GBK/GB18030 decoders (jdk.charsets), Chinese dates and
# numbers (jdk.localedata, en and zh only), and the JavaFX/AWT needs (java.desktop, jdk.unsupported).
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 25 \
    --class-path 'target/jp-input/*' target/jp-input/customerlens-app.jar)
modules="$modules,java.desktop,java.logging,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.crypto.ec,jdk.zipfs"

jpackage_type=$type
[ "$type" = zip ] && jpackage_type=app-image
# The launcher class checks the Java version and hands over to io.customerlens.app.Main (see pom.xml).
args=(--type "$jpackage_type" --name CustomerLens --app-version "$app_version" --vendor CustomerLens
      --description "Customer lapse, segment and follow-up analysis for salespeople"
      --input target/jp-input --main-jar customerlens-app.jar --main-class io.customerlens.launcher.Launcher
      --java-options --enable-native-access=ALL-UNNAMED --java-options -Xmx1g
      --add-modules "$modules"
      --jlink-options "--strip-native-commands --strip-debug --no-man-pages --no-header-files --include-locales=en,zh"
      --dest target/installer)
case "$type" in
    app-image|zip)
        ;;
    deb)
        args+=(--license-file LICENSE --icon icons/customerlens-256.png
               --linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office) ;;
    msi)
        # a fixed upgrade code, so a newer .msi replaces the installed version
        args+=(--license-file LICENSE --win-upgrade-uuid 770c5566-a325-5730-8770-dd19d5368f9f
               --win-per-user-install --win-dir-chooser --win-menu --win-menu-group CustomerLens --win-shortcut) ;;
    dmg)
        args+=(--license-file LICENSE --mac-package-identifier io.customerlens.app --mac-package-name CustomerLens) ;;
    *)
        echo "installer/build.sh: unknown type $type (app-image, zip, deb, msi or dmg)" >&2
        exit 2 ;;
esac
# jpackage takes a PNG icon on Linux only; Windows wants .ico and macOS .icns (used when present).
if [ "$type" != deb ]; then
    case "$(uname -s)" in
        Linux) args+=(--icon icons/customerlens-256.png) ;;
        Darwin) [ -f icons/customerlens.icns ] && args+=(--icon icons/customerlens.icns) ;;
        MINGW*|MSYS*|CYGWIN*) [ -f icons/customerlens.ico ] && args+=(--icon icons/customerlens.ico) ;;
    esac
fi
# jpackage packs the .deb with dpkg-deb: xz unless DPKG_DEB_COMPRESSOR_TYPE says otherwise (CI takes gzip: the
# check needs a working package, not the smallest one, and xz takes minutes on two cores).
export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-xz}"
jpackage "${args[@]}"

if [ "$type" = zip ]; then
    os=$(uname -s | tr '[:upper:]' '[:lower:]')
    image=$(cd target/installer && ls -d CustomerLens*)
    # zip keeps the launcher's executable bit; jar would not
    (cd target/installer && zip -qry "CustomerLens-${app_version}-${os}.zip" "$image")
fi
ls -la target/installer
