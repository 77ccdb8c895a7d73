/**
 * The embedded database: every storing out-port on one SQLite file. One writer connection on one platform
 * thread runs every write (each unit of work in {@code BEGIN IMMEDIATE}, several units grouped into one
 * commit when they queue up); a small pool of read-only connections serves queries. See ADR 0007.
 */
package com.repairbot.adapter.sqlite;
