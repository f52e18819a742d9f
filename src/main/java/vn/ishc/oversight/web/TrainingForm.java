package vn.ishc.oversight.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ishc.oversight.ParticipantRole;
import vn.ishc.oversight.training.Organiser;
import vn.ishc.oversight.training.TrainingCommands.ParticipantEntry;
import vn.ishc.oversight.training.TrainingCommands.SessionDetails;
import vn.ishc.oversight.training.TrainingSession;

/** The form of a training session: its details and rows of participants (empty rows are left out). */
class TrainingForm {
    static final int BLANK_ROWS = 5;

    Integer version;
    String topic;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate endsOn;

    String place;
    String trainers;
    /** No default: a form sent without it is refused, never taken as the city association. */
    Organiser organiser;

    String organiserName;
    Long unitId;
    String materials;
    List<Row> participants = new ArrayList<>();

    public List<Row> getParticipants() {
        return participants;
    }

    /** A participant's row. */
    static class Row {
        Long personId;
        String fullName;
        Long clubId;
        ParticipantRole role;

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public Long getClubId() {
            return clubId;
        }

        public void setClubId(Long clubId) {
            this.clubId = clubId;
        }

        public ParticipantRole getRole() {
            return role;
        }

        public void setRole(ParticipantRole role) {
            this.role = role;
        }

        boolean blank() {
            return personId == null && (fullName == null || fullName.isBlank());
        }
    }

    static TrainingForm of(TrainingSession s) {
        TrainingForm f = new TrainingForm();
        f.version = s.version();
        f.topic = s.topic();
        f.startsOn = s.startsOn();
        f.endsOn = s.endsOn();
        f.place = s.place();
        f.trainers = s.trainers();
        f.organiser = s.organiser();
        f.organiserName = s.organiserName();
        f.unitId = s.unitId();
        f.materials = s.materials();
        for (TrainingSession.Participant p : s.participants()) {
            Row r = new Row();
            r.personId = p.personId();
            r.fullName = p.fullName();
            r.clubId = p.clubId();
            r.role = p.role();
            f.participants.add(r);
        }
        return f;
    }

    /** Adds blank rows to type more participants into. */
    TrainingForm withBlankRows() {
        participants.removeIf(r -> r == null || r.blank());
        for (int i = 0; i < BLANK_ROWS; i++) participants.add(new Row());
        return this;
    }

    /** The details typed; the rows are kept in place (blank ones included), so a refusal names the right row. */
    SessionDetails details() {
        List<ParticipantEntry> list = new ArrayList<>();
        for (Row r : participants) {
            if (r == null || r.blank()) continue;
            list.add(new ParticipantEntry(r.personId, r.fullName, r.clubId, r.role));
        }
        return new SessionDetails(
                topic, startsOn, endsOn, place, trainers, organiser, organiserName, unitId, materials, list);
    }

    /** Adds blank rows after the last row typed in, so that there are {@link #BLANK_ROWS} to type more into. */
    void topUpBlankRows() {
        int blankAtEnd = 0;
        for (int i = participants.size() - 1; i >= 0; i--) {
            Row r = participants.get(i);
            if (r != null && !r.blank()) break;
            blankAtEnd++;
        }
        for (int i = blankAtEnd; i < BLANK_ROWS; i++) participants.add(new Row());
    }

    /** Drops blank rows first, so the command's row numbers are the form's. */
    void compact() {
        participants.removeIf(r -> r == null || r.blank());
    }
}
