// playbook::parse: reads and validates a playbook file (docs/playbook-format.md). Every refusal
// names the file, the line and the JSON path of the value at fault, and says what is expected.

#include "core/io/jsonlocator.h"
#include "core/io/jsonreader.h"
#include "core/playbook/obligationparser.h"
#include "core/playbook/playbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace warroom::playbook {
namespace {

using jsonlocator::child;
using jsonlocator::element;

// This file's translation context, as lupdate records it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Playbook)
};

class Loader
{
public:
    explicit Loader(JsonReader json)
        : m_json(std::move(json))
    {
    }

    Result<Playbook> playbook();

private:
    Result<void> icEngagement(const QJsonObject &root, Playbook &pb) const;
    Result<void> triggers(const QJsonObject &root, Playbook &pb) const;
    Result<void> legalReview(const QJsonObject &root, Playbook &pb) const;
    Result<void> phases(const QJsonObject &root, Playbook &pb) const;

    JsonReader m_json;
};

Result<Playbook> Loader::playbook()
{
    const QJsonObject &root = m_json.root();
    // The version comes first: a newer format may have keys this build does not know.
    const QString versionPath = QStringLiteral("format_version");
    if (!root.contains(versionPath))
        return m_json.error(
            versionPath,
            Text::tr("is missing; this build reads playbooks with \"format_version\": %1")
                .arg(Playbook::FormatVersion));
    Result<qint64> version = m_json.wholeNumber(root, QString(), versionPath, 0);
    if (!version)
        return version.error();
    if (*version != Playbook::FormatVersion)
        return m_json.error(
            versionPath,
            Text::tr("format version %1 is not supported; this build reads format version %2"
                     " (was the file written for another War Room version?)")
                .arg(*version)
                .arg(Playbook::FormatVersion));

    const QStringList keys{QStringLiteral("format_version"),
                           QStringLiteral("name"),
                           QStringLiteral("description"),
                           QStringLiteral("due_soon_minutes"),
                           QStringLiteral("ic_engagement"),
                           QStringLiteral("triggers"),
                           QStringLiteral("category_precedence"),
                           QStringLiteral("legal_review"),
                           QStringLiteral("phases")};
    if (Result<QJsonObject> checked = m_json.object(root, QString(), keys); !checked)
        return checked.error();

    Playbook pb;
    pb.source = m_json.source();
    pb.formatVersion = int(*version);
    Result<QString> name = m_json.text(root, QString(), QStringLiteral("name"));
    if (!name)
        return name.error();
    pb.name = *name;
    Result<QString> description =
        m_json.text(root, QString(), QStringLiteral("description"), false);
    if (!description)
        return description.error();
    pb.description = *description;
    Result<qint64> dueSoon =
        m_json.wholeNumber(root, QString(), QStringLiteral("due_soon_minutes"), 0, 5);
    if (!dueSoon)
        return dueSoon.error();
    pb.dueSoonMinutes = *dueSoon;
    for (const auto &part :
         {&Loader::icEngagement, &Loader::triggers, &Loader::legalReview, &Loader::phases}) {
        if (Result<void> done = (this->*part)(root, pb); !done)
            return done.error();
    }
    return pb;
}

Result<void> Loader::icEngagement(const QJsonObject &root, Playbook &pb) const
{
    const QString path = QStringLiteral("ic_engagement");
    if (!root.contains(path))
        return m_json.error(
            path,
            Text::tr(
                "is missing; it holds \"users_pct_above\" and \"enterprise_customers_above\""));
    Result<QJsonObject> ic = m_json.object(
        root.value(path), path,
        {QStringLiteral("users_pct_above"), QStringLiteral("enterprise_customers_above")});
    if (!ic)
        return ic.error();
    const QString pctPath = child(path, QStringLiteral("users_pct_above"));
    const QJsonValue pct = ic->value(QStringLiteral("users_pct_above"));
    if (!ic->contains(QStringLiteral("users_pct_above")))
        return m_json.error(pctPath, Text::tr("is missing"));
    if (!pct.isDouble() || pct.toDouble() < 0.0 || pct.toDouble() > 100.0)
        return m_json.error(pctPath, Text::tr("must be a number from 0 to 100 (percent of users)"));
    pb.icUsersPctAbove = pct.toDouble();
    Result<qint64> enterprise =
        m_json.wholeNumber(*ic, path, QStringLiteral("enterprise_customers_above"), 0);
    if (!enterprise)
        return enterprise.error();
    pb.icEnterpriseAbove = int(std::min<qint64>(*enterprise, 1000000));
    return {};
}

