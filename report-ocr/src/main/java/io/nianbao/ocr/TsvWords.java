package io.nianbao.ocr;

import java.util.ArrayList;
import java.util.List;

/** Reads tesseract's TSV output: the rows of level 5 (words) with text. */
final class TsvWords {
    private TsvWords() {}

    static List<OcrWord> parse(String tsv) {
        List<OcrWord> words = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5")) {
                continue;
            }
            String text = f[11].strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                words.add(new OcrWord(text, Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                        Integer.parseInt(f[9]), Double.parseDouble(f[10])));
            } catch (NumberFormatException e) {
                // a malformed row is skipped, not a reason to lose the others
            }
        }
        return words;
    }
}
