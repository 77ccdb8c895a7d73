/**
 * In-memory implementations of every out-port: the reference behaviour that the contract tests pin down,
 * the fakes of this module's tests, and a quick way for an embedder to try the core. Nothing here
 * survives a restart; the product runs on the SQLite and Redis adapters.
 */
package com.repairbot.application.memory;
