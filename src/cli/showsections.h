#pragma once

#include "cli/command.h"
#include "core/base/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace warroom::cli {

// A part of `warroomctl show` beyond the incident's own fields: the timeline now, and later
// features' state (roles, playbook obligations, outreach) as they arrive. Each becomes one
// top-level key of `show --json` and one headed block of the text form.
struct ShowSection
{
    QString key;     // top-level JSON key; must not clash with incidentjson::incident() keys
    QString heading; // heading of the block in the text form
    std::function<Result<QJsonValue>(CommandContext &context, qint64 incidentId)> build;
    // The text form of what build() returned, one entry per line.
    std::function<QStringList(const QJsonValue &value)> textLines;

    // For a section of any length (the timeline): a JSON array whose entries are read and written
    // one at a time, so `show` holds one entry, never the whole section (build() is then only for
    // callers that want the value). `write` is called for each entry as it is read.
    using EntryWriter = std::function<void(const QJsonObject &entry)>;
    std::function<Result<void>(CommandContext &context, qint64 incidentId,
                               const EntryWriter &write)>
        streamEntries;
    // The text form of one streamed entry.
    std::function<QString(const QJsonObject &entry)> entryLine;
};

// In output order. Add a feature's section here; `show` itself need not change.
QList<ShowSection> showSections();

} // namespace warroom::cli
