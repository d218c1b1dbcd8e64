package org.myofuse.api.device;

/**
 * Geometry of a matrix sensor (pressure mat): channel {@code r * columns + c} is the cell in row
 * {@code r}, column {@code c}. Row 0 is the anterior (head or toes) edge, column 0 the patient's left.
 *
 * @param rows        number of rows
 * @param columns     number of columns
 * @param rowPitchMm    distance between cell centres along a column, in millimetres
 * @param columnPitchMm distance between cell centres along a row, in millimetres
 */
public record GridLayout(int rows, int columns, double rowPitchMm, double columnPitchMm) {

    public GridLayout {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("grid must have at least one row and column, was " + rows + "x" + columns);
        }
        if (!(rowPitchMm > 0) || !(columnPitchMm > 0)) {
            throw new IllegalArgumentException("cell pitch must be positive");
        }
    }

    /** Number of cells. */
    public int cells() {
        return rows * columns;
    }
}
