#include "core/base/appidentity.h"

#include "core/base/uilanguage.h"

#include <QCoreApplication>

namespace warroom {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("warroom"));
    QCoreApplication::setApplicationName(QStringLiteral("warroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

void installTranslations(const QString &language)
{
    uilanguage::install(language);
}

} // namespace warroom
