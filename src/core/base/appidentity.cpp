#include "core/base/appidentity.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace warroom {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("warroom"));
    QCoreApplication::setApplicationName(QStringLiteral("warroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

void installTranslations()
{
    QCoreApplication *app = QCoreApplication::instance();
    const auto install = [app](const QString &name, const QString &folder) {
        auto *translator = new QTranslator(app);
        if (translator->load(QLocale(), name, QStringLiteral("_"), folder))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    install(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(QStringLiteral("warroom"), QStringLiteral(":/i18n"));
}

} // namespace warroom
