#include "core/incident/category.h"

#include "core/base/enumtable.h"

#include <QCoreApplication>

namespace warroom::category {
namespace {

// The one list of categories: a new category is a row here (and a migration step that adds its
// id to the incidents.category CHECK, docs/architecture.md).
constexpr EnumTable<EnumRow<Category>, 7> kCategories{{{
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
}}};

} // namespace

WARROOM_ENUM_FUNCTIONS(Category, kCategories, "warroom::Category")

} // namespace warroom::category
