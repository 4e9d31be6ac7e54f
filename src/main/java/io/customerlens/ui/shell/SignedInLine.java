package io.customerlens.ui.shell;

import io.customerlens.domain.SignedIn;
import io.customerlens.ui.common.Messages;

/** The status bar's words for who is signed in to a team store: "Signed in as zhang (salesperson) · server …". */
final class SignedInLine {

    private SignedInLine() {
    }

    static String text(Messages messages, SignedIn who) {
        return messages.format("status.signedIn", who.login(), messages.get("status.signedIn." + who.role().name()),
                who.place());
    }
}
