package io.nianbao.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The words that fell into one cell, put back into reading order (line by line, left to right). */
final class CellText {
    final List<OcrWord> words = new ArrayList<>();
    /** whether the cell holds print (a blot of ink as tall as a character), whatever was read in it */
    boolean printed;

    void add(OcrWord w) {
        words.add(w);
    }

    String text() {
        List<OcrWord> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(OcrWord::top));
        List<List<OcrWord>> lines = new ArrayList<>();
        for (OcrWord w : sorted) {
            List<OcrWord> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).centerY() - w.centerY()) < Math.max(last.get(0).height(), w.height()) / 2) {
                last.add(w);
            } else {
                List<OcrWord> line = new ArrayList<>();
                line.add(w);
                lines.add(line);
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<OcrWord> line : lines) {
            line.sort(Comparator.comparingInt(OcrWord::left));
            for (OcrWord w : line) {
                text.append(w.text());
            }
        }
        return text.toString();
    }

    /** The least sure word's confidence (0–1); an empty cell is sure. */
    double confidence() {
        double min = 100;
        for (OcrWord w : words) {
            min = Math.min(min, Math.max(0, w.confidence()));
        }
        return min / 100.0;
    }
}
