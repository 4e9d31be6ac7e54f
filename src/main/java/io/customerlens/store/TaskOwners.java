package io.customerlens.store;

import java.util.Map;

/**
 * The owners of follow-up tasks on a team server (V8, docs/decisions/0016); both maps are empty on the embedded store.
 *
 * @param byTask             each owned task's owner (a login), by task id
 * @param loginBySalesperson the login that works each salesperson's customers (salesperson_role)
 */
public record TaskOwners(Map<Long, String> byTask, Map<String, String> loginBySalesperson) {

    public static final TaskOwners NONE = new TaskOwners(Map.of(), Map.of());

    public TaskOwners {
        byTask = Map.copyOf(byTask);
        loginBySalesperson = Map.copyOf(loginBySalesperson);
    }

    /** Whether any task has an owner: then the win-back table groups by owner. */
    public boolean any() {
        return !byTask.isEmpty();
    }

    /**
     * Who works the task: its owner, else the login of its customer's salesperson, else that salesperson (the
     * embedded store, where a whole team's export has salespeople but no logins), else nobody (null). The same rule
     * the win-back table by salesperson counts calls by.
     */
    public String ownerOf(long taskId, String salesperson) {
        String owner = byTask.get(taskId);
        if (owner != null) {
            return owner;
        }
        if (salesperson == null || salesperson.isBlank()) {
            return null;
        }
        return loginBySalesperson.getOrDefault(salesperson, salesperson);
    }
}
