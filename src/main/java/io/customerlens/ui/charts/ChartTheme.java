package io.customerlens.ui.charts;

import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The look of every chart: a font family that has Chinese glyphs (JFreeChart draws its own text and does
 * not follow the JavaFX style sheet, so without this every Chinese label is a row of boxes), white
 * backgrounds, light grid lines, flat bars and a palette that stays apart for colour-blind readers.
 */
public final class ChartTheme extends StandardChartTheme {

    /** Tried in order; the same families the style sheet names for the Chinese interface come first. */
    static final List<String> PREFERRED_FAMILIES = List.of("Noto Sans CJK SC", "Source Han Sans SC",
            "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans SC", "SimHei", "SimSun");
    /** Java's logical sans-serif font; JavaFX knows the name too. */
    static final String FALLBACK_FAMILY = Font.SANS_SERIF;

    /** Tableau 10: distinct in hue and lightness, so neighbouring series stay apart when printed grey. */
    private static final List<Color> PALETTE = List.of(new Color(0x4E79A7), new Color(0xF28E2B),
            new Color(0x59A14F), new Color(0xE15759), new Color(0x76B7B2), new Color(0xEDC948),
            new Color(0xB07AA1), new Color(0xFF9DA7), new Color(0x9C755F), new Color(0xBAB0AC));
    private static final Color TEXT = new Color(0x33, 0x33, 0x33);
    private static final Color GRID = new Color(0xE3, 0xE6, 0xEA);
    private static final Color PLAIN_BAR = new Color(0xA9, 0xBC, 0xD0);
    private static final Color PEAK = new Color(0xE1, 0x57, 0x59);
    private static final Color TROUGH = new Color(0x2F, 0x5D, 0x8C);

    private final String fontFamily;

    /** @param installedFamilies the font families of this computer, in English (see {@link #forInstalledFonts}) */
    public ChartTheme(Collection<String> installedFamilies) {
        super("CustomerLens", false);
        fontFamily = chooseFamily(installedFamilies);
        setExtraLargeFont(new Font(fontFamily, Font.BOLD, 16));
        setLargeFont(new Font(fontFamily, Font.PLAIN, 13));
        setRegularFont(new Font(fontFamily, Font.PLAIN, 12));
        setSmallFont(new Font(fontFamily, Font.PLAIN, 11));
        setTitlePaint(TEXT);
        setSubtitlePaint(TEXT);
        setAxisLabelPaint(TEXT);
        setTickLabelPaint(TEXT);
        setLegendItemPaint(TEXT);
        setItemLabelPaint(TEXT);
        setChartBackgroundPaint(Color.WHITE);
        setPlotBackgroundPaint(Color.WHITE);
        setLegendBackgroundPaint(Color.WHITE);
        setPlotOutlinePaint(GRID);
        setDomainGridlinePaint(GRID);
        setRangeGridlinePaint(GRID);
        setBaselinePaint(Color.GRAY);
        setShadowVisible(false);
        setBarPainter(new StandardBarPainter());
        setXYBarPainter(new StandardXYBarPainter());
        setDrawingSupplier(new DefaultDrawingSupplier(PALETTE.toArray(new Paint[0]),
                DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                new Stroke[] {new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)},
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    }

    /**
     * The theme for this computer's fonts. English names, because on a Chinese Windows the localised
     * list says 微软雅黑 where the preferred list says Microsoft YaHei.
     */
    public static ChartTheme forInstalledFonts() {
        return new ChartTheme(List.of(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ENGLISH)));
    }

    /** The first preferred family that is installed (ignoring case), else the logical sans-serif font. */
    static String chooseFamily(Collection<String> installedFamilies) {
        Set<String> installed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        installed.addAll(installedFamilies);
        return PREFERRED_FAMILIES.stream().filter(installed::contains).findFirst().orElse(FALLBACK_FAMILY);
    }

    public String fontFamily() {
        return fontFamily;
    }

    /** Series colour number {@code index}, repeating after the palette's ten colours. */
    public Color seriesColor(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    /** Bars that are neither the highest nor the lowest: muted, so the highlighted ones stand out. */
    Color plainBarColor() {
        return PLAIN_BAR;
    }

    Color peakColor() {
        return PEAK;
    }

    Color troughColor() {
        return TROUGH;
    }
}
