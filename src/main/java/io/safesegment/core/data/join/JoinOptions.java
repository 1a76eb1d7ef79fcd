package io.safesegment.core.data.join;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.List;

/**
 * How to join two tables.
 *
 * @param leftKeys  key columns of the left table
 * @param rightKeys key columns of the right table, pairwise with {@code leftKeys}
 * @param type      inner or left join
 * @param suffix    appended to right column names that clash with left ones (default {@code _right})
 */
public record JoinOptions(List<String> leftKeys, List<String> rightKeys, JoinType type, String suffix) {
    /** Validates the options. */
    public JoinOptions {
        leftKeys = List.copyOf(leftKeys);
        rightKeys = List.copyOf(rightKeys);
        if (leftKeys.isEmpty() || leftKeys.size() != rightKeys.size()) {
            throw new LocalizedArgumentException(Message.of("join.joinOptions.giveTheSameNon"));
        }
        if (type == null) {
            throw new LocalizedArgumentException(Message.of("join.joinOptions.chooseAJoinType"));
        }
        if (suffix == null || suffix.isEmpty()) {
            suffix = "_right";
        }
    }

    /** Joins on columns with the same names in both tables. */
    public static JoinOptions on(JoinType type, String... keys) {
        return new JoinOptions(List.of(keys), List.of(keys), type, "_right");
    }
}
