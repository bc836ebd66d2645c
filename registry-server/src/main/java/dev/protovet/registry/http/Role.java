package dev.protovet.registry.http;

import io.javalin.security.RouteRole;

/** What a route needs when auth is on: reading, writing schemas, or administering settings. Each includes the ones before. */
public enum Role implements RouteRole {
    /** Health probes: always open, so orchestrators need no credentials. */
    OPEN,
    READ,
    WRITE,
    ADMIN;

    public boolean covers(Role needed) {
        return ordinal() >= needed.ordinal();
    }
}
