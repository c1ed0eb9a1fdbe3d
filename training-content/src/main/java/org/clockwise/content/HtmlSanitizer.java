package org.clockwise.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.Locale;

/**
 * The last line of defence for rendered lessons: an allow-list of tags, attributes and URL
 * schemes. No script, event handler, style, iframe, form or {@code javascript:}/{@code data:} URL
 * survives. External links open in a new tab without handing over the platform's window or
 * referrer, and without lending it search ranking.
 */
final class HtmlSanitizer {

    // Relative links are checked by resolving them against a base that can never be fetched.
    private static final String BASE = "https://clockwise.invalid/";

    private final Safelist safelist = new Safelist()
            .addTags("a", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del", "div", "dl", "dt",
                    "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "s", "small",
                    "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title")
            .addAttributes("code", "class")
            .addAttributes("ol", "start")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    String sanitize(String html) {
        Document clean = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(html, BASE));
        for (Element link : clean.select("a[href]")) {
            String href = link.attr("href").toLowerCase(Locale.ROOT);
            if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("//")) {
                link.attr("rel", "noopener noreferrer nofollow").attr("target", "_blank");
            }
        }
        clean.select("img:not([src])").remove();
        for (Element code : clean.select("code[class]")) {
            // commonmark writes only language-<info>; anything else is not ours.
            if (!code.className().matches("language-[A-Za-z0-9_+#.-]{1,40}")) {
                code.removeAttr("class");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
