package io.customerlens.ui.lapse.timeline;

import io.customerlens.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/** What the colours of the lapse timeline mean: one swatch a cell kind, one a lapse length, and the as-of line. */
public final class TimelineLegend extends FlowPane {

    private static final double SWATCH = 12;

    public TimelineLegend(Messages messages) {
        super(14, 6);
        getStyleClass().add("lapse-timeline-legend");
        setAlignment(Pos.CENTER_LEFT);
        entry(TimelinePalette.BOUGHT, messages.get("lapse.timeline.kind.bought"));
        entry(TimelinePalette.NO_PURCHASE, messages.get("lapse.timeline.kind.noPurchase"));
        for (GapBand band : GapBand.values()) {
            entry(band.color(), messages.get(band.messageKey()));
        }
        Line asOf = new Line(0, 0, 0, SWATCH);
        asOf.setStroke(TimelinePalette.AS_OF);
        asOf.setStrokeWidth(2);
        getChildren().add(item(messages.get("lapse.timeline.legend.asOf"), asOf));
    }

    private void entry(Color color, String text) {
        getChildren().add(item(text, new Rectangle(SWATCH, SWATCH, color)));
    }

    private static Label item(String text, Node graphic) {
        Label label = new Label(text, graphic);
        label.setGraphicTextGap(5);
        return label;
    }
}
