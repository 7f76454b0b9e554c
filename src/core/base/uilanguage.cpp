#include "core/base/uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace warroom::uilanguage {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(warroom::UiLanguage)
};

const QString kSourceLanguage = QStringLiteral("en");
const QString kPrefix = QStringLiteral("warroom_");
const QString kFolder = QStringLiteral(":/i18n");

QPointer<QTranslator> g_qt;
QPointer<QTranslator> g_warroom;

QString sourceName(Source source)
{
    switch (source) {
    case Source::CommandLine:
        return QStringLiteral("--lang");
    case Source::Environment:
        return QStringLiteral("WARROOM_LANG");
    case Source::Preferences:
        return Text::tr("the language chosen in Preferences");
    }
    return QString();
}

void remove(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTranslator *load(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder)) {
        QCoreApplication::installTranslator(translator);
        return translator;
    }
    delete translator;
    return nullptr;
}

} // namespace

QStringList available()
{
    QStringList codes{kSourceLanguage};
    const QStringList files =
        QDir(kFolder).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.mid(kPrefix.size()).chopped(3));
    codes.sort();
    codes.removeDuplicates();
    return codes;
}

QString nativeName(const QString &code)
{
    // Qt's own names are regional ("American English") or vary between versions ("中文（中国）").
    if (code == kSourceLanguage)
        return QStringLiteral("English");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

Result<QString> check(const QString &code, Source source)
{
    QString wanted = code.trimmed();
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QStringList codes = available();
    for (const QString &candidate : codes) {
        if (candidate.compare(wanted, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return Error::invalid(
        QStringLiteral("lang"),
        Text::tr("%1 names the language \"%2\", which War Room does not have; choose one of: %3.")
            .arg(sourceName(source), code, codes.join(QStringLiteral(", "))));
}

Result<QString> choose(const QString &commandLine, const QString &environment,
                       const QString &preference)
{
    if (!commandLine.isEmpty())
        return check(commandLine, Source::CommandLine);
    if (!environment.isEmpty())
        return check(environment, Source::Environment);
    if (!preference.isEmpty()) {
        if (Result<QString> checked = check(preference, Source::Preferences))
            return checked;
    }
    return QString();
}

QString fromArguments(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    const QString withValue = option + QLatin1Char('=');
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(withValue))
            return argument.mid(withValue.size());
        if (argument == option)
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
    }
    return QString();
}

void install(const QString &code)
{
    remove(g_qt);
    remove(g_warroom);
    if (code == kSourceLanguage)
        return;
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    g_qt =
        load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    g_warroom = load(locale, QStringLiteral("warroom"), kFolder);
}

const QTranslator *installedTranslator()
{
    return g_warroom.data();
}

} // namespace warroom::uilanguage
