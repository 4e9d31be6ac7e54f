package io.customerlens.store.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where PostgreSQL's server programs (initdb, pg_ctl, postgres) are: the folder named by the system property
 * {@code customerlens.postgres.bin}, else the newest {@code /usr/lib/postgresql/N/bin} (Debian and Ubuntu), else
 * the folder of an {@code initdb} on the PATH.
 */
record PostgresBinaries(Path folder) {

    static final String FOLDER_PROPERTY = "customerlens.postgres.bin";

    static Optional<PostgresBinaries> find() {
        String named = System.getProperty(FOLDER_PROPERTY, "");
        if (!named.isBlank()) {
            return Optional.of(Path.of(named)).filter(PostgresBinaries::hasServer).map(PostgresBinaries::new);
        }
        return debianFolder().or(PostgresBinaries::onPath).map(PostgresBinaries::new);
    }

    Path program(String name) {
        return folder.resolve(name);
    }

    private static Optional<Path> debianFolder() {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> folders = Files.list(versions)) {
            return folders.map(version -> version.resolve("bin")).filter(PostgresBinaries::hasServer)
                    .max(Comparator.comparingInt(PostgresBinaries::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int majorVersion(Path bin) {
        String name = bin.getParent().getFileName().toString();
        return name.chars().allMatch(Character::isDigit) ? Integer.parseInt(name) : 0;
    }

    private static Optional<Path> onPath() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).resolve("initdb"))
                .filter(Files::isExecutable)
                .map(PostgresBinaries::realFolder)
                .filter(PostgresBinaries::hasServer)
                .findFirst();
    }

    private static Path realFolder(Path program) {
        try {
            return program.toRealPath().getParent();
        } catch (IOException e) {
            return program.getParent();
        }
    }

    private static boolean hasServer(Path folder) {
        return Files.isExecutable(folder.resolve("initdb")) && Files.isExecutable(folder.resolve("pg_ctl"));
    }
}
