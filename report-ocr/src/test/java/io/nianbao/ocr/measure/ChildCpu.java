package io.nianbao.ocr.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of the child processes this JVM has waited for (tesseract), from /proc/self/stat (cutime + cstime):
 * unlike elapsed time, it does not grow when the machine is busy with other builds.
 */
public final class ChildCpu {
    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private ChildCpu() {}

    /** false where there is no /proc (the figure is then not measured) */
    public static boolean measurable() {
        return Files.isReadable(Path.of("/proc/self/stat"));
    }

    public static long millis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command name: state is field 3, so cutime (16) and cstime (17) sit at 13 and 14 here
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
