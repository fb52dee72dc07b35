package io.nianbao.ocr.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Draws a {@link GridTable} as a published table picture: ruled cells, 10.5 pt CJK text (the font the build
 * installs, fonts-noto-cjk), at a given resolution, optionally with speckle noise and a slight rotation as a
 * scan has.
 */
public final class TableImages {
    private static final double POINTS = 10.5;
    private static final String[] FONTS = {"Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei"};

    private TableImages() {}

    public static byte[] png(GridTable table, int dpi, boolean noisy, double rotationDegrees, long seed) {
        BufferedImage image = draw(table, dpi);
        if (noisy) {
            speckle(image, new Random(seed));
        }
        if (rotationDegrees != 0) {
            image = rotate(image, rotationDegrees);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Font font(int px) {
        for (String name : FONTS) {
            Font f = new Font(name, Font.PLAIN, px);
            if (f.getFamily().equals(name) && f.canDisplay('政')) {
                return f;
            }
        }
        throw new IllegalStateException("no CJK font installed: install fonts-noto-cjk (see .ci/run)");
    }

    static BufferedImage draw(GridTable table, int dpi) {
        int px = (int) Math.round(POINTS * dpi / 72.0);
        Font font = font(px);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        FontMetrics fm = probe.createGraphics().getFontMetrics(font);
        int pad = Math.max(3, px / 3);
        int lineHeight = (int) Math.round(px * 1.35);

        double[] chars = table.columnChars();
        int[] colX = new int[chars.length + 1];
        int margin = px * 2;
        colX[0] = margin;
        for (int i = 0; i < chars.length; i++) {
            colX[i + 1] = colX[i] + (int) Math.round(chars[i] * px) + 2 * pad;
        }
        int rows = table.rowCount();
        int[] rowHeight = new int[rows];
        Arrays.fill(rowHeight, lineHeight + 2 * pad);
        for (GridTable.Cell c : table.cells()) {
            if (c.rowSpan() == 1) {
                int lines = wrap(c.text(), fm, colX[c.col() + c.colSpan()] - colX[c.col()] - 2 * pad).size();
                rowHeight[c.row()] = Math.max(rowHeight[c.row()], lines * lineHeight + 2 * pad);
            }
        }
        int[] rowY = new int[rows + 1];
        rowY[0] = margin;
        for (int r = 0; r < rows; r++) {
            rowY[r + 1] = rowY[r] + rowHeight[r];
        }
        BufferedImage image = new BufferedImage(colX[chars.length] + margin, rowY[rows] + margin, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(font);
        g.setStroke(new BasicStroke(Math.max(1, dpi / 96)));
        for (GridTable.Cell c : table.cells()) {
            int x0 = colX[c.col()];
            int x1 = colX[c.col() + c.colSpan()];
            int y0 = rowY[c.row()];
            int y1 = rowY[c.row() + c.rowSpan()];
            g.drawRect(x0, y0, x1 - x0, y1 - y0);
            List<String> lines = wrap(c.text(), fm, x1 - x0 - 2 * pad);
            int top = y0 + (y1 - y0 - lines.size() * lineHeight) / 2;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int w = fm.stringWidth(line);
                int x = c.label() && lines.size() > 1 ? x0 + pad : x0 + (x1 - x0 - w) / 2;
                int baseline = top + i * lineHeight + (lineHeight - fm.getHeight()) / 2 + fm.getAscent();
                g.drawString(line, x, baseline);
            }
        }
        g.dispose();
        return image;
    }

    private static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (line.length() > 0 && fm.stringWidth(line + ch) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(ch);
            i += Character.charCount(cp);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Grey speckles over about 1 % of the pixels, as a scan or a recompressed picture shows. */
    private static void speckle(BufferedImage image, Random random) {
        int n = image.getWidth() * image.getHeight() / 100;
        for (int i = 0; i < n; i++) {
            int x = random.nextInt(image.getWidth());
            int y = random.nextInt(image.getHeight());
            int v = 90 + random.nextInt(140);
            image.getRaster().setSample(x, y, 0, v);
        }
    }

    private static BufferedImage rotate(BufferedImage image, double degrees) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, AffineTransform.getRotateInstance(Math.toRadians(degrees), image.getWidth() / 2.0,
                image.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }
}
