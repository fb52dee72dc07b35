package io.nianbao.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** A greyscale picture (0 black … 255 white) and the few operations the table reader needs. */
final class Gray {
    final int width;
    final int height;
    final int[] v;

    Gray(int width, int height, int[] v) {
        this.width = width;
        this.height = height;
        this.v = v;
    }

    static Gray of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] v = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = image.getRGB(x, y);
                int a = argb >>> 24;
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                int lum = (r * 299 + g * 587 + b * 114) / 1000;
                v[y * w + x] = (lum * a + 255 * (255 - a)) / 255; // transparent pixels are paper
            }
        }
        return new Gray(w, h, v);
    }

    BufferedImage toImage() {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        out.getRaster().setPixels(0, 0, width, height, v);
        return out;
    }

    int at(int x, int y) {
        return v[y * width + x];
    }

    /** Otsu's threshold: below it is ink. */
    int otsu() {
        int[] hist = new int[256];
        for (int p : v) {
            hist[p]++;
        }
        long total = v.length;
        long sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (long) i * hist[i];
        }
        long sumB = 0;
        long wB = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) {
                continue;
            }
            long wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += (long) t * hist[t];
            double mB = (double) sumB / wB;
            double mF = (double) (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = t + 1;
            }
        }
        return threshold;
    }

    boolean[] ink(int threshold) {
        boolean[] ink = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            ink[i] = v[i] < threshold;
        }
        return ink;
    }

    Gray transformed(double degrees, double scale) {
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        AffineTransform t = AffineTransform.getScaleInstance(scale, scale);
        t.rotate(Math.toRadians(degrees), width / 2.0, height / 2.0);
        g.drawImage(toImage(), t, null);
        g.dispose();
        return of(out);
    }

    /**
     * This picture without specks: compact blots of ink (within 3 × 3) of at most {@code maxPixels} pixels that touch no other ink
     * (scanner dust, JPEG noise) are painted white; strokes of characters are larger, even at 96 dpi.
     */
    Gray despeckled(int threshold, int maxPixels) {
        boolean[] ink = ink(threshold);
        boolean[] seen = new boolean[v.length];
        int[] v2 = v.clone();
        int[] stack = new int[v.length];
        int[] blot = new int[maxPixels + 1];
        for (int start = 0; start < v.length; start++) {
            if (!ink[start] || seen[start]) {
                continue;
            }
            int top = 0;
            int size = 0;
            int minX = Integer.MAX_VALUE;
            int maxX = -1;
            int minY = Integer.MAX_VALUE;
            int maxY = -1;
            stack[top++] = start;
            seen[start] = true;
            while (top > 0) {
                int p = stack[--top];
                if (size <= maxPixels) {
                    blot[size] = p;
                }
                size++;
                int x = p % width;
                int y = p / width;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        int yy = y + dy;
                        if (xx >= 0 && xx < width && yy >= 0 && yy < height) {
                            int q = yy * width + xx;
                            if (ink[q] && !seen[q]) {
                                seen[q] = true;
                                stack[top++] = q;
                            }
                        }
                    }
                }
            }
            // compact too: a minus sign or a thin stroke is as small but long
            if (size <= maxPixels && maxX - minX < 3 && maxY - minY < 3) {
                for (int i = 0; i < size; i++) {
                    v2[blot[i]] = 255;
                }
            }
        }
        return new Gray(width, height, v2);
    }

    /**
     * The height of the tallest connected blot of ink inside a rectangle (x0, y0, x1, y1): a printed character
     * stands most of a line high, specks and the odd stray pixel of a rule do not.
     */
    int tallestBlot(int[] r, int threshold) {
        int tallest = 0;
        for (int[] b : blots(r, threshold)) {
            tallest = Math.max(tallest, b[3] - b[1] + 1);
        }
        return tallest;
    }

    /** The connected blots of ink inside a rectangle (x0, y0, x1, y1), as boxes {minX, minY, maxX, maxY} (inclusive). */
    List<int[]> blots(int[] r, int threshold) {
        List<int[]> out = new ArrayList<>();
        int x0 = Math.max(0, r[0]);
        int y0 = Math.max(0, r[1]);
        int x1 = Math.min(width, r[2]);
        int y1 = Math.min(height, r[3]);
        if (x1 <= x0 || y1 <= y0) {
            return out;
        }
        int w = x1 - x0;
        boolean[] seen = new boolean[w * (y1 - y0)];
        int[] stack = new int[seen.length];
        for (int start = 0; start < seen.length; start++) {
            if (seen[start] || v[(y0 + start / w) * width + x0 + start % w] >= threshold) {
                continue;
            }
            int top = 0;
            int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
            stack[top++] = start;
            seen[start] = true;
            while (top > 0) {
                int p = stack[--top];
                int x = p % w;
                int y = p / w;
                box[0] = Math.min(box[0], x0 + x);
                box[1] = Math.min(box[1], y0 + y);
                box[2] = Math.max(box[2], x0 + x);
                box[3] = Math.max(box[3], y0 + y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        int yy = y + dy;
                        if (xx >= 0 && xx < w && yy >= 0 && yy < y1 - y0) {
                            int q = yy * w + xx;
                            if (!seen[q] && v[(y0 + yy) * width + x0 + xx] < threshold) {
                                seen[q] = true;
                                stack[top++] = q;
                            }
                        }
                    }
                }
            }
            out.add(box);
        }
        return out;
    }

    /**
     * The threshold below which a pixel is not paper, for finding the ruling: a one-pixel rule that was rotated
     * (a scan, or our own straightening) and enlarged is smeared over two or three rows of light grey, much of it
     * lighter than Otsu's threshold, which then breaks the rule into pieces. Paper is the median (most of a
     * table picture is paper); anything clearly darker than it counts. Speckles pass too, but they never make a
     * rule-long run.
     */
    int faintThreshold(int otsu) {
        int[] hist = new int[256];
        for (int p : v) {
            hist[p]++;
        }
        int paper = 0;
        for (long seen = 0; paper < 255 && (seen += hist[paper]) * 2 < v.length; paper++) {
            // the median
        }
        return Math.max(otsu, paper - Math.max(16, (paper - otsu) / 2));
    }

    /**
     * The skew of the page in degrees (within ±2°): the angle at which rows of ink line up best, first to a tenth
     * of a degree, then to a fiftieth around it (a tenth off leaves a wide table a few pixels askew once enlarged,
     * enough to lose a rule).
     */
    double skew(boolean[] ink) {
        double coarse = bestAngle(ink, 0, 0.1, 20);
        return bestAngle(ink, coarse, 0.02, 4);
    }

    private double bestAngle(boolean[] ink, double around, double step, int steps) {
        double best = around;
        double bestScore = -1;
        int stride = Math.max(1, (int) Math.sqrt(v.length / 200_000.0));
        for (int a = -steps; a <= steps; a++) {
            double degrees = Math.round((around + a * step) * 100) / 100.0;
            double tan = Math.tan(Math.toRadians(degrees));
            int offset = (int) Math.ceil(Math.abs(tan) * width) + 1;
            long[] hist = new long[height + 2 * offset];
            for (int y = 0; y < height; y += 1) {
                for (int x = 0; x < width; x += stride) {
                    if (ink[y * width + x]) {
                        hist[(int) Math.round(y - x * tan) + offset]++;
                    }
                }
            }
            double score = 0;
            for (long c : hist) {
                score += (double) c * c;
            }
            // a clear gain only: on a tie the angle nearer to the first guess (straight, at first) wins
            if (score > bestScore * 1.0001 || (score > bestScore * 0.9999 && Math.abs(degrees - around) < Math.abs(best - around))) {
                bestScore = Math.max(score, bestScore);
                best = degrees;
            }
        }
        return best;
    }
}
