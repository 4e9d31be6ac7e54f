package io.customerlens.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The jar's Main-Class. It is compiled for Java 8 (pom.xml, compiler execution "launcher") while everything
 * else needs Java 25, so that {@code java -jar customerlens.jar} on an older java says in one sentence which
 * Java is needed instead of failing with UnsupportedClassVersionError. On Java 25 or newer it hands over to
 * {@code io.customerlens.app.Main}, by name: a direct reference would not compile for Java 8.
 * <p>
 * Only Java 8 API here, and no other class of CustomerLens.
 */
public final class Launcher {

    /** The Java release CustomerLens is compiled for (maven.compiler.release in pom.xml). */
    static final int REQUIRED = 25;
    private static final String MAIN = "io.customerlens.app.Main";
    private static final String BUNDLE = "io.customerlens.i18n.messages";

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        OptionalInt running = major(System.getProperty("java.specification.version", ""));
        // An unreadable version is let through: the JVM itself still refuses classes it cannot run.
        if (running.isPresent() && running.getAsInt() < REQUIRED) {
            System.err.println(tooOld(running.getAsInt(), System.getProperty("java.home", ""), Locale.getDefault()));
            System.exit(1);
        }
        Method main = Class.forName(MAIN).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException failure) {
            // what Main itself threw, so the JVM reports it exactly as without this launcher
            throw failure.getCause();
        }
    }

    /** The feature release of a java.specification.version: "1.8" is 8, "17" is 17; empty when unreadable. */
    static OptionalInt major(String specificationVersion) {
        String version = specificationVersion.startsWith("1.") ? specificationVersion.substring(2) : specificationVersion;
        int dot = version.indexOf('.');
        try {
            return OptionalInt.of(Integer.parseInt(dot < 0 ? version : version.substring(0, dot)));
        } catch (NumberFormatException unknown) {
            return OptionalInt.empty();
        }
    }

    /** The one sentence saying which Java is needed and which one ran, in the language of {@code locale}. */
    static String tooOld(int running, String javaHome, Locale locale) {
        ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, locale, new Utf8Properties());
        return new MessageFormat(messages.getString("launcher.javaTooOld"), locale)
                .format(new Object[] {String.valueOf(REQUIRED), String.valueOf(running), javaHome});
    }

    /**
     * Reads the bundles as UTF-8, as Java 9 and later do (Java 8 would read ISO-8859-1), and falls back to the
     * English base bundle rather than the JVM's default language.
     */
    private static final class Utf8Properties extends ResourceBundle.Control {

        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader,
                                        boolean reload) throws IOException {
            InputStream in = loader.getResourceAsStream(toResourceName(toBundleName(baseName, locale), "properties"));
            if (in == null) {
                return null;
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new PropertyResourceBundle(reader);
            }
        }
    }
}
