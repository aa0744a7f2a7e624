package org.icsatlas.io;

import java.util.Set;
import java.util.TreeSet;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.Status;

/**
 * Reads the status fields of the native file: an element's or relation's optional {@code status}, {@code fromDate}
 * and {@code toDate}, and a view's {@code hiddenStatuses}. Absent fields mean current, undated, everything shown.
 */
final class LifecycleFields {
    private LifecycleFields() {
    }

    /** The optional {@code status}, {@code fromDate} and {@code toDate} of an element or relation. */
    static Lifecycle read(JsonRecord r) throws ImportException {
        Status status = r.has("status") ? r.requiredEnum("status", Status.class, "status") : Status.CURRENT;
        String from = date(r, "fromDate");
        String to = date(r, "toDate");
        if (!from.isEmpty() && !to.isEmpty()) {
            try {
                return new Lifecycle(status, from, to);
            } catch (IllegalArgumentException e) {
                throw r.error(r.valueAt("toDate"), "\"toDate\" " + to + " comes before \"fromDate\" " + from);
            }
        }
        // One shared value for the usual case: a large file has a status-less record per element and relation.
        return from.isEmpty() && to.isEmpty() ? Lifecycle.of(status) : new Lifecycle(status, from, to);
    }

    private static String date(JsonRecord r, String field) throws ImportException {
        String d = r.optionalText(field);
        if (!d.isEmpty() && !Lifecycle.isDate(d)) {
            throw r.error(r.valueAt(field), "\"" + field + "\" must be a date like 2022, 2022-07 or 2022-07-01, but is "
                    + Vocabulary.quote(d));
        }
        return d;
    }

    /** The statuses a view leaves out; current ones are always shown. */
    static Set<Status> hiddenStatuses(JsonRecord r) throws ImportException {
        Set<Status> out = new TreeSet<>();
        for (JsonValue k : r.optionalArray("hiddenStatuses")) {
            Status s = r.constant(k, "each item of \"hiddenStatuses\"", Status.class, "status");
            if (s == Status.CURRENT) {
                throw r.error(k.at(), "a view always shows CURRENT elements and relations; \"hiddenStatuses\" may list"
                        + " PROPOSED, SHADOW and ABOLISHED");
            }
            out.add(s);
        }
        return out;
    }
}
