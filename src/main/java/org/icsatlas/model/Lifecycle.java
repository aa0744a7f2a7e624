package org.icsatlas.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The status of an element or relation with the dates it holds between: {@code from} when it came (or is to come)
 * into being, {@code to} when it ended (or is to end). Dates are ISO calendar dates of any precision,
 * {@code 2022}, {@code 2022-07} or {@code 2022-07-01}, empty when not known. Immutable.
 */
public record Lifecycle(Status status, String from, String to) {
    /** Current, with no dates: what every element and relation is unless a file or an edit says otherwise. */
    public static final Lifecycle CURRENT = new Lifecycle(Status.CURRENT, "", "");

    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    public Lifecycle {
        Objects.requireNonNull(status, "status");
        from = from == null ? "" : from;
        to = to == null ? "" : to;
        requireDate(from, "from");
        requireDate(to, "to");
        if (!from.isEmpty() && !to.isEmpty() && compare(from, to) > 0) {
            throw new IllegalArgumentException("the \"to\" date " + to + " comes before the \"from\" date " + from);
        }
    }

    public static Lifecycle of(Status status) {
        return status == Status.CURRENT ? CURRENT : new Lifecycle(status, "", "");
    }

    /** Whether {@code text} is a date this type accepts: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public static boolean isDate(String text) {
        return text != null && DATE.matcher(text).matches();
    }

    /** Whether this is plain current with no dates (what files leave out). */
    public boolean isDefault() {
        return equals(CURRENT);
    }

    public boolean inForce() {
        return status.inForce();
    }

    public Lifecycle withStatus(Status newStatus) {
        return new Lifecycle(newStatus, from, to);
    }

    /**
     * E.g. "proposed from 2022-07-01", "abolished 2022-07-01", "current": the status with its dates, for
     * tooltips, command descriptions and rule messages.
     */
    public String describe() {
        StringBuilder b = new StringBuilder(status.label());
        if (!from.isEmpty()) {
            b.append(" from ").append(from);
        }
        if (!to.isEmpty()) {
            b.append(" to ").append(to);
        }
        return b.toString();
    }

    private static void requireDate(String d, String field) {
        if (!d.isEmpty() && !isDate(d)) {
            throw new IllegalArgumentException("the \"" + field + "\" date '" + d
                    + "' is not a date like 2022, 2022-07 or 2022-07-01");
        }
    }

    /** Compares two dates on the precision both have, so 2022 and 2022-07 are not in the wrong order. */
    private static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        return a.substring(0, n).compareTo(b.substring(0, n));
    }
}
