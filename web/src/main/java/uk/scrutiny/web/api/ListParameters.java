package uk.scrutiny.web.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The query parameters every paged list shares (page, size, yes/no filters, enum values), parsed by hand like
 * {@link Parameters} so a bad value is a 400 naming the parameter.
 */
final class ListParameters {

    static final int MAX_PAGE_SIZE = 100;

    private ListParameters() {
    }

    static int page(String value) {
        return number("page", value, 0, 0, Integer.MAX_VALUE);
    }

    static int size(String value) {
        return number("size", value, 20, 1, MAX_PAGE_SIZE);
    }

    static int number(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadParameter(name, name + " must be a whole number from " + min
                    + (max == Integer.MAX_VALUE ? " up." : " to " + max + "."));
        }
    }

    /** true or false; absent means "either". */
    static Boolean yesOrNo(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new BadParameter(name, name + " must be true or false.");
        };
    }

    /** One of the enum's values, written in lower case as the API shows them (e.g. request_issued). */
    static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new BadParameter(name, name + " must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")) + "."));
    }

    /** A user name as accounts have them; anything else can match nobody and is a mistake. */
    static String username(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String username = value.strip();
        if (!username.matches("[a-z0-9][a-z0-9._-]{1,99}")) {
            throw new BadParameter(name, name + " must be a user name, for example officer.");
        }
        return username;
    }
}
