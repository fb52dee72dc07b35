package io.nianbao.ocr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a figure cell read as: an optional sign word (增/减) or minus, digits, an optional decimal part. */
final class Figure {
    private static final Pattern FIGURE = Pattern.compile("^(增|减|[-－—+])?(\\d{1,12}(?:\\.\\d{1,6})?)$");

    private Figure() {}

    /**
     * The text made canonical ("1，344" → "1344"; "00" → "0" and "-0" → "0": no table prints a count so, a speck
     * beside a 0 is read as another 0 or a minus), or null when it is no figure.
     */
    static String parse(String text) {
        if (text == null) {
            return null;
        }
        // a stop with no digits after it is a speck beside the figure, not a decimal point ("0." for 0)
        String t = text.replace(",", "").replace("，", "").replace(" ", "").replace("。", ".").replaceFirst("(?<=\\d)[.:：]+$", "");
        Matcher m = FIGURE.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(2).replaceFirst("^0+(?=\\d)", "");
        boolean zero = digits.matches("0(\\.0*)?");
        return (m.group(1) == null || zero ? "" : m.group(1)) + digits;
    }

    /** tesseract's usual slips between digits and the letters or CJK that look like them */
    static String digitsLookalike(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(switch (cp) {
            case 'o', 'O', 'D', 'Q', '〇', '○', '口' -> "0";
            case 'l', 'I', '|', '!', 'i', ']', '[' -> "1";
            case 'S', 's' -> "5";
            case 'B' -> "8";
            case 'Z', 'z' -> "2";
            case 'g', 'q' -> "9";
            default -> new String(Character.toChars(cp));
        }));
        return out.toString();
    }

    /** The value for arithmetic (signs included), or null. */
    static Double value(String figure) {
        if (figure == null || figure.isEmpty()) {
            return null;
        }
        double sign = figure.startsWith("减") || figure.startsWith("-") || figure.startsWith("－") || figure.startsWith("—") ? -1 : 1;
        String digits = figure.replaceFirst("^(增|减|[-－—+])", "");
        return sign * Double.parseDouble(digits);
    }
}
