package io.customerlens.ui.lapse.timeline;

import io.customerlens.ui.common.Messages;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Shows the lapse timeline over 50,000 made-up customers and ten years, for a look and a screenshot.
 * Arguments: {@code zh} for Chinese texts (English otherwise), and optionally a row count.
 */
public final class TimelineDemo extends Application {

    @Override
    public void start(Stage stage) {
        List<String> arguments = getParameters().getRaw();
        boolean chinese = arguments.contains("zh");
        int rows = arguments.stream().filter(a -> a.matches("\\d+")).map(Integer::parseInt).findFirst().orElse(50_000);
        Messages messages = Messages.forLocale(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);

        LapseTimeline timeline = new LapseTimeline(messages);
        timeline.setModel(new FakeTimelineModel(rows, YearMonth.of(2015, 1), 120, 1));
        Label opened = new Label();
        timeline.setOnRowActivated(row -> opened.setText(timeline.getModel().rowLabel(row)));
        BorderPane root = new BorderPane(timeline, new VBox(6, LapseTimeline.legend(messages), opened), null, null, null);
        BorderPane.setMargin(timeline, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(16));
        Scene scene = new Scene(root, 1300, 820);
        scene.getStylesheets().add(LapseTimeline.class.getResource("/io/customerlens/ui/customerlens.css").toExternalForm());
        if (chinese) {
            root.getStyleClass().add("lang-zh");
        }
        stage.setTitle("Lapse timeline demo");
        stage.setScene(scene);
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
