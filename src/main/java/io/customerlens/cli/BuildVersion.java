package io.customerlens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this build, from {@value #RESOURCE}, which Maven fills in from the pom when it copies the
 * resources: the same in the jar, the installers, {@code ./mvnw javafx:run} and the tests.
 */
final class BuildVersion {

    static final String RESOURCE = "/io/customerlens/build.properties";

    private BuildVersion() {
    }

    /** The version, such as 0.1.0 or 0.1.0-SNAPSHOT. */
    static String current() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                // every Maven build writes it; missing means classes run without the build's resources
                throw new IllegalStateException(RESOURCE + " is missing: build CustomerLens with Maven");
            }
            Properties build = new Properties();
            build.load(in);
            String version = build.getProperty("version", "");
            if (version.isBlank() || version.contains("${")) {
                throw new IllegalStateException(RESOURCE + " was not filled in by the build: " + version);
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
