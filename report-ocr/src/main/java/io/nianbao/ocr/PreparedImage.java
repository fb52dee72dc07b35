package io.nianbao.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * A table picture made ready for tesseract: straightened (scans lean by a degree or so), enlarged so that
 * characters are about {@value #TARGET_CHAR_PX} pixels high (tesseract reads small print badly), its ruling found,
 * and a copy with the rules whitened (rules next to figures are read as 1 or |).
 */
final class PreparedImage {
    static final int TARGET_CHAR_PX = 34;
    private static final int MAX_PIXELS = 25_000_000;

    final Gray gray;
    final RuledGrid grid;
    final Gray clean;
    final double scale;

    private PreparedImage(Gray gray, RuledGrid grid, Gray clean, double scale) {
        this.gray = gray;
        this.grid = grid;
        this.clean = clean;
        this.scale = scale;
    }

    /** The prepared picture, or null when the bytes are not a picture ImageIO can decode. */
    static PreparedImage of(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null || image.getWidth() < 20 || image.getHeight() < 10
                || (long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
            return null;
        }
        Gray read = Gray.of(image);
        int threshold = read.otsu();
        RuledGrid raw = RuledGrid.find(read.ink(read.faintThreshold(threshold)), read.width, read.height);
        double rawCharPx = raw == null ? 12 : medianBandHeight(raw) / 2.0;
        // specks: blots well under a stroke's size at this print size (a decimal point is about 4 pixels at 96 dpi, 9 at 150)
        Gray original = read.despeckled(threshold, Math.max(2, (int) (rawCharPx * rawCharPx / 80)));
        double skew = original.skew(original.ink(threshold));
        Gray straight = skew == 0 ? original : original.transformed(-skew, 1.0);
        RuledGrid first = RuledGrid.find(straight.ink(straight.faintThreshold(threshold)), straight.width, straight.height);
        double charPx = first == null ? 16 : medianBandHeight(first) / 2.0;
        double scale = Math.max(1.0, Math.min(4.0, TARGET_CHAR_PX / charPx));
        if ((long) (straight.width * scale) * (long) (straight.height * scale) > MAX_PIXELS) {
            scale = Math.max(1.0, Math.sqrt((double) MAX_PIXELS / ((long) straight.width * straight.height)));
        }
        Gray gray = scale == 1.0 ? straight : original.transformed(-skew, scale);
        boolean[] ink = gray.ink(gray.faintThreshold(gray.otsu()));
        RuledGrid grid = RuledGrid.find(ink, gray.width, gray.height);
        return new PreparedImage(gray, grid, grid == null ? gray : whiten(gray, grid.rule), scale);
    }

    private static double medianBandHeight(RuledGrid grid) {
        List<Integer> heights = new ArrayList<>();
        for (RuledGrid.Band b : grid.bands) {
            heights.add(b.y().size());
        }
        heights.sort(null);
        return heights.get(heights.size() / 2);
    }

    /** The picture with the rules (and a pixel around them, their anti-aliased edge) painted white. */
    private static Gray whiten(Gray gray, boolean[] rule) {
        int[] v = gray.v.clone();
        int w = gray.width;
        for (int y = 0; y < gray.height; y++) {
            for (int x = 0; x < w; x++) {
                if (rule[y * w + x]) {
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int yy = y + dy;
                            int xx = x + dx;
                            if (yy >= 0 && yy < gray.height && xx >= 0 && xx < w) {
                                v[yy * w + xx] = 255;
                            }
                        }
                    }
                }
            }
        }
        return new Gray(w, gray.height, v);
    }
}
