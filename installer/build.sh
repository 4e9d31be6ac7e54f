#!/usr/bin/env bash
# Builds a native app image (default) or a .deb with jpackage, bundling a Java runtime so users need no JDK.
#   installer/build.sh [app-image|deb]
# Needs JDK 25 (JAVA_HOME); the .deb type also needs fakeroot and dpkg-dev.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"

version=$(./mvnw -q help:evaluate -Dexpression=project.version -DforceStdout | sed 's/-SNAPSHOT//')
./mvnw -q -B package -DskipTests
rm -rf target/jp-input target/installer
./mvnw -q -B dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/jp-input
cp "target/customerlens-${version}-SNAPSHOT.jar" target/jp-input/customerlens-app.jar 2>/dev/null \
    || cp target/customerlens-*-SNAPSHOT.jar target/jp-input/customerlens-app.jar

args=(--type "$type" --name CustomerLens --app-version "$version" --vendor CustomerLens
      --input target/jp-input --main-jar customerlens-app.jar --main-class io.customerlens.app.Main
      --java-options --enable-native-access=ALL-UNNAMED --java-options -Xmx1g
      --icon icons/customerlens-256.png --dest target/installer)
if [ "$type" = deb ]; then
    args+=(--linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office)
fi
jpackage "${args[@]}"
ls -la target/installer
