package vn.ishc.meeting;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A line of a sheet refused: nothing of the sheet was recorded. The field names the line as forms name list
 * items ({@code lines[3].fee}); the message names the member ("Dòng 4 – Nguyễn Thị Lan: …") and gives the
 * reason the line alone was refused for. {@link #personId()} lets a screen put the message on that line.
 */
public class SheetLineRefused extends MeetingRefused {
    private final int line;
    private final long personId;

    public SheetLineRefused(int line, long personId, String name, String field, String reasonKey, Object... args) {
        super(
                "lines[" + line + "]" + (field == null ? "" : "." + field),
                "meeting.error.line",
                line + 1,
                name == null ? "#" + personId : name,
                new DefaultMessageSourceResolvable(new String[] {reasonKey}, args, reasonKey));
        this.line = line;
        this.personId = personId;
    }

    /** The refused line's index on the sheet, from 0. */
    public int line() {
        return line;
    }

    public long personId() {
        return personId;
    }

    /** The line and the member, for a client to put the message on that line. */
    @Override
    public java.util.Map<String, Object> details() {
        return java.util.Map.of("line", line, "personId", personId);
    }
}
