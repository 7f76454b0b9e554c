#pragma once

#include "core/base/result.h"
#include "core/comms/channel.h"
#include "core/incident/category.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace warroom {

// One version of an announcement template. Templates are stored in the database; each save is a
// new version and old versions stay readable. The built-in ones are seeded from
// resources/templates/ (file format in docs/templates.md).
struct CommsTemplate
{
    QString key; // stable id, e.g. "progress-update"
    int version = 0;
    QString name;
    QString kind; // announcementkind::*
    Channel channel = Channel::StatusPage;
    QList<Category> categories; // the incidents it is written for; empty: any
    QString title;
    QString body;
    QDateTime createdAt;
    QString createdBy;
};

namespace commstemplate {

inline constexpr int MaxKeyLength = 64;
inline constexpr int MaxNameLength = 120;
inline constexpr int MaxBodyLength = 20000;

// Every problem with the template's content, each naming its field ("key", "title", ...).
// Refuses malformed placeholder syntax and placeholders War Room does not know, so that drafts
// start from a template that can be filled.
QList<Error> validate(const CommsTemplate &t);

// Parses the file format: "field: value" header lines, a line "---", then the body.
Result<CommsTemplate> parse(const QString &text, const QString &sourceName);

// The templates compiled into the program, in a fixed order (file names sort them).
QList<CommsTemplate> builtin();

QString categoriesToText(const QList<Category> &categories); // "data-leak,output-error-loss"

} // namespace commstemplate
} // namespace warroom
