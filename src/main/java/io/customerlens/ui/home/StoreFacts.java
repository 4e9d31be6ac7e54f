package io.customerlens.ui.home;

import java.time.LocalDate;

/** What Home tells about the store: customers, sales lines and the dates they span. */
record StoreFacts(boolean empty, long customers, long lines, LocalDate firstDate, LocalDate lastDate) {

    static final StoreFacts NONE = new StoreFacts(true, 0, 0, null, null);
}
