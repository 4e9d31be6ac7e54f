package io.customerlens.domain;

/** Why a team server could not be opened (docs/decisions/0016), said in words instead of the driver's. */
public enum ServerRefusal {
    /** Wrong user or password, or the user may not log in. */
    LOGIN_REFUSED,
    /** No server answers at that host and port. */
    UNREACHABLE,
    /** The server has no database of that name ({@code team init} creates it). */
    NO_DATABASE
}
