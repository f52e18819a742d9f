package vn.ishc.oversight.visit;

import java.util.Locale;

/** An item of a monitoring checklist: its code, place, labels and the most it scores (1..10). */
public record ChecklistItem(String code, int position, String labelVi, String labelEn, int maxScore) {
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelVi;
    }

    static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    /**
     * A plan's checklist as typed, checked: at least one item; each with a code (letters, digits and "_",
     * upper-cased, at most 40, once), both labels (at most 300) and a most score from 1 to 10; the place
     * given or the item's order (×10). Empty rows (no code, no labels) are skipped.
     */
    public static java.util.List<ChecklistItem> checked(java.util.List<VisitCommands.ItemEntry> entries) {
        java.util.List<ChecklistItem> out = new java.util.ArrayList<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            VisitCommands.ItemEntry e = entries.get(i);
            String f = "items[" + i + "]";
            if (e == null || (blank(e.code()) && blank(e.labelVi()) && blank(e.labelEn()))) continue;
            if (blank(e.code())) throw new vn.ishc.oversight.OversightRefused(f + ".code", "validation.required");
            String code = e.code().strip().toUpperCase(java.util.Locale.ROOT);
            if (!CODE.matcher(code).matches())
                throw new vn.ishc.oversight.OversightRefused(f + ".code", "oversight.checklist.error.code");
            if (!codes.add(code))
                throw new vn.ishc.oversight.OversightRefused(f + ".code", "oversight.checklist.error.twice");
            String vi = MonitoringVisit.text(e.labelVi(), 300, f + ".labelVi");
            if (vi == null) throw new vn.ishc.oversight.OversightRefused(f + ".labelVi", "validation.required");
            String en = MonitoringVisit.text(e.labelEn(), 300, f + ".labelEn");
            if (en == null) throw new vn.ishc.oversight.OversightRefused(f + ".labelEn", "validation.required");
            if (e.maxScore() == null || e.maxScore() < 1 || e.maxScore() > 10)
                throw new vn.ishc.oversight.OversightRefused(f + ".maxScore", "oversight.checklist.error.max");
            int position = e.position() == null ? (out.size() + 1) * 10 : e.position();
            out.add(new ChecklistItem(code, position, vi, en, e.maxScore()));
        }
        if (out.isEmpty()) throw new vn.ishc.oversight.OversightRefused("items", "oversight.checklist.error.empty");
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
