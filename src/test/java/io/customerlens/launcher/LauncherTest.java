package io.customerlens.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's Main-Class: readable by an old java, one sentence when the java is too old, else the app. */
class LauncherTest {

    /** Class-file major version of Java 8. */
    private static final int JAVA_8 = 52;

    @TempDir
    Path temp;

    @Test
    void theLauncherIsCompiledForJava8SoAnOldJavaCanRunIt() throws IOException {
        assertThat(classFileVersion("/io/customerlens/launcher/Launcher.class")).isEqualTo(JAVA_8);
    }

    @Test
    void itRequiresTheReleaseTheApplicationIsCompiledFor() throws IOException {
        // class-file major version 44 + n is Java n
        assertThat(classFileVersion("/io/customerlens/app/Main.class") - 44).isEqualTo(Launcher.REQUIRED);
    }

    @Test
    void specificationVersionsOfOldAndNewJavas() {
        assertThat(Launcher.major("1.8")).isEqualTo(OptionalInt.of(8));
        assertThat(Launcher.major("11")).isEqualTo(OptionalInt.of(11));
        assertThat(Launcher.major("17")).isEqualTo(OptionalInt.of(17));
        assertThat(Launcher.major("25")).isEqualTo(OptionalInt.of(25));
        assertThat(Launcher.major("26.1")).isEqualTo(OptionalInt.of(26));
        assertThat(Launcher.major("")).isEmpty();
    }

    @Test
    void tooOldSaysWhichJavaIsNeededAndWhichRanInOneLine() {
        String english = Launcher.tooOld(17, "/usr/lib/jvm/java-17-openjdk-amd64", Locale.ENGLISH);
        String chinese = Launcher.tooOld(17, "/usr/lib/jvm/java-17-openjdk-amd64", Locale.SIMPLIFIED_CHINESE);

        assertThat(english).startsWith("CustomerLens needs Java 25 or newer, but this java is Java 17 "
                + "(/usr/lib/jvm/java-17-openjdk-amd64)").doesNotContain("\n");
        assertThat(chinese).startsWith("客户透镜需要 Java 25 或更高版本，但当前 java 是 Java 17");
    }

    @Test
    void anUnknownLanguageGetsEnglishNotTheMachinesLanguage() {
        assertThat(Launcher.tooOld(11, "/opt/java", Locale.GERMAN)).startsWith("CustomerLens needs Java 25");
    }

    @Test
    void onACurrentJavaItHandsOverToTheApplication() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(),
                "-Djava.util.prefs.userRoot=" + temp.resolve("prefs"), "-Dcustomerlens.home=" + temp.resolve("home"),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--version"))
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("CustomerLens ", "(Java " + Runtime.version().feature());
    }

    private static int classFileVersion(String resource) throws IOException {
        try (InputStream in = Objects.requireNonNull(LauncherTest.class.getResourceAsStream(resource), resource);
             DataInputStream classFile = new DataInputStream(in)) {
            assertThat(classFile.readInt()).isEqualTo(0xCAFEBABE);
            classFile.readUnsignedShort();
            return classFile.readUnsignedShort();
        }
    }
}
