package io.customerlens.cli;

import picocli.CommandLine.Option;

/** -h / --help on every command; its text is the shared bundle key cli.usage.shared.help. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean helpRequested;
}
