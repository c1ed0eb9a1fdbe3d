package org.clockwise.web.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** Text and number output shared by the charts; package-private because only the markup is public. */
final class Svg {

    private Svg() {
    }

    /**
     * XML-escapes text for element content and attribute values alike. Characters XML 1.0 cannot
     * carry at all (most control characters, lone surrogates) are dropped rather than escaped,
     * since {@code &#0;} would still make the document ill-formed.
     */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /** Keeps only characters that make sense in a class list, so callers cannot smuggle markup in. */
    static String cssClass(String classes) {
        if (classes == null) {
            return "";
        }
        String kept = classes.replaceAll("[^A-Za-z0-9_\\- ]", "").trim().replaceAll(" +", " ");
        return kept.isEmpty() ? "" : " " + kept;
    }

    /** A coordinate with one decimal: precise enough for a 640-wide view box, and stable in tests. */
    static String coord(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A human number: at most two decimals, no trailing zeros, never "-0" or an exponent. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        String s = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** Opens the root element and writes the accessible name and description. */
    static void open(StringBuilder out, String kind, String title, String desc) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(Frame.WIDTH).append(' ').append(Frame.HEIGHT)
                .append("\" class=\"chart ").append(kind)
                .append("\" font-family=\"sans-serif\" font-size=\"12\" fill=\"currentColor\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<desc>").append(esc(desc)).append("</desc>\n");
    }

    /** A text element; {@code extra} holds further pre-escaped attributes or is empty. */
    static void text(StringBuilder out, String cls, double x, double y, String anchor, String extra, String text) {
        out.append("<text class=\"").append(cls).append("\" x=\"").append(coord(x)).append("\" y=\"")
                .append(coord(y)).append("\" text-anchor=\"").append(anchor).append('"').append(extra).append('>')
                .append(esc(text)).append("</text>\n");
    }

    /** A line element; {@code paint} holds its default presentation attributes (stroke, ...). */
    static void line(StringBuilder out, String cls, double x1, double y1, double x2, double y2, String paint) {
        out.append("<line class=\"").append(cls).append("\" x1=\"").append(coord(x1)).append("\" y1=\"")
                .append(coord(y1)).append("\" x2=\"").append(coord(x2)).append("\" y2=\"").append(coord(y2))
                .append("\" ").append(paint).append("/>\n");
    }

    /**
     * A run of connected points: a polyline, or a dot when the run is a single point (a one-point
     * polyline draws nothing, and an isolated value between two gaps must stay visible).
     */
    static void polyline(StringBuilder out, String cls, String color, List<double[]> points) {
        if (points.size() == 1) {
            out.append("<circle class=\"").append(cls).append("\" cx=\"").append(coord(points.get(0)[0]))
                    .append("\" cy=\"").append(coord(points.get(0)[1])).append("\" r=\"3\" fill=\"").append(color)
                    .append("\"/>\n");
        } else if (points.size() > 1) {
            out.append("<polyline class=\"").append(cls).append("\" points=\"");
            for (int i = 0; i < points.size(); i++) {
                out.append(i == 0 ? "" : " ").append(coord(points.get(i)[0])).append(',').append(coord(points.get(i)[1]));
            }
            out.append("\" fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2\"/>\n");
        }
    }
}
