package io.nianbao.bench.ocr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the OCR part of the benchmark measured: per resolution, the seconds per table picture (elapsed, and CPU of
 * the tesseract processes) and how many table figures came out right. {@code state} says why there are no
 * variants when there are none ("tesseract not installed", "skipped").
 */
public record OcrFigures(String state, List<Variant> variants) {
    public static final String MEASURED = "measured";
    public static final String NOT_INSTALLED = "tesseract not installed";

    /**
     * One resolution.
     *
     * @param cpuMillis     tesseract CPU time of all pictures, or -1 where it cannot be measured (no /proc)
     * @param javaCpuMillis CPU time of the reading thread itself (preparing the picture, the grid, the cells)
     * @param wrong     the first figures that were read wrong ("path expected X got Y")
     */
    public record Variant(int dpi, List<String> seeds, int pictures, int tablesRead, long wallMillis, long maxWallMillis,
                          long cpuMillis, long javaCpuMillis, int cells, int right, List<String> wrong) {

        public double wallSecondsPerPicture() {
            return pictures == 0 ? Double.NaN : wallMillis / 1000.0 / pictures;
        }

        public double cpuSecondsPerPicture() {
            return pictures == 0 || cpuMillis < 0 ? Double.NaN : cpuMillis / 1000.0 / pictures;
        }

        public double javaCpuSecondsPerPicture() {
            return pictures == 0 ? Double.NaN : javaCpuMillis / 1000.0 / pictures;
        }

        public double accuracy() {
            return cells == 0 ? Double.NaN : (double) right / cells;
        }
    }

    public static OcrFigures notMeasured(String why) {
        return new OcrFigures(why, List.of());
    }

    public String render() {
        if (variants.isEmpty()) {
            return "OCR: " + state + "\n";
        }
        StringBuilder out = new StringBuilder("OCR of table pictures (the seeds' tables drawn like the official template, "
                + "read by the parser with tesseract, one process at a time):\n");
        for (Variant v : variants) {
            out.append(String.format("  %3d dpi, seeds %s: %d pictures (%d read as tables); per picture %.1f s elapsed (max %.1f s), "
                            + "CPU %s tesseract + %.1f s Java; cells right %d/%d = %.2f %%%n", v.dpi(), String.join(",", v.seeds()),
                    v.pictures(), v.tablesRead(), v.wallSecondsPerPicture(), v.maxWallMillis() / 1000.0,
                    v.cpuMillis() < 0 ? "n/a" : String.format("%.1f s", v.cpuSecondsPerPicture()), v.javaCpuSecondsPerPicture(),
                    v.right(), v.cells(),
                    100 * v.accuracy()));
            if (!v.wrong().isEmpty()) {
                out.append("        wrong: ").append(String.join("; ", v.wrong())).append('\n');
            }
        }
        return out.toString();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("state", state);
        root.put("variants", variants.stream().map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("dpi", v.dpi());
            m.put("seeds", v.seeds());
            m.put("pictures", v.pictures());
            m.put("tablesRead", v.tablesRead());
            m.put("wallSecondsPerPicture", round(v.wallSecondsPerPicture()));
            m.put("maxWallSecondsPerPicture", round(v.maxWallMillis() / 1000.0));
            m.put("tesseractCpuSecondsPerPicture", round(v.cpuSecondsPerPicture()));
            m.put("javaCpuSecondsPerPicture", round(v.javaCpuSecondsPerPicture()));
            m.put("cells", v.cells());
            m.put("cellsRight", v.right());
            m.put("accuracy", round(v.accuracy()));
            m.put("wrong", v.wrong());
            return m;
        }).toList());
        return root;
    }

    /** 4 decimals; NaN (nothing measured) as null */
    private static Double round(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : Math.round(value * 1e4) / 1e4;
    }
}
