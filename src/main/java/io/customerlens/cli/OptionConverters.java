package io.customerlens.cli;

import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.domain.Field;
import io.customerlens.importer.DateOrder;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns option values into typed values, with the reason for a bad value in the user's language (picocli's
 * own converters explain in English only).
 */
final class OptionConverters {

    private final MessageBundle messages;

    OptionConverters(MessageBundle messages) {
        this.messages = messages;
    }

    /** Registers the converters on a command line and, through it, on every subcommand added so far. */
    void registerOn(CommandLine commandLine) {
        commandLine.registerConverter(LocalDate.class, isoDate());
        commandLine.registerConverter(Charset.class, charset());
        commandLine.registerConverter(DateOrder.class, dateOrder());
        commandLine.registerConverter(FieldMapping.class, fieldMapping());
        commandLine.registerConverter(RfmThresholdChoice.class, spelled(RfmThresholdChoice.values(),
                RfmThresholdChoice::spelling));
        commandLine.registerConverter(RfmWindowChoice.class, spelled(RfmWindowChoice.values(), RfmWindowChoice::spelling));
        commandLine.registerConverter(BcgUnit.class, spelled(BcgUnit.values(), BcgUnit::code));
    }

    ITypeConverter<LocalDate> isoDate() {
        return value -> {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(messages.format("cli.error.notADate", value));
            }
        };
    }

    ITypeConverter<Charset> charset() {
        return value -> {
            try {
                return Charset.forName(value.strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new TypeConversionException(messages.format("cli.error.unknownEncoding", value));
            }
        };
    }

    ITypeConverter<DateOrder> dateOrder() {
        return value -> Arrays.stream(DateOrder.values())
                .filter(order -> order.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new TypeConversionException(messages.format("cli.error.dateOrder", value,
                        Arrays.stream(DateOrder.values()).map(Enum::name).collect(Collectors.joining(", ")))));
    }

    /** One of a fixed set of spellings (mean|median, all|12m), named in the error when the value is none. */
    <T> ITypeConverter<T> spelled(T[] choices, java.util.function.Function<T, String> spelling) {
        return value -> Arrays.stream(choices)
                .filter(choice -> spelling.apply(choice).equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new TypeConversionException(messages.format("cli.error.oneOf", value,
                        Arrays.stream(choices).map(spelling).collect(Collectors.joining(", ")))));
    }

    /** FIELD=HEADER; the header may itself contain "=", so only the first one separates. */
    ITypeConverter<FieldMapping> fieldMapping() {
        return value -> {
            int equals = value.indexOf('=');
            if (equals <= 0 || value.substring(equals + 1).isBlank()) {
                throw new TypeConversionException(messages.format("cli.error.mapSyntax", value));
            }
            String fieldName = value.substring(0, equals).strip();
            Field field = Field.fromCliName(fieldName)
                    .orElseThrow(() -> new TypeConversionException(messages.format("cli.error.unknownField",
                            fieldName, validFieldNames())));
            return new FieldMapping(field, value.substring(equals + 1).strip());
        };
    }

    static String validFieldNames() {
        return Arrays.stream(Field.values()).map(Field::cliName).collect(Collectors.joining(", "));
    }
}
