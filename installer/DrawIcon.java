import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws SafeSegment's application icon (installer/safesegment.png, 256 x 256): a shield (privacy) holding three
 * clusters of dots (segments) on a rounded teal square. Our own drawing, so no third-party art is shipped.
 *
 * <p>Run from the repository root with JDK 25 (single-file source launch, headless Java 2D):
 * {@code java -Djava.awt.headless=true installer/DrawIcon.java installer/safesegment.png}. The PNG is committed;
 * run this again only to change the design.
 */
public final class DrawIcon {
    private static final int SIZE = 256;

    public static void main(String[] args) throws Exception {
        File out = new File(args.length > 0 ? args[0] : "installer/safesegment.png");
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

        // background: rounded square, teal to deep blue
        g.setPaint(new GradientPaint(0, 0, new Color(0x1f9e89), SIZE, SIZE, new Color(0x1b3a6b)));
        g.fill(new RoundRectangle2D.Double(8, 8, SIZE - 16, SIZE - 16, 56, 56));

        // shield
        Path2D shield = new Path2D.Double();
        shield.moveTo(128, 34);
        shield.curveTo(160, 52, 188, 58, 210, 58);
        shield.curveTo(210, 140, 186, 192, 128, 224);
        shield.curveTo(70, 192, 46, 140, 46, 58);
        shield.curveTo(68, 58, 96, 52, 128, 34);
        shield.closePath();
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(shield);
        g.setStroke(new BasicStroke(6f));
        g.setColor(new Color(0x0f2a4d));
        g.draw(shield);

        // three segments: small clusters of dots in three colours
        cluster(g, new Color(0xe4572e), 96, 102);
        cluster(g, new Color(0x2e86ab), 158, 110);
        cluster(g, new Color(0x7a9e1f), 128, 162);
        g.dispose();
        ImageIO.write(image, "png", out);
    }

    private static void cluster(Graphics2D g, Color colour, double cx, double cy) {
        double[][] offsets = {{0, 0}, {-17, -9}, {15, -12}, {-10, 15}, {14, 12}};
        g.setColor(colour);
        for (double[] o : offsets) {
            double r = o[0] == 0 && o[1] == 0 ? 11 : 7;
            g.fill(new Ellipse2D.Double(cx + o[0] - r, cy + o[1] - r, 2 * r, 2 * r));
        }
    }
}
