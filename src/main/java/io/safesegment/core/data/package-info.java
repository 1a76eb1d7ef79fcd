/**
 * Data workspace core: importing files and databases into Tablesaw tables ({@code io}, {@code pg}), profiling
 * ({@code profile}), reversible cleaning ({@code clean}) and joins ({@code join}). Headless; the UI and CLI call it.
 */
package io.safesegment.core.data;
