package io.customerlens.cli;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code customerlens --version}: the pom's version, filled in by the build, and the Java that runs it. */
class CliVersionTest {

    /** The pom's project.version, handed over by surefire (pom.xml) to compare with what the build wrote. */
    private static final String POM_VERSION = System.getProperty("customerlens.test.pomVersion");

    @Test
    void versionPrintsThePomVersionAndExitsWithZero() {
        CliRunner.Result result = CliRunner.withoutStore(Locale.ENGLISH).run("--version");

        assertThat(POM_VERSION).as("set by surefire").isNotBlank();
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).isEqualTo("CustomerLens " + POM_VERSION + " (Java " + Runtime.version() + ")\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void shortOptionAndChineseTextToo() {
        CliRunner.Result result = CliRunner.withoutStore(Locale.SIMPLIFIED_CHINESE).run("-V");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).startsWith("客户透镜 CustomerLens " + POM_VERSION + "（Java ");
    }

    @Test
    void helpListsTheVersionOption() {
        CliRunner.Result result = CliRunner.withoutStore(Locale.ENGLISH).run("--help");

        assertThat(result.out()).contains("-V, --version", "Print the version of CustomerLens and exit.");
    }
}
