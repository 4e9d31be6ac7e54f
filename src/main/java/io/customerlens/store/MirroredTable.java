package io.customerlens.store;

import java.util.List;
import java.util.Optional;

/**
 * The tables a pull copies whole from the server into a laptop copy (docs/decisions/0019), in the order they are
 * written: an import record before its lines. What the server's row-level security lets the login read is what is
 * copied; follow-up tasks are synced task by task ({@link TaskSync}), not mirrored.
 */
public enum MirroredTable {
    /** Import records of complete imports (an import under way is nobody's yet). */
    IMPORT_BATCH("import_batch", "id", "WHERE complete", Kind.COPY, List.of("id", "file_name", "file_size", "sha256",
            "sheets", "imported_at", "lines_read", "lines_imported", "lines_duplicate", "lines_rejected",
            "lines_skipped", "complete", "first_date", "last_date")),
    /** Lines never change once imported: a line is known by its id alone. */
    SALES_LINE("sales_line", "id", "WHERE batch_id IN (SELECT id FROM import_batch WHERE complete)", Kind.UNCHANGING,
            List.of("id", "batch_id", "fp_high", "fp_low", "customer_key", "line_date", "amount", "is_return",
                    "order_no", "product_key", "quantity", "unit_price", "cost", "profit", "sheet", "source_row",
                    "fp_version")),
    /** How many of an import's lines carried each name of a product code: they belong to their import, as lines do. */
    PRODUCT_NAME("product_name", "id", "WHERE batch_id IN (SELECT id FROM import_batch WHERE complete)",
            Kind.UNCHANGING, List.of("id", "batch_id", "product_key", "name", "line_count")),
    CUSTOMER("customer", "customer_key", "", Kind.COPY, List.of("customer_key", "customer_id", "name", "customer_type",
            "region", "province", "city", "industry", "channel", "salesperson", "attributes_date", "phone",
            "contact_person", "address", "wechat")),
    PRODUCT("product", "product_key", "", Kind.COPY, List.of("product_key", "code", "name", "category",
            "sub_category", "attributes_date")),
    /**
     * Contact edits may be made offline too: the later edit wins, and an edit the server does not have is kept
     * (it is the laptop's own).
     */
    CUSTOMER_CONTACT_EDIT("customer_contact_edit", "customer_key", "", Kind.LATER_EDIT_WINS, List.of("customer_key",
            "phone", "contact_person", "address", "wechat", "edited_at")),
    /** Which login works which salesperson's customers: the win-back table groups owned tasks by login. */
    SALESPERSON_ROLE("salesperson_role", "salesperson", "", Kind.COPY, List.of("salesperson", "role_name"));

    /** How the copy's rows follow the server's. */
    enum Kind {
        /** Inserted, changed and removed as on the server. */
        COPY,
        /** Inserted and removed as on the server; a row with the same key is the same row. */
        UNCHANGING,
        /** Inserted, or changed when the server's {@code edited_at} is later; never removed. */
        LATER_EDIT_WINS
    }

    private final String table;
    private final String key;
    private final String serverFilter;
    private final Kind kind;
    private final List<String> columns;

    MirroredTable(String table, String key, String serverFilter, Kind kind, List<String> columns) {
        this.table = table;
        this.key = key;
        this.serverFilter = serverFilter;
        this.kind = kind;
        this.columns = List.copyOf(columns);
    }

    String table() {
        return table;
    }

    String key() {
        return key;
    }

    String serverFilter() {
        return serverFilter;
    }

    Kind kind() {
        return kind;
    }

    /**
     * The columns a pull copies: those our migrations define, named here, never taken from the server's metadata. A
     * column a server has beyond them (added by hand, or by a newer version) is neither read nor written, and no
     * name the server reports ever becomes part of a statement.
     */
    public List<String> columns() {
        return columns;
    }

    /** Whether a change to this table changes what analysis reads (and so raises the store's revision). */
    public boolean feedsAnalysis() {
        return this != CUSTOMER_CONTACT_EDIT && this != SALESPERSON_ROLE;
    }

    /** The column that says which of two versions of a row is later, for {@link Kind#LATER_EDIT_WINS}. */
    Optional<String> laterColumn() {
        return kind == Kind.LATER_EDIT_WINS ? Optional.of("edited_at") : Optional.empty();
    }
}
