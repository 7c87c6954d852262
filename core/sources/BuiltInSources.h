#pragma once

namespace sonde {

// Adds every source Sonde ships to the SourceRegistry: PostgreSQL, PgBouncer's admin console,
// Redis. Called once by main() of both programs (and by the tests and benchmarks) before a
// monitoring pipeline starts; calling it again is harmless.
void registerBuiltInSources();

} // namespace sonde
