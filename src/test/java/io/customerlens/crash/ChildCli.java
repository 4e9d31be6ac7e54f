package io.customerlens.crash;

import io.customerlens.app.Main;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The real command line in a child JVM (this test run's classpath and JDK), so that it can be killed with
 * SIGKILL like a laptop losing power. Its stderr lines, the import's phase markers among them, are queued.
 */
final class ChildCli implements AutoCloseable {

    private static final String EOF_MARK = "\u0000eof";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder output = new StringBuilder();

    private ChildCli(Process process) {
        this.process = process;
        Thread.ofVirtual().start(() -> pump(process));
    }

    /** Starts {@code customerlens ARGS} with its settings and home inside {@code home}. */
    static ChildCli start(Path home, List<String> extraJvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Duser.language=en");
        command.add("-Djava.util.prefs.userRoot=" + home.resolve("prefs"));
        command.add("-Dcustomerlens.home=" + home.resolve("home"));
        command.addAll(extraJvmOptions);
        command.add(Main.class.getName());
        // The import's phase markers (ImportRun logs them at debug level), on stderr.
        command.add("--debug");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new ChildCli(process);
    }

    private void pump(Process child) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                lines.add(line);
            }
        } catch (IOException killed) {
            // the stream ends when the child is killed: nothing more to read
        } finally {
            lines.add(EOF_MARK);
        }
    }

    /** Waits until a line ending in {@code marker} appears; false if the process ended first or time ran out. */
    boolean awaitLine(String marker, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            long left = deadline - System.nanoTime();
            String line = lines.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(EOF_MARK)) {
                return false;
            }
            if (line.endsWith(marker)) {
                return true;
            }
        }
    }

    /** SIGKILL: no shutdown hook, no finally block, no close of the store runs. */
    /** Asks the process to end (SIGTERM, as a system shutting down does) and waits until it has. */
    void terminate() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    int waitFor(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not end within " + timeoutSeconds + " s:\n" + output());
        }
        return process.exitValue();
    }

    String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
