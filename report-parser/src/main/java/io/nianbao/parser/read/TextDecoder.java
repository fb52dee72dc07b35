package io.nianbao.parser.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of a text or HTML document. Order of evidence: a byte-order mark, strictly valid
 * UTF-8, the charset an HTML page declares, juniversalchardet's guess; every candidate is decoded and
 * the one that reads best (fewest undecodable bytes, most common Chinese characters) wins, so that a
 * wrong declaration or a wrong guess never yields mojibake silently.
 */
final class TextDecoder {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");
    private static final int DETECTOR_BYTES = 256 * 1024;

    /**
     * Frequent characters of Chinese prose and of these reports, in Simplified and (where different)
     * Traditional forms. Text decoded with the wrong charset is made of rare characters instead.
     */
    private static final String COMMON =
            "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
            + "申请息复诉讼审核答予撤销纠错维持确认驳回终止项件总计年度报告情况主动依据办理"
            + "這個為國們時來說產會對發動過種後學經進現實體機當點從業與關間樣應還開數問題條沒結解識設長頭資邊級圖統計較將組見別論運農區強決幾戰則據處隊給門導壓爭濟階極聯認權證單風帶場車務萬積議聲報類離華確張馬節話溫傳許廣記需織裝眾書復須際驗連斷難礦備辦習響約劳團歷構稱準値號維劃選標寫養層專狀廠縣參紅細聽該鐵價嚴龍飛"
            + "請複訟審覆銷糾錯確駁終項總計報告況動據辦理規範領導公開資訊";

    private static final boolean[] IS_COMMON = new boolean[0x10000];

    static {
        for (int i = 0; i < COMMON.length(); i++) {
            IS_COMMON[COMMON.charAt(i)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            IS_COMMON[c] = true; // digits decode the same in every candidate, so they never decide alone
        }
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    static DecodedText decode(byte[] bytes, boolean html) {
        List<String> notes = new ArrayList<>();
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8", true, notes);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", true, notes);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", true, notes);
        }
        boolean hasNul = hasNul(bytes);
        if (!hasNul) {
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                return new DecodedText(utf8, "UTF-8", true, notes);
            }
        }

        Charset declared = html ? declaredCharset(bytes) : null;
        Charset detected = detect(bytes);

        Map<Charset, String> candidates = new LinkedHashMap<>();
        if (declared != null) {
            candidates.put(declared, "declared");
        }
        if (detected != null) {
            candidates.putIfAbsent(detected, "detected");
        }
        candidates.putIfAbsent(GB18030, "fallback");
        candidates.putIfAbsent(BIG5, "fallback");
        if (hasNul || bytes.length % 2 == 0) {
            candidates.putIfAbsent(StandardCharsets.UTF_16LE, "fallback");
            candidates.putIfAbsent(StandardCharsets.UTF_16BE, "fallback");
        }
        candidates.putIfAbsent(StandardCharsets.UTF_8, "fallback");

        Charset best = null;
        String bestText = null;
        Reading bestReading = null;
        for (Charset cs : candidates.keySet()) {
            String text = new String(bytes, cs);
            Reading reading = Reading.of(text);
            if (bestReading == null || reading.quality() > bestReading.quality()) {
                best = cs;
                bestText = text;
                bestReading = reading;
            }
        }
        String name = displayName(best);
        // UTF-16 without a BOM is beyond the detector; text that reads as plain Chinese in one byte order is sure
        boolean sure = bestReading.replacements() == 0
                && (best.equals(declared) || best.equals(detected) || best.equals(utf16Order(bytes)));
        if (declared != null && !best.equals(declared)) {
            notes.add("网页声明的编码" + displayName(declared) + "与内容不符：按" + name + "读取");
        }
        if (!sure) {
            notes.add("编码检测不确定：按" + name + "读取");
        }
        if (bestReading.replacements() > 0) {
            notes.add("有" + bestReading.replacements() + "处字节无法按" + name + "解码");
        }
        if (!bestText.isEmpty() && bestText.charAt(0) == '\uFEFF') {
            bestText = bestText.substring(1);
        }
        return new DecodedText(bestText, name, sure, notes);
    }

    /** True when the bytes read as UTF-16 text (in either byte order) without a BOM. */
    static boolean looksLikeUtf16(byte[] bytes) {
        return utf16Order(bytes) != null;
    }

    /** The UTF-16 byte order in which the first bytes read as plain text, or null. */
    private static Charset utf16Order(byte[] bytes) {
        int n = Math.min(bytes.length, 8192) & ~1;
        if (n < 4) {
            return null;
        }
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            String s = new String(bytes, 0, n, cs);
            int plausible = 0;
            for (int i = 0; i < s.length(); i++) {
                if (plausibleChar(s.charAt(i))) {
                    plausible++;
                }
            }
            if (plausible >= s.length() * 0.95) {
                return cs;
            }
        }
        return null;
    }

    private static boolean plausibleChar(char c) {
        return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
                || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x2000 && c <= 0x206F) || c == 0xA0 || c == 0xB7;
    }

    private static boolean hasNul(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String strictUtf8(byte[] bytes) {
        // String's own UTF-8 decoding is several times faster than a CharsetDecoder; it replaces every
        // malformed sequence with U+FFFD, so a result without one is what the strict decoder would give
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The charset a page declares in a meta tag or an XML declaration, from its first bytes. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            return charsetFor(m.group(1));
        }
        m = XML_ENCODING.matcher(head);
        return m.find() ? charsetFor(m.group(1)) : null;
    }

    private static Charset detect(byte[] bytes) {
        try {
            UniversalDetector detector = new UniversalDetector(null);
            detector.handleData(bytes, 0, Math.min(bytes.length, DETECTOR_BYTES));
            detector.dataEnd();
            String name = detector.getDetectedCharset();
            return name == null ? null : charsetFor(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Maps a declared or detected name to the charset to decode with; GB2312/GBK read as GB18030, a superset. */
    static Charset charsetFor(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (n) {
            case "gb2312", "gbk", "x-gbk", "gb18030", "cp936", "ms936", "windows-936", "euc-cn", "hz-gb-2312", "gb-2312-80", "gb2312-80":
                return GB18030;
            case "big5", "big-5", "cp950", "x-windows-950", "windows-950", "big5-hkscs", "x-big5":
                return BIG5;
            case "utf8", "utf-8":
                return StandardCharsets.UTF_8;
            default:
                try {
                    return Charset.isSupported(name.trim()) ? Charset.forName(name.trim()) : null;
                } catch (RuntimeException e) {
                    return null;
                }
        }
    }

    private static String displayName(Charset cs) {
        return cs.equals(BIG5) ? "Big5" : cs.name();
    }

    /** How well a decoded text reads: undecodable bytes and control characters count against it. */
    record Reading(int replacements, int common, int weird) {
        static Reading of(String text) {
            int replacements = 0;
            int common = 0;
            int weird = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\uFFFD') {
                    replacements++;
                } else if (IS_COMMON[c]) {
                    common++;
                } else if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                        || (c >= 0xE000 && c <= 0xF8FF) || (c >= 0x3400 && c <= 0x4DBF)
                        || Character.isSurrogate(c) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x0100 && c < 0x2000)) {
                    weird++;
                }
            }
            return new Reading(replacements, common, weird);
        }

        long quality() {
            return common - 3L * weird - 10L * replacements;
        }
    }
}
