package vn.ishc.area;

import java.util.List;

/** One thing wrong with an import file: the line, a message key and its arguments. */
public record ImportProblem(int line, String messageKey, List<Object> args) {
    public static ImportProblem of(int line, String messageKey, Object... args) {
        return new ImportProblem(line, messageKey, List.of(args));
    }
}
