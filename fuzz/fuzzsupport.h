#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares. A target feeds the bytes libFuzzer gives it to one parser and
// checks what must hold whatever the input (offsets inside the text, ...). A broken promise
// aborts, which libFuzzer reports as a crash and saves as crash-<sha1>: see docs/reliability.md
// ("Fuzzing") for turning it into a regression test.

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__, __LINE__,             \
                         #condition);                                                              \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace warroom::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Invalid UTF-8 becomes U+FFFD, as it does when War Room reads a file or the clipboard.
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace warroom::fuzz
