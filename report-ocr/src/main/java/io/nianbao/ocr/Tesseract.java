package io.nianbao.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/**
 * The {@code tesseract} command (Debian {@code tesseract-ocr} + {@code tesseract-ocr-chi-sim}), run as a child
 * process with a time limit. Each call is one single-threaded process ({@code OMP_THREAD_LIMIT=1}); a semaphore
 * bounds how many run at once, because OCR is CPU-heavy and must not starve the rest of the service.
 */
public final class Tesseract {

    /** a mode of tesseract's page segmentation: 6 = one uniform block of text, 4 = a column of lines, 7 = one line */
    public record Settings(String languages, int psm, String whitelist) {}

    private final String command;
    private final Duration timeout;
    private final Semaphore slots;

    public Tesseract(String command, Duration timeout, int maxConcurrent) {
        this.command = command;
        this.timeout = timeout;
        this.slots = new Semaphore(Math.max(1, maxConcurrent), true);
    }

    /** Whether the command runs and knows Simplified Chinese; never throws. */
    public boolean available() {
        try {
            return run(List.of(command, "--list-langs"), true).lines().anyMatch(l -> l.trim().equals("chi_sim"));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The words of an image with their boxes (TSV output, level 5). */
    public List<OcrWord> words(BufferedImage image, Settings settings) throws IOException, InterruptedException {
        Path file = Files.createTempFile("nianbao-ocr-", ".png");
        try {
            ImageIO.write(image, "png", file.toFile());
            List<String> cmd = new ArrayList<>(List.of(command, file.toString(), "stdout", "-l", settings.languages(),
                    "--psm", Integer.toString(settings.psm())));
            if (settings.whitelist() != null) {
                cmd.addAll(List.of("-c", "tessedit_char_whitelist=" + settings.whitelist()));
            }
            // keep the spaces tesseract puts between CJK characters out, and the boxes per word
            cmd.addAll(List.of("-c", "preserve_interword_spaces=1", "tsv"));
            return TsvWords.parse(run(cmd, false));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Runs the command, its output going to a file (a pipe that nobody drains could block the process). */
    private String run(List<String> cmd, boolean mergeErrors) throws IOException, InterruptedException {
        slots.acquire();
        Path out = Files.createTempFile("nianbao-ocr-", ".txt");
        Process p = null;
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                    .redirectError(mergeErrors ? ProcessBuilder.Redirect.appendTo(out.toFile()) : ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException("tesseract took longer than " + timeout.toSeconds() + " s");
            }
            if (p.exitValue() != 0) {
                throw new IOException("tesseract exited with " + p.exitValue());
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
            }
            Files.deleteIfExists(out);
            slots.release();
        }
    }
}
