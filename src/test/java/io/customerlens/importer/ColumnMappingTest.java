package io.customerlens.importer;

import io.customerlens.domain.Field;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnMappingTest {

    private static final MappedColumn AMOUNT_COLUMN = new MappedColumn(0, "金额", 1.0);
    private static final MappedColumn DATE_COLUMN = new MappedColumn(1, "日期", 1.0);
    private static final MappedColumn CUSTOMER_COLUMN = new MappedColumn(2, "客户", 0.8);

    @Test
    void fieldsIterateInTheirDeclaredOrderWhateverOrderTheyCameIn() {
        Map<Field, MappedColumn> insertionOrder = new LinkedHashMap<>();
        insertionOrder.put(Field.AMOUNT, AMOUNT_COLUMN);
        insertionOrder.put(Field.DATE, DATE_COLUMN);
        insertionOrder.put(Field.CUSTOMER_ID, CUSTOMER_COLUMN);

        assertThat(new ColumnMapping(insertionOrder).columns().keySet())
                .containsExactly(Field.CUSTOMER_ID, Field.DATE, Field.AMOUNT);
        assertThat(ColumnMapping.empty().with(Field.AMOUNT, AMOUNT_COLUMN).with(Field.CUSTOMER_ID, CUSTOMER_COLUMN)
                .columns().keySet()).containsExactly(Field.CUSTOMER_ID, Field.AMOUNT);
    }

    @Test
    void aColumnFeedsOneFieldOnly() {
        ColumnMapping mapping = ColumnMapping.empty().with(Field.DATE, DATE_COLUMN).with(Field.AMOUNT, DATE_COLUMN);

        assertThat(mapping.columns()).containsExactly(Map.entry(Field.AMOUNT, DATE_COLUMN));
        assertThat(mapping.has(Field.DATE)).isFalse();
    }

    @Test
    void withAndWithoutLeaveTheOriginalAsItWas() {
        ColumnMapping original = ColumnMapping.empty().with(Field.DATE, DATE_COLUMN);

        ColumnMapping withAmount = original.with(Field.AMOUNT, AMOUNT_COLUMN);
        ColumnMapping withoutDate = original.without(Field.DATE);

        assertThat(original.columns()).containsExactly(Map.entry(Field.DATE, DATE_COLUMN));
        assertThat(withAmount.column(Field.AMOUNT)).contains(AMOUNT_COLUMN);
        assertThat(withoutDate.columns()).isEmpty();
        assertThatThrownBy(() -> original.columns().put(Field.AMOUNT, AMOUNT_COLUMN))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
