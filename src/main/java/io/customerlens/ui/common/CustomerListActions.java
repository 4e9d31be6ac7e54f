package io.customerlens.ui.common;

import io.customerlens.domain.FollowUpReason;
import javafx.scene.Node;
import javafx.scene.control.TableView;

import java.util.function.Function;

/**
 * What a page offers on a list of customers beyond opening one: select several or all, then act on them
 * (the bulk actions of ui.bulk). A page hands its customer table to {@link #attach} and places the node it
 * gets back beside the table's "Save as Excel…".
 */
public interface CustomerListActions {

    /** No actions: the table stays as it was (pages built in tests that do not look at them). */
    CustomerListActions NONE = new CustomerListActions() {
        @Override
        public <T> Node attach(TableView<T> table, Function<? super T, String> keyOf, String fileName,
                               FollowUpReason suggestedReason) {
            return new javafx.scene.layout.Region();
        }
    };

    /**
     * Lets the table select several rows and adds the actions to a menu button (the returned node) and to the
     * table's context menu.
     *
     * @param keyOf           the customer key of a row
     * @param fileName        the suggested name of files saved from the selection
     * @param suggestedReason the reason the task dialog proposes for this list's customers
     */
    <T> Node attach(TableView<T> table, Function<? super T, String> keyOf, String fileName,
                    FollowUpReason suggestedReason);
}
