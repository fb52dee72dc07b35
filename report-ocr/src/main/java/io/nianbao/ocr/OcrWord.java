package io.nianbao.ocr;

/** A word tesseract read, with its box in the pixels of the image it was given and its confidence (0–100). */
public record OcrWord(String text, int left, int top, int width, int height, double confidence) {

    public int centerX() {
        return left + width / 2;
    }

    public int centerY() {
        return top + height / 2;
    }
}
