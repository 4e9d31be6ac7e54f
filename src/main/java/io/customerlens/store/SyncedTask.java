package io.customerlens.store;

import io.customerlens.domain.FollowUpTask;

/**
 * A follow-up task as a sync sees it (docs/decisions/0019): the task of this store, with the identity it has on
 * every store ({@code syncKey}), its parent's ({@code parentKey}, null when none or not visible) and its owner.
 *
 * @param onServer in a laptop copy: whether the task came from (or was seen on) the server; false for one made offline
 */
public record SyncedTask(FollowUpTask task, String syncKey, String parentKey, String owner, boolean onServer) {
}
