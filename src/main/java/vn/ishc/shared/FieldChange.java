package vn.ishc.shared;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One field of a record as it was before a change and after it, both as text (null when empty). The
 * audit trail stores them as they are: never put a secret (a password or its hash) in one.
 */
public record FieldChange(String field, String before, String after) {

    /** The fields whose values differ between two maps of field → value (in the order of {@code after}). */
    public static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
        List<FieldChange> changes = new ArrayList<>();
        for (var e : after.entrySet()) {
            String b = text(before.get(e.getKey()));
            String a = text(e.getValue());
            if (!Objects.equals(b, a)) changes.add(new FieldChange(e.getKey(), b, a));
        }
        return changes;
    }

    /**
     * The components whose values differ between two instances of one record type (null {@code before}:
     * every non-empty component is new), leaving out the {@code ignored} components (versions, ids).
     */
    public static List<FieldChange> between(Record before, Record after, String... ignored) {
        Set<String> skip = Set.of(ignored);
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent c : after.getClass().getRecordComponents()) {
            if (skip.contains(c.getName())) continue;
            String b = before == null ? null : text(value(c, before));
            String a = text(value(c, after));
            if (!Objects.equals(b, a)) changes.add(new FieldChange(c.getName(), b, a));
        }
        return changes;
    }

    /** A value as the trail shows it: null or blank is null, anything else its {@code toString}. */
    public static String text(Object value) {
        if (value == null) return null;
        String s = value.toString();
        return s.isBlank() ? null : s;
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
