package io.customerlens.service.sync;

/**
 * A follow-up task made offline that a push did not send (docs/decisions/0019); it stays on the laptop.
 *
 * @param customerKey the customer the task is about
 */
public record SkippedTask(String customerKey, Reason reason) {

    public enum Reason {
        /**
         * The server no longer shows the customer to this login (given to another salesperson since the pull, or
         * gone): row-level security would refuse the task.
         */
        CUSTOMER_NOT_VISIBLE
    }
}
