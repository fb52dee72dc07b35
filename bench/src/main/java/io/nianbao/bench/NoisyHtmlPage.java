package io.nianbao.bench;

import java.nio.charset.Charset;

/**
 * Turns an HTML report into a page of a given size the way a government portal serves it: the report's own
 * markup kept, plus navigation menus, a sidebar of related links, inline script and style, and a footer.
 * The benchmark goal (≥ half the speed of bare jsoup) is stated for such a ~60 KB page.
 */
public final class NoisyHtmlPage {
    private static final String[] TOPICS = {"政务公开工作要点", "财政预算公开", "重大建设项目批准和实施", "公共资源配置",
        "社会公益事业建设", "行政规范性文件", "政策解读", "人事任免", "招标采购公告", "统计数据发布"};
    private static final String[] KINDS = {"关于印发", "关于做好", "关于进一步加强", "关于公布", "关于开展"};

    private NoisyHtmlPage() {}

    public static byte[] build(BenchDocument htmlReport, int targetBytes) {
        Charset charset = htmlReport.charset();
        String page = htmlReport.decoded();
        int bodyOpen = page.indexOf("<body");
        int afterBodyTag = bodyOpen < 0 ? 0 : page.indexOf('>', bodyOpen) + 1;
        int bodyClose = page.lastIndexOf("</body>");
        if (bodyClose < afterBodyTag) {
            bodyClose = page.length();
        }
        String head = page.substring(0, afterBodyTag);
        String article = page.substring(afterBodyTag, bodyClose);
        String tail = page.substring(bodyClose);

        StringBuilder top = new StringBuilder(navigation());
        StringBuilder bottom = new StringBuilder(footer());
        int fixed = (head + article + tail).getBytes(charset).length;
        int item = 0;
        StringBuilder sidebar = new StringBuilder("<div class=\"sidebar\"><h3>相关信息</h3><ul>\n");
        while (fixed + (top.toString() + sidebar + "</ul></div>\n" + bottom).getBytes(charset).length < targetBytes) {
            sidebar.append(relatedLink(item++));
            if (item % 40 == 0) {
                sidebar.append(inlineScript(item));
            }
        }
        sidebar.append("</ul></div>\n");
        return (head + top + article + sidebar + bottom + tail).getBytes(charset);
    }

    private static String navigation() {
        StringBuilder nav = new StringBuilder("<div class=\"topbar\"><a href=\"/wza/\">无障碍</a> | <a href=\"/en/\">English</a>"
                + " | <a href=\"/app/\">移动版</a></div>\n<ul class=\"main-nav\">\n");
        String[] columns = {"首页", "政务公开", "政务服务", "互动交流", "走进本市", "专题专栏"};
        for (int c = 0; c < columns.length; c++) {
            nav.append("<li class=\"nav-item\"><a href=\"/col").append(c).append("/\">").append(columns[c])
                    .append("</a><ul class=\"sub\">");
            for (int s = 0; s < 6; s++) {
                nav.append("<li><a href=\"/col").append(c).append("/sub").append(s).append("/\">")
                        .append(TOPICS[(c + s) % TOPICS.length]).append("</a></li>");
            }
            nav.append("</ul></li>\n");
        }
        return nav.append("</ul>\n<div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; "
                + "<a href=\"/zwgk/\">政府信息公开</a> &gt; 年度报告</div>\n").toString();
    }

    private static String relatedLink(int i) {
        String topic = TOPICS[i % TOPICS.length];
        String kind = KINDS[i % KINDS.length];
        int year = 2015 + i % 10;
        return "<li><span class=\"date\">" + year + "-" + (1 + i % 12) + "-" + (1 + i % 28) + "</span>"
                + "<a href=\"/zwgk/" + year + "/art_" + (10_000 + i * 37) + ".html\" target=\"_blank\" title=\"" + kind
                + year + "年" + topic + "的通知\">" + kind + year + "年" + topic + "的通知</a></li>\n";
    }

    private static String inlineScript(int i) {
        return "<script type=\"text/javascript\">var _cfg" + i + "={site:\"gov\",column:" + i
                + ",share:[\"weibo\",\"wechat\"]};(function(){var s=document.createElement(\"script\");"
                + "s.src=\"/js/stat.js?v=" + i + "\";document.body.appendChild(s);})();</script>\n"
                + "<style>.sidebar li:nth-child(" + i + "){border-bottom:1px dashed #ccc;}</style>\n";
    }

    private static String footer() {
        return "<div class=\"footer\"><p>主办单位：人民政府办公室　承办单位：大数据管理中心</p>"
                + "<p>网站标识码：0000000000　备案号：京ICP备00000000号　公安机关备案号：00000000000000</p>"
                + "<p><a href=\"/wzdt/\">网站地图</a> | <a href=\"/lxwm/\">联系我们</a> | <a href=\"/sybz/\">使用帮助</a></p></div>\n";
    }
}
