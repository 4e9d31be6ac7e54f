package io.customerlens.domain;

/** What a login may see on a team store (docs/decisions/0016). */
public enum TeamRole {
    /** Sees only the customers of the salespeople mapped to the login. */
    SALESPERSON,
    /** A member of {@code customerlens_manager}: sees every customer. */
    MANAGER,
    /** The login that created the store (or a superuser): not bound by the row rules, sees every customer. */
    OWNER
}
