package io.nianbao.parser.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which of the six parts of a report (一、总体情况 … 六、其他需要报告的事项) have a heading. A part
 * counts as present when a short line names it, numbered or not: a missing part raises a warning, so
 * the finder errs on the side of "present" (real headings are worded in many ways, e.g.
 * 二、政府信息主动公开情况 or 五、存在问题及改进措施).
 */
public final class SectionFinder {
    private static final int MAX_HEADING_LENGTH = 40;
    private static final List<Pattern> PARTS = List.of(
            Pattern.compile("总体情况|概述|总体概况|基本情况"),
            Pattern.compile("主动公开"),
            Pattern.compile("收到和处理|依申请|公开申请.{0,4}情况"),
            Pattern.compile("行政复议|行政诉讼|行政复"),
            Pattern.compile("存在.{0,6}问题|改进(情况|措施)"),
            Pattern.compile("其他需要报告|其他事项|其他需要说明"));

    /**
     * The line without the markup it may start with (as the regex {@code ^[#*>|\s\u3000]+}: Markdown heading,
     * emphasis, quote and table marks, spaces); done by hand because it runs on every line of a report.
     */
    static String withoutLeadingMarkup(String line) {
        int i = 0;
        while (i < line.length() && "#*>| \t\n\u000B\f\r\u3000".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return line.substring(i);
    }

    /** The numbers (1–6) of the parts found, in order. {@code lines} are already in Simplified characters. */
    public List<Integer> find(List<String> lines) {
        boolean[] found = new boolean[PARTS.size()];
        int missing = found.length;
        // one matcher per part, reset for each line: a new matcher per line and part cost more than the matching
        Matcher[] matchers = new Matcher[PARTS.size()];
        for (int part = 0; part < matchers.length; part++) {
            matchers[part] = PARTS.get(part).matcher("");
        }
        for (String raw : lines) {
            if (missing == 0) {
                break;
            }
            String line = withoutLeadingMarkup(raw).strip();
            if (line.isEmpty() || line.length() > MAX_HEADING_LENGTH || line.indexOf('\t') >= 0) {
                continue;
            }
            for (int part = 0; part < PARTS.size(); part++) {
                if (!found[part] && matchers[part].reset(line).find()) {
                    found[part] = true;
                    missing--;
                }
            }
        }
        List<Integer> parts = new ArrayList<>();
        for (int part = 0; part < found.length; part++) {
            if (found[part]) {
                parts.add(part + 1);
            }
        }
        return parts;
    }
}
