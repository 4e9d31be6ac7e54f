import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

/**
 * Draws icons/customerlens.svg as PNG files in the sizes the window and the installers use.
 * Run: java icons/render/IconRenderer.java icons  (JDK 11+, no dependencies).
 */
public class IconRenderer {

    public static void main(String[] args) throws IOException {
        File out = new File(args.length > 0 ? args[0] : ".");
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            ImageIO.write(draw(size), "png", new File(out, "customerlens-" + size + ".png"));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        g.setPaint(new GradientPaint(0, 12, new Color(0x3b7fc9), 0, 244, new Color(0x24568f)));
        g.fill(new RoundRectangle2D.Double(12, 12, 232, 232, 96, 96));

        g.setColor(new Color(0xdce8f7));
        int[][] bars = {{44, 150, 58}, {84, 112, 96}, {124, 132, 76}, {164, 86, 122}};
        for (int[] bar : bars) {
            g.fill(new RoundRectangle2D.Double(bar[0], bar[1], 30, bar[2], 8, 8));
        }

        g.setColor(new Color(0xf4b942));
        g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(178, 150, 218, 190));

        Ellipse2D lens = new Ellipse2D.Double(140 - 52, 112 - 52, 104, 104);
        g.setColor(new Color(255, 255, 255, 72));
        g.fill(lens);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(13));
        g.draw(lens);
        g.dispose();
        return image;
    }
}
