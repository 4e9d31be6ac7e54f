package io.customerlens.domain;

/**
 * Why a team server could not be opened (docs/decisions/0016), or refused or stopped work under way (a sync,
 * docs/decisions/0019), said in words instead of the driver's.
 */
public enum ServerRefusal {
    /** Wrong user or password, or the user may not log in. */
    LOGIN_REFUSED,
    /** No server answers at that host and port. */
    UNREACHABLE,
    /** The server has no database of that name ({@code team init} creates it). */
    NO_DATABASE,
    /** The server went away during the work: the connection broke, or the server ended the session or shut down. */
    CONNECTION_LOST,
    /** The server refused a statement the login has no right to (a privilege or a row-level security policy). */
    PERMISSION_DENIED
}
