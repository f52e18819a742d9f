package vn.ishc.shared;

import java.util.List;

/**
 * What a module asks the current user to look at on the home page: reports to approve, overdue follow-ups,
 * months not yet reported. Each module that has something to remind implements it (as a Spring bean); the
 * home page shows every reminder of every implementation, in the order of {@link #order()}, so the web
 * module needs no module and no module needs the web. An implementation decides for whom a reminder is
 * (through {@link CurrentUser}) and returns nothing for the others; it must be cheap (one or two queries).
 */
public interface HomeReminders {

    /**
     * One line on the home page: a message key with its arguments (Vietnamese and English bundles), how
     * many records it is about, and where they are.
     *
     * @param urgent shown as a warning rather than as information
     */
    record Reminder(String messageKey, List<Object> args, long count, String link, boolean urgent) {
        public Reminder {
            args = List.copyOf(args);
        }

        public Object[] argsArray() {
            return args.toArray();
        }
    }

    /** The reminders for this user now; empty when there is nothing (or nothing for them). */
    List<Reminder> remindersFor(CurrentUser user);

    /** Lower comes first. */
    default int order() {
        return 100;
    }
}