Result<void> Loader::triggers(const QJsonObject &root, Playbook &pb) const
{
    const QString path = QStringLiteral("triggers");
    Result<QJsonArray> list = m_json.array(root, QString(), path, true, false);
    if (!list)
        return list.error();
    QList<std::pair<Category, QString>> suggestedAt; // category, where it is suggested
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = element(path, i);
        Result<QJsonObject> o = m_json.object(
            list->at(i), at,
            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("suggests")});
        if (!o)
            return o.error();
        TriggerDef trigger;
        Result<QString> id = m_json.identifier(*o, at, QStringLiteral("id"));
        Result<QString> title = m_json.text(*o, at, QStringLiteral("title"));
        if (!id || !title)
            return !id ? id.error() : title.error();
        if (pb.trigger(*id))
            return m_json.error(child(at, QStringLiteral("id")),
                                Text::tr("trigger id \"%1\" is used twice").arg(*id));
        if (!o->contains(QStringLiteral("suggests")))
            return m_json.error(child(at, QStringLiteral("suggests")),
                                Text::tr("is missing (the category this trigger suggests)"));
        Result<Category> suggests = detail::readCategory(
            m_json, o->value(QStringLiteral("suggests")), child(at, QStringLiteral("suggests")));
        if (!suggests)
            return suggests.error();
        pb.triggers.append(TriggerDef{*id, *title, *suggests});
        suggestedAt.append({*suggests, child(at, QStringLiteral("suggests"))});
    }

    const QString precedencePath = QStringLiteral("category_precedence");
    Result<QJsonArray> precedence =
        m_json.array(root, QString(), precedencePath, !pb.triggers.isEmpty(), false);
    if (!precedence)
        return precedence.error();
    Result<QList<Category>> order = detail::readCategories(m_json, *precedence, precedencePath);
    if (!order)
        return order.error();
    for (const auto &[suggested, where] : suggestedAt) {
        if (!order->contains(suggested))
            return m_json.error(precedencePath, Text::tr("does not list \"%1\", which %2 suggests")
                                                    .arg(category::id(suggested), where));
    }
    pb.categoryPrecedence = *order;
    return {};
}

Result<void> Loader::legalReview(const QJsonObject &root, Playbook &pb) const
{
    const QString path = QStringLiteral("legal_review");
    if (!root.contains(path))
        return {};
    Result<QJsonObject> review =
        m_json.object(root.value(path), path, {QStringLiteral("categories")});
    if (!review)
        return review.error();
    Result<QJsonArray> list =
        m_json.array(*review, path, QStringLiteral("categories"), true, false);
    if (!list)
        return list.error();
    Result<QList<Category>> categories =
        detail::readCategories(m_json, *list, child(path, QStringLiteral("categories")));
    if (!categories)
        return categories.error();
    pb.legalReviewCategories = *categories;
    return {};
}

Result<void> Loader::phases(const QJsonObject &root, Playbook &pb) const
{
    const QString path = QStringLiteral("phases");
    Result<QJsonArray> list = m_json.array(root, QString(), path, true, true);
    if (!list)
        return list.error();
    QHash<QString, QString> obligationPaths;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = element(path, i);
        Result<QJsonObject> o = m_json.object(
            list->at(i), at,
            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("obligations")});
        if (!o)
            return o.error();
        Result<QString> id = m_json.identifier(*o, at, QStringLiteral("id"));
        Result<QString> title = m_json.text(*o, at, QStringLiteral("title"));
        if (!id || !title)
            return !id ? id.error() : title.error();
        if (pb.phase(*id))
            return m_json.error(child(at, QStringLiteral("id")),
                                Text::tr("phase id \"%1\" is used twice").arg(*id));
        pb.phases.append(PhaseDef{*id, *title});

        const QString obligationsPath = child(at, QStringLiteral("obligations"));
        Result<QJsonArray> obligations =
            m_json.array(*o, at, QStringLiteral("obligations"), true, true);
        if (!obligations)
            return obligations.error();
        for (qsizetype j = 0; j < obligations->size(); ++j) {
            const QString obligationPath = element(obligationsPath, j);
            Result<ObligationDef> def =
                detail::readObligation(m_json, obligations->at(j), obligationPath);
            if (!def)
                return def.error();
            if (obligationPaths.contains(def->id))
                return m_json.error(child(obligationPath, QStringLiteral("id")),
                                    Text::tr("obligation id \"%1\" is already used at %2")
                                        .arg(def->id, obligationPaths.value(def->id)));
            obligationPaths.insert(def->id, obligationPath);
            if (def->onlyIfLegalReviewRequired && pb.legalReviewCategories.isEmpty())
                return m_json.error(
                    child(child(obligationPath, QStringLiteral("applies_when")),
                          QStringLiteral("legal_review_required")),
                    Text::tr("no category needs legal review: list them under \"legal_review\": "
                             "{\"categories\": [...]} at the top of the file"));
            def.value().phaseId = *id;
            pb.obligations.append(*def);
        }
    }
    return {};
}

} // namespace

Result<Playbook> parse(const QByteArray &json, const QString &sourceName)
{
    Result<JsonReader> reader = JsonReader::open(json, sourceName);
    if (!reader)
        return reader.error();
    return Loader(std::move(reader).value()).playbook();
}

} // namespace warroom::playbook
