package io.nianbao.parser.image;

import java.util.List;

/**
 * A table read from a picture, as grid rows of cells (a merged cell's text at one of the positions it
 * covers, empty strings at the others: the same layout the readers give an HTML table).
 */
public record ImageTable(List<List<ImageCell>> rows) {

    /**
     * One cell as read.
     *
     * @param text       the text read (may be empty)
     * @param confidence how sure the OCR was, 0–1
     * @param confirmed  true when the figure was checked: its row adds up, or a second reading gave the same figure
     */
    public record ImageCell(String text, double confidence, boolean confirmed) {
        /** the same cell with other text */
        public ImageCell text(String other) {
            return new ImageCell(other, confidence, confirmed);
        }
    }
}
