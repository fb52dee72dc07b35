package io.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** A {@code multipart/form-data} body of {@code file} parts, built by hand (java.net.http has no builder for it). */
record MultipartBody(String boundary, byte[] bytes) {

    static MultipartBody of(Path page, List<Path> pictures) throws IOException {
        String boundary = "nianbao-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part(out, boundary, page, DocumentFiles.contentType(page));
        for (Path picture : pictures) {
            part(out, boundary, picture, "application/octet-stream");
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return new MultipartBody(boundary, out.toByteArray());
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    private static void part(ByteArrayOutputStream out, String boundary, Path file, String type) throws IOException {
        // quotes and line breaks cannot be in the quoted file name; the name is UTF-8 as browsers send it
        String name = file.getFileName().toString().replace("\"", "%22").replace("\r", "").replace("\n", "");
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(Files.readAllBytes(file));
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
