#pragma once

// Shared by the benchmarks: timing and the one-line report of a figure beside its baseline.

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace warroom::bench {

// Median of several runs of `work`, in microseconds per operation.
inline double medianMicros(int runs, int opsPerRun, const std::function<void()> &work)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.append(double(timer.nsecsElapsed()) / 1000.0 / opsPerRun);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

inline void report(QTextStream &out, const char *what, double value, const char *baselineName,
                   double baseline)
{
    out << QStringLiteral("%1 %2 us/op   baseline (%3) %4 us/op   ratio %5\n")
               .arg(QString::fromLatin1(what), -34)
               .arg(value, 9, 'f', 1)
               .arg(QString::fromLatin1(baselineName))
               .arg(baseline, 9, 'f', 1)
               .arg(value / baseline, 0, 'f', 2);
}

} // namespace warroom::bench
