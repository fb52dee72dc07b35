package io.nianbao.ingest.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Hostile and broken documents made from the seeds with a fixed seed, so a failure can be replayed. */
final class FuzzInputs {
    private FuzzInputs() {}

    static List<byte[]> from(List<byte[]> seeds, int count, long seed) {
        Random random = new Random(seed);
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] base = seeds.get(random.nextInt(seeds.size()));
            inputs.add(switch (i % 8) {
                case 0 -> Arrays.copyOf(base, random.nextInt(base.length + 1)); // truncated, maybe mid-character
                case 1 -> flipBytes(base, random, 1 + random.nextInt(50));
                case 2 -> randomBytes(random, 1 + random.nextInt(5000));
                case 3 -> nestedTags(1 + random.nextInt(5000));
                case 4 -> ("一、总体情况\n收到申请 " + "9".repeat(1 + random.nextInt(400)) + " 件\n").getBytes(StandardCharsets.UTF_8);
                case 5 -> invalidUtf8(random, 1 + random.nextInt(3000));
                case 6 -> zipLike(random);
                default -> ("%PDF-1.4\n" + new String(randomBytes(random, random.nextInt(2000)), StandardCharsets.ISO_8859_1))
                        .getBytes(StandardCharsets.ISO_8859_1);
            });
        }
        return inputs;
    }

    private static byte[] flipBytes(byte[] base, Random random, int flips) {
        byte[] copy = base.clone();
        for (int i = 0; i < flips && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] nestedTags(int depth) {
        return ("<html><body>" + "<div>".repeat(depth) + "表1 主动公开" + "</div>".repeat(depth / 2))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8(Random random, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (0x80 + random.nextInt(0x40)); // continuation bytes with no lead byte
        }
        return b;
    }

    private static byte[] zipLike(Random random) {
        byte[] b = randomBytes(random, 200 + random.nextInt(2000));
        b[0] = 'P';
        b[1] = 'K';
        b[2] = 3;
        b[3] = 4;
        if (random.nextBoolean()) {
            byte[] name = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(name, 0, b, 30, name.length);
        }
        return b;
    }
}
