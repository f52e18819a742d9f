package vn.ishc.oversight.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ishc.oversight.visit.ChecklistItem;
import vn.ishc.oversight.visit.VisitCommands.FollowUpEntry;
import vn.ishc.oversight.visit.VisitCommands.RecordVisit;
import vn.ishc.oversight.visit.VisitCommands.ScoreEntry;

/** The form of a new visit: the checklist as rows of scores, and rows of follow-up actions (empty ones left out). */
class VisitForm {
    static final int BLANK_FOLLOW_UPS = 3;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate visitedOn;

    String visitors;
    String findings;
    List<ScoreRow> scores = new ArrayList<>();
    List<FollowUpRow> followUps = new ArrayList<>();

    static class ScoreRow {
        String code;
        Integer score;
        String note;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    static class FollowUpRow {
        String action;
        String responsible;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate dueOn;

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        public String getResponsible() {
            return responsible;
        }

        public void setResponsible(String responsible) {
            this.responsible = responsible;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }

        boolean blank() {
            return (action == null || action.isBlank())
                    && (responsible == null || responsible.isBlank())
                    && dueOn == null;
        }
    }

    /** A row per checklist item (keeping scores already typed for the same codes). */
    VisitForm forChecklist(List<ChecklistItem> items) {
        List<ScoreRow> rows = new ArrayList<>();
        for (ChecklistItem i : items) {
            ScoreRow r = scores.stream()
                    .filter(s -> s != null && i.code().equals(s.code))
                    .findFirst()
                    .orElseGet(ScoreRow::new);
            r.code = i.code();
            rows.add(r);
        }
        scores = rows;
        return this;
    }

    VisitForm withBlankFollowUps() {
        followUps.removeIf(f -> f == null || f.blank());
        for (int i = 0; i < BLANK_FOLLOW_UPS; i++) followUps.add(new FollowUpRow());
        return this;
    }

    void compact() {
        followUps.removeIf(f -> f == null || f.blank());
        scores.removeIf(s -> s == null);
    }

    RecordVisit command(long clubId) {
        List<ScoreEntry> s = new ArrayList<>();
        for (ScoreRow r : scores) s.add(new ScoreEntry(r.code, r.score, r.note));
        List<FollowUpEntry> f = new ArrayList<>();
        for (FollowUpRow r : followUps) f.add(new FollowUpEntry(r.action, r.responsible, r.dueOn));
        return new RecordVisit(clubId, visitedOn, visitors, s, findings, f);
    }
}
