/**
 * Assembles the core by hand from a set of stores: what a bootstrap or an embedder calls instead of wiring
 * each service.
 */
package com.repairbot.application.assembly;
