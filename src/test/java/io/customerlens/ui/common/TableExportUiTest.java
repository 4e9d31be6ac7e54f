package io.customerlens.ui.common;

import io.customerlens.report.TableWorkbook;
import io.customerlens.task.ProgressListener;
import io.customerlens.ui.ScriptedFilePicker;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saving a table as the user sees it: visible columns in display order, rows in sort order, raw values. */
class TableExportUiTest extends ApplicationTest {

    enum Kind { SHOP, CHAIN }

    record Shop(String name, LocalDate lastPurchase, BigDecimal amount, String code, Kind kind) {
    }

    @TempDir
    Path folder;

    private final TableExport export = new TableExport(new TableWorkbook());
    private TableView<Shop> table;

    @Override
    public void start(Stage stage) {
        table = new TableView<>(FXCollections.observableArrayList(
                new Shop("青岛海鲜批发部", LocalDate.of(2024, 3, 5), new BigDecimal("1200.50"), "C01", Kind.SHOP),
                new Shop("成都便利店", null, new BigDecimal("80.00"), "C02", Kind.CHAIN),
                new Shop("西安粮油店", LocalDate.of(2024, 1, 9), new BigDecimal("560.00"), "C03", Kind.SHOP)));
        TableColumn<Shop, String> name = column("名称", Shop::name);
        TableColumn<Shop, LocalDate> last = column("最近进货", Shop::lastPurchase);
        TableColumn<Shop, BigDecimal> amount = column("", Shop::amount);
        amount.setGraphic(new Label("净额")); // a header label that carries a tooltip, as the Customers view does
        TableColumn<Shop, String> code = column("编码", Shop::code);
        code.setVisible(false);
        TableColumn<Shop, Kind> kind = column("类型", Shop::kind);
        TableExport.exportAs(kind, value -> value == Kind.SHOP ? "单店" : "连锁");
        table.getColumns().setAll(List.of(name, code, last, amount, kind));
        stage.setScene(new Scene(table, 600, 300));
        stage.show();
    }

    private static <T> TableColumn<Shop, T> column(String text, Function<Shop, T> value) {
        TableColumn<Shop, T> column = new TableColumn<>(text);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    @Test
    void snapshotHasTheVisibleColumnsInDisplayOrderAndTheRowsInSortOrder() {
        TableColumn<Shop, ?> amount = table.getColumns().get(3);
        interact(() -> {
            table.getColumns().add(0, table.getColumns().remove(3)); // the user dragged 净额 to the front
            amount.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(amount));
        });

        TableSnapshot snapshot = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> export.snapshot(table));

        assertThat(snapshot.headers()).containsExactly("净额", "名称", "最近进货", "类型");
        assertThat(snapshot.rows()).extracting(row -> row.get(1)).containsExactly("青岛海鲜批发部", "西安粮油店", "成都便利店");
        assertThat(snapshot.rows().getFirst())
                .containsExactly(new BigDecimal("1200.50"), "青岛海鲜批发部", LocalDate.of(2024, 3, 5), "单店");
        assertThat(snapshot.rows().getLast()).containsExactly(new BigDecimal("80.00"), "成都便利店", null, "连锁");
    }

    @Test
    void snapshotOffTheFxThreadIsRefused() {
        assertThatThrownBy(() -> export.snapshot(table)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void writtenSnapshotReadsBackWithTypedCells() throws IOException {
        TableSnapshot snapshot = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> export.snapshot(table));
        Path file = folder.resolve("门店.xlsx");

        export.write(snapshot, "门店", file, ProgressListener.NONE);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("门店");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("青岛海鲜批发部");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(1))).isTrue();
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1200.5);
            assertThat(sheet.getRow(2).getCell(1)).isNull();
        }
    }

    @Test
    void saverAsksForAFileWritesItAndSaysWhere() throws Exception {
        ScriptedFilePicker picker = new ScriptedFilePicker();
        picker.savesTo(folder.resolve("门店列表")); // typed without the extension, as the Linux dialog allows
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        TableSaver saver = new TableSaver(picker, new SynchronousTaskRunner(messages), export, messages);
        Label message = saver.messageLabel();

        interact(() -> saver.save(table, "门店列表.xlsx"));

        Path saved = folder.resolve("门店列表.xlsx");
        assertThat(saved).exists();
        assertThat(saver.messageProperty().get()).isEqualTo("Saved to " + saved);
        assertThat(message.getStyleClass()).as("a saved file reads as done, not as a problem")
                .contains("message-success").doesNotContain("message-error", "notice");
        try (InputStream in = Files.newInputStream(saved); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("门店列表");
        }
    }

    @Test
    void saverReportsAFailureAndLeavesNothingBehind() {
        ScriptedFilePicker picker = new ScriptedFilePicker();
        picker.savesTo(folder.resolve("missing").resolve("t.xlsx"));
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        TableSaver saver = new TableSaver(picker, new SynchronousTaskRunner(messages), export, messages);
        Label message = saver.messageLabel();

        interact(() -> saver.save(table, "t"));

        assertThat(saver.messageProperty().get())
                .isEqualTo("Could not save t.xlsx: file not found: " + folder.resolve("missing").toAbsolutePath());
        assertThat(message.getStyleClass()).contains("message-error").doesNotContain("message-success");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void headersOfNestedColumnsNameTheirParent() {
        TableColumn<Shop, String> parent = new TableColumn<>("金额");
        TableColumn<Shop, String> child = new TableColumn<>("本月");
        parent.getColumns().add(child);

        assertThat(TableExport.header(child)).isEqualTo("金额 / 本月");
        assertThat(Arrays.asList(FileNames.withExtension(Path.of("a.XLSX"), ".xlsx"),
                FileNames.withExtension(Path.of("b"), ".xlsx")))
                .containsExactly(Path.of("a.XLSX"), Path.of("b.xlsx"));
    }
}
