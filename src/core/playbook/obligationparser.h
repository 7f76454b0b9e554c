#pragma once

#include "core/io/jsonreader.h"
#include "core/playbook/playbook.h"

#include <QJsonArray>
#include <QJsonValue>

// Internal to playbook::parse (playbookloader.cpp), in a file of its own to keep both readable.
namespace warroom::playbook::detail {

Result<Category> readCategory(const JsonReader &json, const QJsonValue &value, const QString &path);
// Known category ids, none twice.
Result<QList<Category>> readCategories(const JsonReader &json, const QJsonArray &list,
                                       const QString &path);
Result<Role> readRole(const JsonReader &json, const QJsonValue &value, const QString &path);
// Timeline event kinds of timelineevent.h.
Result<QStringList> readEventKinds(const JsonReader &json, const QJsonArray &list,
                                   const QString &path);
// The optional "announcement_kinds" of a done_when or cadence object: known kinds, none twice,
// and only where eventKinds includes an announcement event.
Result<QStringList> readAnnouncementKinds(const JsonReader &json, const QJsonObject &o,
                                          const QString &path, const QStringList &eventKinds);
// One entry of a phase's "obligations"; phaseId is left for the caller to set.
Result<ObligationDef> readObligation(const JsonReader &json, const QJsonValue &value,
                                     const QString &path);

} // namespace warroom::playbook::detail
