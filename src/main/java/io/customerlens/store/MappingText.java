package io.customerlens.store;

import io.customerlens.domain.Field;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stored form of a column mapping: one {@code field=header} line per mapped field, readable in any SQL
 * console. Backslashes, line breaks and carriage returns in headers (Excel allows Alt+Enter) are escaped.
 */
final class MappingText {

    private MappingText() {
    }

    static String encode(Map<Field, String> mapping) {
        StringBuilder text = new StringBuilder();
        for (Field field : Field.values()) {
            String header = mapping.get(field);
            if (header != null) {
                text.append(field.cliName()).append('=').append(escape(header)).append('\n');
            }
        }
        return text.toString();
    }

    /** Lines naming a field this version does not know are left out, so an old store never breaks a new app. */
    static Map<Field, String> decode(String text) {
        Map<Field, String> mapping = new EnumMap<>(Field.class);
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            Optional<Field> field = Field.fromCliName(line.substring(0, equals));
            field.ifPresent(f -> mapping.put(f, unescape(line.substring(equals + 1))));
        }
        return mapping;
    }

    private static String escape(String header) {
        return header.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String stored) {
        StringBuilder header = new StringBuilder(stored.length());
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c == '\\' && i + 1 < stored.length()) {
                char next = stored.charAt(++i);
                header.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                header.append(c);
            }
        }
        return header.toString();
    }
}
