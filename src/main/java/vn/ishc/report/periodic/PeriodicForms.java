package vn.ishc.report.periodic;

import java.util.EnumMap;
import java.util.Map;

/** The forms of the periodic report pages. */
final class PeriodicForms {
    private PeriodicForms() {}

    /** A new report: kind, year and quarter, unit, era, number. */
    static final class NewReport {
        public PeriodKind kind = PeriodKind.YEAR;
        public Integer year;
        public Integer number;
        public Long unitId;
        public String era = "CURRENT";
        public String documentNo;

        public PeriodKind getKind() {
            return kind;
        }

        public void setKind(PeriodKind kind) {
            this.kind = kind;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public Integer getNumber() {
            return number;
        }

        public void setNumber(Integer number) {
            this.number = number;
        }

        public Long getUnitId() {
            return unitId;
        }

        public void setUnitId(Long unitId) {
            this.unitId = unitId;
        }

        public String getEra() {
            return era;
        }

        public void setEra(String era) {
            this.era = era;
        }

        public String getDocumentNo() {
            return documentNo;
        }

        public void setDocumentNo(String documentNo) {
            this.documentNo = documentNo;
        }
    }

    /** The narrative as written, on a version of the report. */
    static final class Narrative {
        public Integer version;
        public String documentNo;
        public Map<String, String> sections = new java.util.LinkedHashMap<>();

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }

        public String getDocumentNo() {
            return documentNo;
        }

        public void setDocumentNo(String documentNo) {
            this.documentNo = documentNo;
        }

        public Map<String, String> getSections() {
            return sections;
        }

        public void setSections(Map<String, String> sections) {
            this.sections = sections;
        }

        /** The sections the form names (unknown names are ignored: they are no section). */
        Map<NarrativeSection, String> texts() {
            Map<NarrativeSection, String> m = new EnumMap<>(NarrativeSection.class);
            for (NarrativeSection s : NarrativeSection.values()) {
                if (sections.containsKey(s.name())) m.put(s, sections.get(s.name()));
            }
            return m;
        }
    }
}
