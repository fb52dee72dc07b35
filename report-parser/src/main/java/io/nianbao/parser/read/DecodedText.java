package io.nianbao.parser.read;

import java.util.List;

/** Text decoded from bytes, with the charset used and whether the choice was certain. */
record DecodedText(String text, String charset, boolean sure, List<String> notes) {
}
