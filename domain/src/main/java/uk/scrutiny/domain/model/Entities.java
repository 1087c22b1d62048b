package uk.scrutiny.domain.model;

import java.util.function.Function;

/**
 * Whether two references name the same entity. Entities here compare by identity, so a committee loaded twice is
 * two objects; rules such as "the meeting must be the item's own committee's" compare ids once both are stored,
 * and references before that (when an aggregate and its committee are built together, or in unit tests).
 */
public final class Entities {

    private Entities() {
    }

    public static <T> boolean same(T one, T other, Function<T, Long> id) {
        if (one == other) {
            return true;
        }
        if (one == null || other == null) {
            return false;
        }
        Long oneId = id.apply(one);
        return oneId != null && oneId.equals(id.apply(other));
    }
}
