/**
 * The shared database for several instances: every storing out-port on PostgreSQL. A HikariCP pool serves
 * every call; a unit of work is one transaction that first takes one transaction-scoped advisory lock, so
 * units of all instances run one after another as on SQLite's single writer, while reads never wait. The
 * outbox hands each due notification to one relay ({@code FOR UPDATE SKIP LOCKED}). See ADR 0020.
 */
package com.repairbot.adapter.postgres;
