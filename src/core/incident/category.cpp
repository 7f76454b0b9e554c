#include "core/incident/category.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace warroom::category {
namespace {

struct CategoryInfo
{
    Category category;
    const char *id;
    const char *name;
};

constexpr std::array<CategoryInfo, 7> kCategories{{
    {Category::BehaviorAnomaly, "behavior-anomaly",
     QT_TRANSLATE_NOOP("warroom::Category", "Agent behaviour anomaly / quality decline")},
    {Category::Outage, "outage", QT_TRANSLATE_NOOP("warroom::Category", "System outage")},
    {Category::UpstreamUnavailable, "upstream-unavailable",
     QT_TRANSLATE_NOOP("warroom::Category", "Upstream model unavailable")},
    {Category::BillingOvercharge, "billing-overcharge",
     QT_TRANSLATE_NOOP("warroom::Category", "Token billing over-charge")},
    {Category::BillingUndercharge, "billing-undercharge",
     QT_TRANSLATE_NOOP("warroom::Category", "Token billing under-charge")},
    {Category::OutputErrorLoss, "output-error-loss",
     QT_TRANSLATE_NOOP("warroom::Category", "Model output error causing customer loss")},
    {Category::DataLeak, "data-leak",
     QT_TRANSLATE_NOOP("warroom::Category", "Customer data leak or compliance event")},
}};

const CategoryInfo &infoFor(Category c)
{
    return kCategories[static_cast<size_t>(c)];
}

} // namespace

QList<Category> all()
{
    QList<Category> result;
    for (const auto &info : kCategories)
        result.append(info.category);
    return result;
}

QString id(Category c)
{
    return QString::fromLatin1(infoFor(c).id);
}

std::optional<Category> fromId(const QString &text)
{
    for (const auto &info : kCategories) {
        if (text == QLatin1String(info.id))
            return info.category;
    }
    return std::nullopt;
}

QString displayName(Category c)
{
    return QCoreApplication::translate("warroom::Category", infoFor(c).name);
}

QString validIds()
{
    QStringList ids;
    for (const auto &info : kCategories)
        ids.append(QString::fromLatin1(info.id));
    return ids.join(QStringLiteral(", "));
}

} // namespace warroom::category
