package org.claimdesk.stats.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart as the shapes an SVG draws, for the {@code svgChart} tag. Horizontal positions are
 * percentages of the chart's width and vertical ones pixels, so a chart fills any width (a phone's
 * or a desktop column) at a fixed height, and its text keeps the page's size instead of scaling
 * with a viewBox. Colours and strokes come from CSS classes: the page has no inline styles.
 */
public record Svg(int height, List<Line> grid, List<Rect> rects, List<Line> lines, List<Dot> dots, List<Text> texts) {

    /** @param title a tooltip, or null */
    public record Rect(String x, double y, String width, double height, String css, String title) {
    }

    public record Line(String x1, double y1, String x2, double y2, String css) {
    }

    public record Dot(String cx, double cy, String css, String title) {
    }

    /** @param anchor start, middle or end */
    public record Text(String x, double y, String text, String anchor, String css) {
    }

    /** Collects shapes; they are drawn grid, bars, lines, dots, then text, each kind over the one before. */
    static final class Builder {
        private final int height;
        private final List<Line> grid = new ArrayList<>();
        private final List<Rect> rects = new ArrayList<>();
        private final List<Line> lines = new ArrayList<>();
        private final List<Dot> dots = new ArrayList<>();
        private final List<Text> texts = new ArrayList<>();

        Builder(int height) {
            this.height = height;
        }

        Builder rect(double xPct, double y, double widthPct, double h, String css, String title) {
            rects.add(new Rect(pct(xPct), round(y), pct(Math.max(widthPct, 0)), round(Math.max(h, 0)), css, title));
            return this;
        }

        Builder gridLine(double y, String css) {
            grid.add(new Line(pct(0), round(y), pct(100), round(y), css));
            return this;
        }

        Builder line(double x1Pct, double y1, double x2Pct, double y2, String css) {
            lines.add(new Line(pct(x1Pct), round(y1), pct(x2Pct), round(y2), css));
            return this;
        }

        Builder dot(double xPct, double y, String css, String title) {
            dots.add(new Dot(pct(xPct), round(y), css, title));
            return this;
        }

        Builder text(double xPct, double y, String text, String anchor, String css) {
            texts.add(new Text(pct(xPct), round(y), text, anchor, css));
            return this;
        }

        Svg build() {
            return new Svg(height, List.copyOf(grid), List.copyOf(rects), List.copyOf(lines), List.copyOf(dots),
                    List.copyOf(texts));
        }
    }

    static String pct(double value) {
        return String.format(Locale.ROOT, "%.2f%%", value);
    }

    private static double round(double px) {
        return Math.round(px * 10) / 10.0;
    }
}
