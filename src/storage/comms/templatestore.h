#pragma once

#include "comms/templates/commstemplate.h"
#include "core/base/clock.h"
#include "core/base/result.h"

#include <QObject>

namespace warroom {

class Database;

// The announcement template library. Each save is a new version; old versions stay readable
// (the table is append-only). Seeded with the built-in templates by schema version 4.
class TemplateStore final : public QObject
{
    Q_OBJECT

public:
    TemplateStore(Database &database, const Clock &clock, QObject *parent = nullptr);

    // The latest version of every template, built-in ones first in their shipped order.
    Result<QList<CommsTemplate>> templates() const;
    // Every version of one template, oldest first.
    Result<QList<CommsTemplate>> versions(const QString &key) const;
    // One version; version 0 means the latest.
    Result<CommsTemplate> find(const QString &key, int version = 0) const;

    // Saves the content (key, name, kind, channel, categories, title, body) as the next version
    // of its key, or version 1 of a new key. Returns the version; an unchanged text adds none.
    Result<int> save(const CommsTemplate &content, const QString &author);

    static constexpr auto BuiltinAuthor = "War Room (built-in)";

public slots:
    void notifyExternalChange();

signals:
    void templatesChanged();
    void externallyChanged();

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace warroom
