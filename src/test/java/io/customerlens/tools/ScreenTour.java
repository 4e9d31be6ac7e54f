package io.customerlens.tools;

import io.customerlens.app.AppContext;
import io.customerlens.demo.DemoWorkbook;
import io.customerlens.settings.AppSettings;
import io.customerlens.settings.PreferencesSettingsStore;
import io.customerlens.task.ProgressListener;
import io.customerlens.ui.common.FxFilePicker;
import io.customerlens.ui.shell.MainWindow;
import io.customerlens.ui.shell.UiServices;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: a tool that starts the real window over a data folder and saves screenshots of the pages, so a
 * developer can look at them (run under Xvfb). Arguments: data folder, output folder, width, height, then shots
 * as {@code name=step;step…}. A step is {@code #id} (fire a button), {@code tab:tabPaneId:index},
 * {@code combo:comboId:text} (the item whose text or name contains it) or {@code wait:ms}.
 * The language comes from {@code -Duser.language}; keep settings apart with {@code -Djava.util.prefs.userRoot}.
 */
public final class ScreenTour extends Application {

    private static final long SETTLE_MS = 2500;

    /** Started through a class that is not an Application, or the JVM says the JavaFX runtime is missing. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ScreenTour.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path data = Path.of(args.get(0));
        Path out = Path.of(args.get(1));
        double width = Double.parseDouble(args.get(2));
        double height = Double.parseDouble(args.get(3));
        AppSettings settings = new AppSettings(new PreferencesSettingsStore(PreferencesSettingsStore.applicationNode()));
        AppContext context = new AppContext(data);
        UiServices services = new UiServices(context.importService(), context.customerService(),
                context.lapseService(), context.segmentService(), context.productService(),
                context.followUpService(), context.customerCardService(),
                file -> new DemoWorkbook(30_000, 2024).writeTo(file, ProgressListener.NONE), data);
        MainWindow window = new MainWindow(stage, settings, services, FxFilePicker::new, Locale.getDefault());
        window.show();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
        List<String> shots = new ArrayList<>(args.subList(4, args.size()));
        Thread.ofVirtual().start(() -> {
            try {
                Files.createDirectories(out);
                sleep(SETTLE_MS * 2);
                for (String shot : shots) {
                    String[] parts = shot.split("=", 2);
                    for (String step : parts.length > 1 ? parts[1].split(";") : new String[0]) {
                        step(stage.getScene(), step);
                    }
                    sleep(SETTLE_MS);
                    onFx(() -> save(stage.getScene(), out.resolve(parts[0] + ".png")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                Platform.runLater(() -> {
                    window.close();
                    context.close();
                    Platform.exit();
                });
            }
        });
    }

    private static void step(Scene scene, String step) {
        if (step.startsWith("wait:")) {
            sleep(Long.parseLong(step.substring(5)));
            return;
        }
        onFx(() -> {
            if (step.startsWith("#")) {
                ((ButtonBase) scene.lookup(step)).fire();
            } else if (step.startsWith("tab:")) {
                String[] parts = step.split(":");
                ((TabPane) scene.lookup("#" + parts[1])).getSelectionModel().select(Integer.parseInt(parts[2]));
            } else if (step.startsWith("combo:")) {
                String[] parts = step.split(":", 3);
                @SuppressWarnings("unchecked")
                ComboBox<Object> combo = (ComboBox<Object>) scene.lookup("#" + parts[1]);
                combo.getItems().stream().filter(item -> item.toString().contains(parts[2])
                        || combo.getConverter() != null && combo.getConverter().toString(item).contains(parts[2]))
                        .findFirst().ifPresent(combo::setValue);
            }
        });
        sleep(700);
    }

    private static void save(Scene scene, Path file) {
        Node root = scene.getRoot();
        WritableImage image = root.snapshot(null, null);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void onFx(Runnable action) {
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.join();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
