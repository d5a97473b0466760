// The one place tnb names the C library: every other target imports Platform for POSIX calls
// (files, terminals, locks, signals) and for libm's functions.
#if canImport(Glibc)
    @_exported import Glibc
#elseif canImport(Musl)
    @_exported import Musl
#elseif canImport(Darwin)
    @_exported import Darwin
#endif
