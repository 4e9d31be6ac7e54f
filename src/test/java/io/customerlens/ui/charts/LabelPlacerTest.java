package io.customerlens.ui.charts;

import io.customerlens.ui.charts.LabelPlacer.Bubble;
import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LabelPlacerTest {

    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 400, 300);

    @Test
    void aLoneNameSitsAboveItsCircle() {
        List<Optional<Rectangle2D>> boxes = LabelPlacer.place(List.of(new Bubble(200, 150, 10, 1, true, 60, 12)),
                List.of(), AREA);

        // centred on x = 200, bottom 2 px above the circle's top (150 − 10 − 2 = 138)
        assertThat(boxes.getFirst()).contains(new Rectangle2D.Double(170, 126, 60, 12));
    }

    @Test
    void theSmallerOfTwoNeighboursGivesWayAndMovesBesideItsCircle() {
        // Two circles side by side: the larger takes "above"; the smaller one's "above" would overlap that name,
        // its "below" the larger circle, so it goes to the right: x = 230 + 5 + 2, centred on y = 150.
        List<Bubble> bubbles = List.of(new Bubble(200, 150, 10, 5, true, 80, 12),
                new Bubble(230, 150, 5, 1, true, 80, 12));

        List<Optional<Rectangle2D>> boxes = LabelPlacer.place(bubbles, List.of(), AREA);

        assertThat(boxes.get(0)).contains(new Rectangle2D.Double(160, 126, 80, 12));
        assertThat(boxes.get(1)).contains(new Rectangle2D.Double(237, 144, 80, 12));
    }

    @Test
    void aNameNeverCoversACornerNameAndIsLeftOutWhenNoPlaceIsFree() {
        Rectangle2D corner = new Rectangle2D.Double(0, 0, 400, 300);
        List<Optional<Rectangle2D>> boxes = LabelPlacer.place(List.of(new Bubble(200, 150, 10, 1, true, 60, 12)),
                List.of(corner), AREA);

        assertThat(boxes.getFirst()).isEmpty();
    }

    @Test
    void aNameStaysInsideThePlot() {
        List<Optional<Rectangle2D>> boxes = LabelPlacer.place(List.of(new Bubble(5, 5, 4, 1, true, 60, 12)),
                List.of(), AREA);

        assertThat(boxes.getFirst()).hasValueSatisfying(box -> assertThat(AREA.contains(box)).isTrue());
    }

    @Test
    void unlabelledPointsGetNoNameButTheirCirclesAreKeptClear() {
        List<Bubble> bubbles = List.of(new Bubble(200, 150, 10, 1, true, 60, 12),
                new Bubble(200, 128, 6, 9, false, 0, 0));

        List<Optional<Rectangle2D>> boxes = LabelPlacer.place(bubbles, List.of(), AREA);

        assertThat(boxes.get(1)).isEmpty();
        assertThat(boxes.get(0)).contains(new Rectangle2D.Double(170, 162, 60, 12));
    }

    @Test
    void namesOfACrowdNeverOverlapEachOtherOrAnyCircle() {
        Random random = new Random(16);
        List<Bubble> bubbles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            bubbles.add(new Bubble(100 + random.nextDouble() * 200, 80 + random.nextDouble() * 140,
                    3 + random.nextDouble() * 20, random.nextDouble(), true, 40 + random.nextDouble() * 60, 12));
        }

        List<Optional<Rectangle2D>> boxes = LabelPlacer.place(bubbles, List.of(), AREA);

        List<Rectangle2D> placed = boxes.stream().flatMap(Optional::stream).toList();
        assertThat(placed).isNotEmpty();
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(placed.get(i).intersects(placed.get(j))).isFalse();
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            int own = i;
            boxes.get(i).ifPresent(box -> {
                for (int k = 0; k < bubbles.size(); k++) {
                    Bubble other = bubbles.get(k);
                    assertThat(k != own && LabelPlacer.intersects(box, other.x(), other.y(), other.radius()))
                            .isFalse();
                }
            });
        }
    }
}
