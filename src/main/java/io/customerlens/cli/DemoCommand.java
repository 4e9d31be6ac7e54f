package io.customerlens.cli;

import io.customerlens.i18n.MessageBundle;
import io.customerlens.demo.DemoSummary;
import io.customerlens.demo.DemoWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code customerlens demo --lines N --out FILE.xlsx}: writes a realistic distributor workbook. */
@Command(name = "demo", sortOptions = false, usageHelpAutoWidth = true)
final class DemoCommand implements Callable<Integer> {

    static final long DEFAULT_SEED = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--lines", paramLabel = "N", required = true, descriptionKey = "lines")
    int lines;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, descriptionKey = "out")
    Path outFile;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "seed")
    long seed = DEFAULT_SEED;

    private final CommandEnvironment environment;

    DemoCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        requireLineCount(spec, environment.messages(), lines);
        DemoSummary summary = DemoWriting.write(environment, lines, seed, outFile);
        environment.out().println(environment.messages().format("cli.demo.wrote", summary.lines(), summary.customers(),
                summary.firstDate().toString(), summary.lastDate().toString(), summary.totalAmount(),
                outFile.toString()));
        return ExitCodes.OK;
    }

    static void requireLineCount(CommandSpec spec, MessageBundle messages, int lines) {
        OptionChecks.requirePositive(spec, messages, "--lines", lines);
        if (lines > DemoWorkbook.MAX_LINES) {
            throw new ParameterException(spec.commandLine(),
                    messages.format("cli.error.tooManyLines", DemoWorkbook.MAX_LINES, lines));
        }
    }
}
