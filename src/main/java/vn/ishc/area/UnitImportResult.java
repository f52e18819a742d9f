package vn.ishc.area;

import java.util.List;

/** The outcome of loading a CSV of units: counts if it was saved, otherwise the problems (nothing saved). */
public record UnitImportResult(int units, int changes, List<ImportProblem> problems) {
    public boolean saved() {
        return problems.isEmpty();
    }
}
