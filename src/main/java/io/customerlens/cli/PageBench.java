package io.customerlens.cli;

import io.customerlens.i18n.MessageBundle;

import java.nio.file.Path;

/**
 * What {@code bench --refresh} times of the desktop app without a screen: the one full read of the store its
 * pages share (the analysis snapshot), and each page's first full load over it. The app implements it (the command line may not use the user
 * interface); where nothing is wired, {@code bench --refresh} says it is not available.
 */
public interface PageBench {

    /** The app's pages over the store in {@code dataFolder}, none visited yet; closing them closes the store. */
    Pages open(Path dataFolder, MessageBundle messages);

    /** The pages of one window, kept open (their view models alive) until closed. */
    interface Pages extends AutoCloseable {

        /**
         * Builds the analysis snapshot every page shares, from the store as opened (cold): the one full read.
         *
         * @return how many sales lines it holds
         */
        long buildSnapshot();

        /**
         * Builds the page's view models as the app does on a user's first visit and loads them fully.
         *
         * @throws LoadFailed when a load ended in a failure the page would show as a notice
         */
        void visit(BenchPage page);

        /**
         * The learning the app does in the background once the first page has its figures (the call list's
         * chance of no order and the value fits for the shared window), timed on its own: the pages after it find
         * it done, as a user who reads Home for a few seconds does.
         */
        void warmUp();

        /**
         * Opens a customer's card with its population figures: the customer with most orders on the Customers
         * page; false when that page lists none (or was not loaded).
         */
        boolean openCard();

        /**
         * Sets the lapse window N; returns once every open page and the card show their figures for it. The
         * learning the window then does beside them (the chance of no order for the new N) waits for
         * {@link #finishAside()}.
         */
        void changeLapseWindow(int months);

        /**
         * Runs the background learning the last step left waiting, as the window runs it beside the pages while
         * they already show their figures; returns how many jobs ran.
         */
        int finishAside();

        @Override
        void close();
    }

    /** A page caught a failure of its load and would have shown it: what was timed is no page's load. */
    final class LoadFailed extends RuntimeException {

        /** @param cause what the page caught */
        public LoadFailed(Throwable cause) {
            super(String.valueOf(cause), cause);
        }

        /** @param reason why there was nothing to load, in the user's language */
        public LoadFailed(String reason) {
            super(reason);
        }
    }
}
