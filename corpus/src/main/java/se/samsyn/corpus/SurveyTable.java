package se.samsyn.corpus;

import java.util.List;
import java.util.Objects;

/**
 * A survey export: a title, column names and rows of cell text (a cell may hold newlines).
 *
 * @param title   sheet/file title stored in metadata
 * @param columns header row
 * @param rows    answer rows, each exactly as wide as the header
 */
public record SurveyTable(String title, List<String> columns, List<List<String>> rows) {

    public SurveyTable {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).size()
                        + " cells, the header " + columns.size());
            }
        }
    }

    /** The index of a column by name. */
    public int column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + columns);
        }
        return i;
    }
}
