#pragma once

#include <QStringList>

namespace warroom::bench {

// The measured programs of bench_scale, run as child processes of the same executable
// ("bench_scale --child MODE ARGS..."), each printing "key value" lines on stdout:
//   window-bare                  a bare QWidget window; prints "frame" after its first paint
//   reader-bare DB               a bare QSQLITE program: reads every incident row, shows a window
//   warroom DB                   what warroom's main() does; prints "frame" after the first paint
//   open DB ID                   warroom, then opens incident ID: "open_ms", "freeze_ms" (the
//                                longest the event loop was blocked), "bare_select_ms" (a bare
//                                SELECT of the incident's events, the baseline)
//   foreign DB ID OTHER CTL N    warroom showing incident ID while warroomctl (path CTL) adds a
//                                note N times to ID and N times to OTHER: per-commit latency to
//                                the first model update, and the freeze each causes
//   insert-bare DB ID            one note-sized INSERT into timeline_events at synchronous=FULL
//   idle DB ID SECONDS           warroom showing ID, left alone: "cpu_pct", "rss_start_kb",
//                                "rss_end_kb"
//   idle-bare SECONDS            the same for a bare window
int runChild(const QStringList &args);

} // namespace warroom::bench
