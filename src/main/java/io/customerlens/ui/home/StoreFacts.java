package io.customerlens.ui.home;

import io.customerlens.service.lapse.LapseHeadline;

import java.time.LocalDate;

/** What Home tells about the store: customers, sales lines, the dates they span, and the lapse headline. */
record StoreFacts(boolean empty, long customers, long lines, LocalDate firstDate, LocalDate lastDate,
                  LapseHeadline headline) {

    static final StoreFacts NONE = new StoreFacts(true, 0, 0, null, null, null);
}
