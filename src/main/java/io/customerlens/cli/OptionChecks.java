package io.customerlens.cli;

import io.customerlens.i18n.MessageBundle;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of option values that picocli's types cannot express, with the same usage error everywhere. */
final class OptionChecks {

    private OptionChecks() {
    }

    /** A usage error (exit code 2, with the command's usage) when {@code value} is below 1. */
    static void requirePositive(CommandSpec spec, MessageBundle messages, String option, int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(),
                    messages.format("cli.error.notPositive", option, String.valueOf(value)));
        }
    }

    /** A usage error (exit code 2, with the command's usage) when {@code value} is below 0. */
    static void requireNotNegative(CommandSpec spec, MessageBundle messages, String option, int value) {
        if (value < 0) {
            throw new ParameterException(spec.commandLine(),
                    messages.format("cli.error.negative", option, String.valueOf(value)));
        }
    }
}
